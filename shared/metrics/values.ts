// Metric targets and values as boards write them, and their parsed forms. The printed
// tables mix numbers, percentages, comparisons and words ("75%", ">6", "<18", "Higher",
// "Lower", "N/A", "TBC", blank), so the text is always kept as written beside the parse.

export const TARGET_KINDS = ['at_least', 'more_than', 'less_than', 'at_most', 'higher', 'lower', 'not_applicable', 'unreadable'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface ParsedTarget {
  readonly kind: TargetKind;
  /** The number in the target ('75%' → 75), null for directions and N/A. */
  readonly value: number | null;
  readonly isPercentage: boolean;
}

export const VALUE_STATES = ['number', 'blank', 'not_applicable', 'to_be_confirmed', 'unreadable'] as const;
export type ValueState = (typeof VALUE_STATES)[number];

export interface ParsedValue {
  readonly state: ValueState;
  /** Only for state 'number'. A blank is never 0. */
  readonly value: number | null;
  readonly isPercentage: boolean;
}

const NUMBER = /^([+-]?\d+(?:\.\d+)?)(%?)$/;

function clean(text: string): string {
  return text.replace(/[\s,\u00a0]/g, '');
}

/**
 * "75%" → at least 75 %; "19" → at least 19 (a count to reach); ">6" → more than 6;
 * "<18" → less than 18; "≥"/"≤" likewise; "Higher"/"Lower" → a direction; "N/A" → not assessed.
 */
export function parseTarget(text: string): ParsedTarget {
  const t = clean(text);
  const lower = t.toLowerCase();
  if (lower === 'higher' || lower === 'increase') return { kind: 'higher', value: null, isPercentage: false };
  if (lower === 'lower' || lower === 'decrease' || lower === 'reduce') return { kind: 'lower', value: null, isPercentage: false };
  if (lower === 'n/a' || lower === 'na' || lower === '-') return { kind: 'not_applicable', value: null, isPercentage: false };
  const comparison = /^(>=|<=|≥|≤|>|<)(.*)$/.exec(t);
  const operator = comparison?.[1] ?? '';
  const number = NUMBER.exec(comparison ? comparison[2]! : t);
  if (!number) return { kind: 'unreadable', value: null, isPercentage: false };
  const value = Number(number[1]);
  const isPercentage = number[2] === '%';
  const kind: TargetKind =
    operator === '>' ? 'more_than' : operator === '<' ? 'less_than' : operator === '<=' || operator === '≤' ? 'at_most' : 'at_least';
  return { kind, value, isPercentage };
}

/** "14%" → 14; "" → blank; "N/A" → not applicable; "TBC" → to be confirmed; "1,255" → 1255. */
export function parseValue(text: string): ParsedValue {
  const t = clean(text);
  const lower = t.toLowerCase();
  if (t === '') return { state: 'blank', value: null, isPercentage: false };
  if (lower === 'n/a' || lower === 'na') return { state: 'not_applicable', value: null, isPercentage: false };
  if (lower === 'tbc' || lower === 'tbd') return { state: 'to_be_confirmed', value: null, isPercentage: false };
  const number = NUMBER.exec(t);
  if (!number) return { state: 'unreadable', value: null, isPercentage: false };
  return { state: 'number', value: Number(number[1]), isPercentage: number[2] === '%' };
}

/** A reporting period, 'YYYY-MM'. */
export function isPeriod(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}
