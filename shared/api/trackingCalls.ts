import { z } from 'zod';
import type { Metric, MetricValue } from '../model/metric';
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

export const trackingCalls = {
  getDashboard: call(
    'The improvement-plan dashboard for one period (the latest assessed if none is given)',
    z.strictObject({ boardId: recordId('Board'), period: PeriodSchema.nullable() }),
  ).returns<Dashboard>(),
} as const;
