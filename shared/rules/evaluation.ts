import type { TargetKind } from '../metrics/values';
import type { Metric, MetricValue } from '../model/metric';

// Whether each improvement-plan measure met its target in a period, per area and in all,
// as the board reports it ("24/29 achieved or exceeded (83%)"). The rules, written down:
//  1. The target for a period is the interim target written for that period; without one
//     the metric is not assessable in that period.
//  2. A bare number as an interim target ("850") takes its direction from the metric's
//     overall target: "Lower", "<…" or "≤…" make it a ceiling, anything else a floor.
//  3. "Higher" / "Lower" compare the actual with the actual at the previous assessment
//     (the latest earlier period that had an interim target); with no earlier assessment,
//     with the first actual recorded.
//  4. A blank, "N/A" or "TBC" actual, an "N/A" target, or an unreadable cell is not
//     assessable, and says why; it never counts as zero.

export type Outcome = 'achieved' | 'not_achieved' | 'not_assessable';

export interface MetricEvaluation {
  readonly metricId: number;
  readonly areaId: number;
  readonly name: string;
  readonly period: string;
  readonly outcome: Outcome;
  readonly actualText: string;
  readonly targetText: string;
  /** Why, in words: "45% against a target of at least 35%", "no actual recorded (TBC)". */
  readonly reason: string;
}

export interface AreaEvaluation {
  readonly areaId: number;
  readonly achieved: number;
  readonly assessable: number;
  /** "1/3 achieved", or "not assessable". */
  readonly summary: string;
}

export interface PeriodEvaluation {
  readonly period: string;
  readonly metrics: readonly MetricEvaluation[];
  readonly areas: readonly AreaEvaluation[];
  readonly achieved: number;
  readonly assessable: number;
  /** "24/29 achieved or exceeded (83%)" */
  readonly headline: string;
}

type Comparison = Exclude<TargetKind, 'not_applicable' | 'unreadable'>;
const CEILING_KINDS: ReadonlySet<TargetKind> = new Set(['lower', 'less_than', 'at_most']);

const WORDS: Record<Comparison, string> = {
  at_least: 'at least',
  more_than: 'more than',
  less_than: 'less than',
  at_most: 'at most',
  higher: 'higher than',
  lower: 'lower than',
};

function format(value: number, percentage: boolean): string {
  const text = Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
  return percentage ? `${text}%` : text;
}

export function evaluateMetric(metric: Metric, values: readonly MetricValue[], period: string): MetricEvaluation {
  const base = { metricId: metric.id, areaId: metric.areaId, name: metric.name, period };
  const actual = values.find((v) => v.period === period && v.kind === 'actual');
  const target = values.find((v) => v.period === period && v.kind === 'interim_target');
  const result = (outcome: Outcome, reason: string): MetricEvaluation => ({
    ...base,
    outcome,
    reason,
    actualText: actual?.valueText ?? '',
    targetText: target?.valueText ?? '',
  });

  if (!target || target.valueState === 'blank') return result('not_assessable', 'no target for this period');
  if (target.valueState === 'not_applicable') return result('not_assessable', 'the target is N/A');
  if (target.valueState !== 'target' && target.valueState !== 'number') return result('not_assessable', `the target “${target.valueText}” cannot be read`);
  if (!actual || actual.valueState === 'blank') return result('not_assessable', 'no actual recorded');
  if (actual.valueState === 'not_applicable') return result('not_assessable', 'the actual is N/A');
  if (actual.valueState === 'to_be_confirmed') return result('not_assessable', 'the actual is to be confirmed (TBC)');
  if (actual.valueState !== 'number' || actual.valueNumber === null) return result('not_assessable', `the actual “${actual.valueText}” cannot be read`);

  const percentage = metric.unit === 'percentage';
  const value = actual.valueNumber;
  let kind: Comparison = target.targetKind ?? (CEILING_KINDS.has(metric.targetKind) ? 'at_most' : 'at_least');
  if (target.targetKind === 'at_least' && /^\s*[\d.,]+%?\s*$/.test(target.valueText) && CEILING_KINDS.has(metric.targetKind)) kind = 'at_most';

  if (kind === 'higher' || kind === 'lower') {
    const earlier = values
      .filter((v) => v.kind === 'interim_target' && v.period < period)
      .map((v) => v.period)
      .sort()
      .at(-1);
    const baselinePeriod = earlier ?? values.filter((v) => v.kind === 'actual' && v.valueState === 'number' && v.period < period).map((v) => v.period).sort()[0];
    const baseline = values.find((v) => v.period === baselinePeriod && v.kind === 'actual');
    if (!baseline || baseline.valueState !== 'number' || baseline.valueNumber === null) {
      return result('not_assessable', `no earlier actual to compare with for “${target.valueText}”`);
    }
    const met = kind === 'higher' ? value > baseline.valueNumber : value < baseline.valueNumber;
    return result(met ? 'achieved' : 'not_achieved', `${format(value, percentage)} against ${format(baseline.valueNumber, percentage)} at the previous assessment (${baselinePeriod}): target ${target.valueText}`);
  }

  const threshold = target.valueNumber!;
  const met =
    kind === 'at_least' ? value >= threshold : kind === 'more_than' ? value > threshold : kind === 'less_than' ? value < threshold : value <= threshold;
  return result(met ? 'achieved' : 'not_achieved', `${format(value, percentage)} against a target of ${WORDS[kind]} ${format(threshold, percentage)}`);
}

export function evaluatePeriod(
  areas: readonly { readonly id: number }[],
  metrics: readonly Metric[],
  valuesOf: (metricId: number) => readonly MetricValue[],
  period: string,
): PeriodEvaluation {
  const evaluated = metrics.map((m) => evaluateMetric(m, valuesOf(m.id), period));
  const areaResults = areas.map((area): AreaEvaluation => {
    const mine = evaluated.filter((e) => e.areaId === area.id && e.outcome !== 'not_assessable');
    const achieved = mine.filter((e) => e.outcome === 'achieved').length;
    return { areaId: area.id, achieved, assessable: mine.length, summary: mine.length === 0 ? 'not assessable' : `${achieved}/${mine.length} achieved` };
  });
  const assessable = evaluated.filter((e) => e.outcome !== 'not_assessable').length;
  const achieved = evaluated.filter((e) => e.outcome === 'achieved').length;
  const percent = assessable === 0 ? 0 : Math.round((achieved / assessable) * 100);
  return {
    period,
    metrics: evaluated,
    areas: areaResults,
    achieved,
    assessable,
    headline: assessable === 0 ? 'Nothing assessable in this period' : `${achieved}/${assessable} achieved or exceeded (${percent}%)`,
  };
}
