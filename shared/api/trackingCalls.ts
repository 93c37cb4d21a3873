import { z } from 'zod';
import type { Metric, MetricValue } from '../model/metric';
import { ACTION_STATUSES, type Action, type ActionUpdate, type DueDateChange } from '../model/action';
import { isCalendarDate } from '../dates';
import type { Rag } from '../rules/rag';
import type { Risk, RiskReview } from '../model/risk';
import type { BoardSetup } from '../model/preparation';
import type { AreaOfConcern } from '../model/board';
import { recordId } from '../model/text';
import type { PeriodEvaluation } from '../rules/evaluation';
import { call, fileBytes, type FileOut } from './call';

// The calls for tracking improvement: the improvement-plan dashboard.

/** The board's own governance measures, computed from its record up to the end of the period. */
export interface GovernanceMeasures {
  readonly meetingsHeld: number;
  /** Meetings the terms of reference called for by the end of the period (monthly boards), or null. */
  readonly meetingsExpected: number | null;
  readonly meetingFrequency: string;
  readonly meetingsHeldInPeriod: number;
  readonly decisionsInPeriod: number;
  readonly decisionsToDate: number;
  /** Actions due by the end of the period: how many were completed by their due date. */
  readonly actionsDue: number;
  readonly actionsDeliveredOnTime: number;
  readonly attendanceByMember: readonly { readonly name: string; readonly organisation: string; readonly present: number; readonly of: number }[];
  readonly attendanceByOrganisation: readonly { readonly organisation: string; readonly present: number; readonly of: number }[];
}

export interface Dashboard {
  readonly boardName: string;
  readonly period: string;
  /** Every period that has any value, oldest first. */
  readonly periods: readonly string[];
  readonly areas: readonly AreaOfConcern[];
  readonly metrics: readonly (Metric & { readonly values: readonly MetricValue[] })[];
  readonly evaluation: PeriodEvaluation;
  readonly governance: GovernanceMeasures;
}

export const PeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'The period must be written as YYYY-MM' });

export interface ActionLogRow extends Action {
  readonly rag: Rag;
  readonly ragReasons: readonly string[];
  readonly areaTitle: string | null;
  readonly updates: readonly ActionUpdate[];
  readonly dueDateChanges: readonly DueDateChange[];
}

export interface ActionLog {
  readonly boardName: string;
  readonly rows: readonly ActionLogRow[];
  readonly owners: readonly { readonly id: number; readonly name: string }[];
  readonly organisations: readonly string[];
  readonly areas: readonly AreaOfConcern[];
  /** Areas whose actions are slipping most (red among live actions). */
  readonly slowToProgress: readonly { readonly areaId: number; readonly title: string; readonly red: number; readonly live: number }[];
  /** Owners whose actions are slipping (red among their live actions). */
  readonly ownersSlipping: readonly { readonly name: string; readonly organisation: string; readonly red: number; readonly live: number }[];
  /** Organisations whose actions are late most often (overdue now or completed late). */
  readonly contributionsToStrengthen: readonly { readonly organisation: string; readonly late: number; readonly total: number }[];
}

const date = z.string().refine(isCalendarDate, { error: 'Dates must be real dates written as YYYY-MM-DD' });

export const ActionLogFilterInput = z.strictObject({
  boardId: recordId('Board'),
  statuses: z.array(z.enum(ACTION_STATUSES)).max(5).optional(),
  areaId: recordId('Area').optional(),
  ownerPersonId: recordId('Owner').optional(),
  organisation: z.string().max(300).optional(),
  dueFrom: date.optional(),
  dueTo: date.optional(),
  overdueOnly: z.boolean().optional(),
  rag: z.enum(['red', 'amber', 'green', 'blue']).optional(),
});

export interface RegisterRisk extends Risk {
  readonly ownerName: string | null;
  readonly score: number;
  readonly targetScore: number;
  readonly reviews: readonly (RiskReview & { readonly meetingDate: string | null; readonly score: number })[];
  /** Compared with the review before the latest. */
  readonly trend: 'down' | 'up' | 'same' | 'new';
  /** Open, and not reviewed at or since the last meeting held. */
  readonly notReviewedSinceLastMeeting: boolean;
}

export interface RiskRegister {
  readonly boardName: string;
  readonly risks: readonly RegisterRisk[];
  readonly lastMeeting: { readonly id: number; readonly date: string } | null;
  readonly meetings: readonly { readonly id: number; readonly date: string }[];
  readonly people: readonly { readonly id: number; readonly name: string }[];
}

const score = (what: string) => z.number({ error: `${what} must be 1 to 5` }).int().min(1, { error: `${what} must be 1 to 5` }).max(5, { error: `${what} must be 1 to 5` });

export const RiskReviewInput = z.strictObject({
  riskId: recordId('Risk'),
  meetingId: recordId('Meeting').nullable(),
  reviewedOn: date,
  likelihood: score('Likelihood'),
  impact: score('Impact'),
  note: z.string().trim().max(5000),
});

export const NewRiskInput = z.strictObject({
  boardId: recordId('Board'),
  title: z.string().trim().min(1, { error: 'The risk needs a title' }).max(500),
  description: z.string().trim().max(5000),
  ownerPersonId: recordId('Owner').nullable(),
  likelihood: score('Likelihood'),
  impact: score('Impact'),
  targetLikelihood: score('Target likelihood'),
  targetImpact: score('Target impact'),
  mitigations: z.string().trim().max(5000),
  areaId: recordId('Area').nullable(),
});

export interface MetricsImportPreview {
  readonly fileName: string;
  readonly format: 'csv' | 'xlsx';
  readonly notes: readonly string[];
  readonly columns: readonly { readonly column: string; readonly header: string; readonly period: string; readonly kind: 'actual' | 'interim_target' }[];
  readonly rows: readonly { readonly line: number; readonly name: string; readonly metricId: number | null; readonly cells: number }[];
  /** Each cell or row that could not be read, with the reason. */
  readonly problems: readonly { readonly cell: string; readonly reason: string }[];
  readonly readableCells: number;
  readonly blankCells: number;
}

export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
const ImportInput = z.strictObject({ boardId: recordId('Board'), fileName: z.string().trim().min(1).max(255), content: fileBytes('The file', MAX_IMPORT_FILE_BYTES) });
const ExportInput = z.strictObject({ boardId: recordId('Board'), format: z.enum(['xlsx', 'csv']) });

const httpsLink = z
  .string()
  .trim()
  .max(2000)
  // https, a host name, no user name or password in it (shared/ has no URL parser).
  .refine((s) => /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/.test(s), { error: 'Evidence links must be https:// addresses' });

export const trackingCalls = {
  setActionImpact: call(
    'Record the impact of an action for children, young people and families, with evidence links',
    z.strictObject({ actionId: recordId('Action'), impactNote: z.string().trim().max(5000), evidenceLinks: z.array(httpsLink).max(10, { error: 'At most 10 evidence links' }) }),
  ).returns<Action>(),
  moveAreaToBusinessAsUsual: call(
    'Record that an area of concern has moved to business as usual',
    z.strictObject({ areaId: recordId('Area'), on: date, meetingId: recordId('Meeting').nullable() }),
  ).returns<BoardSetup>(),
  previewMetricsImport: call('Read a metrics table and say what would be imported, and what cannot be read', ImportInput, { maxRequestBytes: 8 * 1024 * 1024 }).returns<MetricsImportPreview>(),
  importMetrics: call('Import the readable cells of a metrics table', ImportInput, { maxRequestBytes: 8 * 1024 * 1024 }).returns<MetricsImportPreview>(),
  exportActionLog: call('The action log as .xlsx or .csv', ExportInput).returns<FileOut>(),
  exportMetrics: call('The metrics table as .xlsx or .csv', ExportInput).returns<FileOut>(),
  getRiskRegister: call('The risk register with reviews, trends and heat-map', z.strictObject({ boardId: recordId('Board') })).returns<RiskRegister>(),
  addRisk: call('Add a risk to the register', NewRiskInput).returns<RiskRegister>(),
  reviewRisk: call('Review a risk (at a meeting)', RiskReviewInput).returns<RiskRegister>(),
  getActionLog: call('The action and impact log, filtered, with RAG status and history', ActionLogFilterInput).returns<ActionLog>(),
  getDashboard: call(
    'The improvement-plan dashboard for one period (the latest assessed if none is given)',
    z.strictObject({ boardId: recordId('Board'), period: PeriodSchema.nullable() }),
  ).returns<Dashboard>(),
} as const;
