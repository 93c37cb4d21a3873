import { z } from 'zod';

// A series of meetings such as "the last Tuesday of every month" or "the 15th".

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

export const SeriesRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('nth_weekday'),
    /** 0 = Sunday … 6 = Saturday */
    weekday: z.number().int().min(0).max(6),
    /** 1–4, or -1 for the last */
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  }),
  z.strictObject({ kind: z.literal('day_of_month'), day: z.number().int().min(1).max(28) }),
]);
export type SeriesRule = z.output<typeof SeriesRuleSchema>;

export function describeSeriesRule(rule: SeriesRule): string {
  return rule.kind === 'nth_weekday'
    ? `the ${ORDINALS[String(rule.nth)]} ${WEEKDAYS[rule.weekday]} of each month`
    : `the ${rule.day}${rule.day === 1 || rule.day === 21 ? 'st' : rule.day === 2 || rule.day === 22 ? 'nd' : rule.day === 3 || rule.day === 23 ? 'rd' : 'th'} of each month`;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The date the rule gives in one month (month 1–12). */
export function dateInMonth(rule: SeriesRule, year: number, month: number): string {
  if (rule.kind === 'day_of_month') return iso(year, month, rule.day);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (rule.nth === -1) {
    const lastWeekday = new Date(Date.UTC(year, month - 1, daysInMonth)).getUTCDay();
    return iso(year, month, daysInMonth - ((lastWeekday - rule.weekday + 7) % 7));
  }
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return iso(year, month, 1 + ((rule.weekday - firstWeekday + 7) % 7) + (rule.nth - 1) * 7);
}

/** `count` monthly dates from the month of `fromMonth` ('YYYY-MM'), skipping any before `notBefore`. */
export function seriesDates(rule: SeriesRule, fromMonth: string, count: number, notBefore = ''): string[] {
  const [year, month] = fromMonth.split('-').map(Number) as [number, number];
  const dates: string[] = [];
  for (let offset = 0; dates.length < count && offset < count + 12; offset += 1) {
    const y = year + Math.floor((month - 1 + offset) / 12);
    const m = ((month - 1 + offset) % 12) + 1;
    const date = dateInMonth(rule, y, m);
    if (date >= notBefore) dates.push(date);
  }
  return dates;
}
