import { parseTarget, parseValue } from '../../shared/metrics/values';
import type { Metric, MetricValue } from '../../shared/model/metric';
import { evaluateMetric, evaluatePeriod } from '../../shared/rules/evaluation';

// Every odd form the real tables use, each through the written rules.

function metric(targetText: string, unit: Metric['unit'] = 'count'): Metric {
  const t = parseTarget(targetText);
  return { id: 1, areaId: 1, position: 1, name: 'Measure', unit, targetText, targetKind: t.kind, targetValue: t.value, sourceNote: '' };
}

function cell(period: string, kind: MetricValue['kind'], text: string): MetricValue {
  const v = parseValue(text);
  if (kind === 'interim_target' && (v.state === 'number' || v.state === 'unreadable')) {
    const t = parseTarget(text);
    if (t.kind !== 'not_applicable' && t.kind !== 'unreadable') {
      return { metricId: 1, period, kind, valueText: text, valueState: 'target', valueNumber: t.value, targetKind: t.kind, sourceColumn: '', note: '' };
    }
  }
  return { metricId: 1, period, kind, valueText: text, valueState: v.state, valueNumber: v.value, targetKind: null, sourceColumn: '', note: '' };
}

const judge = (targetText: string, cells: [string, MetricValue['kind'], string][], period = '2024-10', unit: Metric['unit'] = 'count') =>
  evaluateMetric(metric(targetText, unit), cells.map(([p, k, t]) => cell(p, k, t)), period);

describe('reading targets and values as written', () => {
  test.each([
    ['75%', { kind: 'at_least', value: 75, isPercentage: true }],
    ['>6', { kind: 'more_than', value: 6, isPercentage: false }],
    ['<18', { kind: 'less_than', value: 18, isPercentage: false }],
    ['>3212', { kind: 'more_than', value: 3212, isPercentage: false }],
    ['≤5', { kind: 'at_most', value: 5, isPercentage: false }],
    ['19', { kind: 'at_least', value: 19, isPercentage: false }],
    ['Higher', { kind: 'higher', value: null, isPercentage: false }],
    ['Lower', { kind: 'lower', value: null, isPercentage: false }],
    ['N/A', { kind: 'not_applicable', value: null, isPercentage: false }],
    ['about half', { kind: 'unreadable', value: null, isPercentage: false }],
  ])('target %p', (text, parsed) => expect(parseTarget(text)).toEqual(parsed));

  test.each([
    ['', 'blank', null],
    ['N/A', 'not_applicable', null],
    ['TBC', 'to_be_confirmed', null],
    ['0', 'number', 0],
    ['45.0%', 'number', 45],
    ['1,255', 'number', 1255],
    ['n/k', 'unreadable', null],
  ])('value %p is %s', (text, state, value) => expect(parseValue(text)).toMatchObject({ state, value }));
});

describe('judging one measure in one period', () => {
  test('a percentage floor: achieved at or above it', () => {
    expect(judge('75%', [['2024-10', 'interim_target', '40%'], ['2024-10', 'actual', '40%']], '2024-10', 'percentage')).toMatchObject({ outcome: 'achieved', reason: '40% against a target of at least 40%' });
    expect(judge('75%', [['2024-10', 'interim_target', '40%'], ['2024-10', 'actual', '39.9%']], '2024-10', 'percentage').outcome).toBe('not_achieved');
  });

  test('">6" needs more than 6, and "<18" less than 18', () => {
    expect(judge('Higher', [['2024-10', 'interim_target', '>6'], ['2024-10', 'actual', '6']]).outcome).toBe('not_achieved');
    expect(judge('Higher', [['2024-10', 'interim_target', '>6'], ['2024-10', 'actual', '7']]).outcome).toBe('achieved');
    expect(judge('Lower', [['2024-10', 'interim_target', '<18'], ['2024-10', 'actual', '18']]).outcome).toBe('not_achieved');
  });

  test('a bare number takes its direction from the overall target', () => {
    expect(judge('Lower', [['2024-10', 'interim_target', '850'], ['2024-10', 'actual', '800']])).toMatchObject({ outcome: 'achieved', reason: '800 against a target of at most 850' });
    expect(judge('19', [['2024-10', 'interim_target', '7'], ['2024-10', 'actual', '7']])).toMatchObject({ outcome: 'achieved', reason: '7 against a target of at least 7' });
  });

  test('"Higher" and "Lower" compare with the previous assessment, not the previous month', () => {
    const cells: [string, MetricValue['kind'], string][] = [
      ['2024-07', 'interim_target', 'Lower'], ['2024-07', 'actual', '153'], ['2024-09', 'actual', '78'], ['2024-10', 'interim_target', 'Lower'], ['2024-10', 'actual', '80'],
    ];
    expect(judge('Lower', cells)).toMatchObject({ outcome: 'achieved', reason: '80 against 153 at the previous assessment (2024-07): target Lower' });
    expect(judge('Higher', [['2024-04', 'actual', '5'], ['2024-07', 'interim_target', 'Higher'], ['2024-07', 'actual', '5']], '2024-07')).toMatchObject({ outcome: 'not_achieved' });
  });

  test('with nothing earlier to compare, "Higher" is not assessable', () => {
    expect(judge('Higher', [['2024-07', 'interim_target', 'Higher'], ['2024-07', 'actual', '5']], '2024-07')).toMatchObject({ outcome: 'not_assessable', reason: 'no earlier actual to compare with for “Higher”' });
  });

  test.each([
    ['no interim target', [['2024-10', 'actual', '5']], 'no target for this period'],
    ['a blank interim target', [['2024-10', 'interim_target', ''], ['2024-10', 'actual', '5']], 'no target for this period'],
    ['an N/A target', [['2024-10', 'interim_target', 'N/A'], ['2024-10', 'actual', '5']], 'the target is N/A'],
    ['a blank actual', [['2024-10', 'interim_target', '>6'], ['2024-10', 'actual', '']], 'no actual recorded'],
    ['an N/A actual', [['2024-10', 'interim_target', '>6'], ['2024-10', 'actual', 'N/A']], 'the actual is N/A'],
    ['a TBC actual', [['2024-10', 'interim_target', '>6'], ['2024-10', 'actual', 'TBC']], 'the actual is to be confirmed (TBC)'],
    ['an unreadable actual', [['2024-10', 'interim_target', '>6'], ['2024-10', 'actual', 'n/k']], 'the actual “n/k” cannot be read'],
  ] as [string, [string, MetricValue['kind'], string][], string][])('%s is not assessable, and never zero', (_what, cells, reason) => {
    expect(judge('>6', cells)).toMatchObject({ outcome: 'not_assessable', reason });
  });
});

describe('a period across areas', () => {
  test('per-area "x/y achieved" and the headline count only what can be assessed', () => {
    const m = (id: number, areaId: number, t: string) => ({ ...metric(t), id, areaId });
    const values: Record<number, MetricValue[]> = {
      1: [cell('2024-10', 'interim_target', '>6'), cell('2024-10', 'actual', '7')].map((v) => ({ ...v, metricId: 1 })),
      2: [cell('2024-10', 'interim_target', '>6'), cell('2024-10', 'actual', '5')].map((v) => ({ ...v, metricId: 2 })),
      3: [cell('2024-10', 'interim_target', 'N/A'), cell('2024-10', 'actual', '5')].map((v) => ({ ...v, metricId: 3 })),
    };
    const result = evaluatePeriod([{ id: 1 }, { id: 2 }], [m(1, 1, '>6'), m(2, 1, '>6'), m(3, 2, 'N/A')], (id) => values[id]!, '2024-10');
    expect(result.areas.map((a) => a.summary)).toEqual(['1/2 achieved', 'not assessable']);
    expect(result.headline).toBe('1/2 achieved or exceeded (50%)');
  });
});
