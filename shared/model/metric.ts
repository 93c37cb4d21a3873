import type { TargetKind, ValueState } from '../metrics/values';

export const METRIC_UNITS = ['count', 'percentage'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export interface Metric {
  readonly id: number;
  readonly areaId: number;
  readonly position: number;
  readonly name: string;
  readonly unit: MetricUnit;
  /** As written: "75%", ">6", "Higher", "N/A". */
  readonly targetText: string;
  readonly targetKind: TargetKind;
  readonly targetValue: number | null;
  readonly sourceNote: string;
}

export type MetricValueKind = 'actual' | 'interim_target';

export interface MetricValue {
  readonly metricId: number;
  /** 'YYYY-MM' */
  readonly period: string;
  readonly kind: MetricValueKind;
  /** Exactly as written, '' for a blank cell. */
  readonly valueText: string;
  readonly valueState: ValueState | 'target';
  readonly valueNumber: number | null;
  readonly targetKind: Exclude<TargetKind, 'not_applicable' | 'unreadable'> | null;
  /** The column it came from in an imported table, e.g. "07/47". */
  readonly sourceColumn: string;
  readonly note: string;
}
