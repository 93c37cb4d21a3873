import { z } from 'zod';
import type { Metric, MetricValue } from '../model/metric';
import { ACTION_STATUSES, type Action, type ActionUpdate, type DueDateChange } from '../model/action';
import { isCalendarDate } from '../dates';
import type { Rag } from '../rules/rag';
import type { Risk, RiskReview } from '../model/risk';
import type { AreaOfConcern } from '../model/board';
import { recordId } from '../model/text';
import type { PeriodEvaluation } from '../rules/evaluation';
import { call } from './call';

// The calls for tracking improvement: the improvement-plan dashboard.

export interface Dashboard {
  readonly boardName: string;
  readonly period: string;
  /** Every period that has any value, oldest first. */
  readonly periods: readonly string[];
  readonly areas: readonly AreaOfConcern[];
  readonly metrics: readonly (Metric & { readonly values: readonly MetricValue[] })[];
  readonly evaluation: PeriodEvaluation;
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

export const trackingCalls = {
  getRiskRegister: call('The risk register with reviews, trends and heat-map', z.strictObject({ boardId: recordId('Board') })).returns<RiskRegister>(),
  addRisk: call('Add a risk to the register', NewRiskInput).returns<RiskRegister>(),
  reviewRisk: call('Review a risk (at a meeting)', RiskReviewInput).returns<RiskRegister>(),
  getActionLog: call('The action and impact log, filtered, with RAG status and history', ActionLogFilterInput).returns<ActionLog>(),
  getDashboard: call(
    'The improvement-plan dashboard for one period (the latest assessed if none is given)',
    z.strictObject({ boardId: recordId('Board'), period: PeriodSchema.nullable() }),
  ).returns<Dashboard>(),
} as const;
