import { z } from 'zod';
import type { Metric, MetricValue } from '../model/metric';
import { ACTION_STATUSES, type Action, type ActionUpdate, type DueDateChange } from '../model/action';
import { isCalendarDate } from '../dates';
import type { Rag } from '../rules/rag';
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

export const trackingCalls = {
  getActionLog: call('The action and impact log, filtered, with RAG status and history', ActionLogFilterInput).returns<ActionLog>(),
  getDashboard: call(
    'The improvement-plan dashboard for one period (the latest assessed if none is given)',
    z.strictObject({ boardId: recordId('Board'), period: PeriodSchema.nullable() }),
  ).returns<Dashboard>(),
} as const;
