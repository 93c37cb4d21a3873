// Meetings are held in England, so dates and times are wall-clock values in
// Europe/London: a date is 'YYYY-MM-DD' and a time 'HH:MM', stored as written.
// Keeping them as local wall time (not UTC instants) means a 10:00 meeting stays 10:00
// across the clock change, which is what the secretary means.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar date such as 2024-02-29 (and false for 2023-02-29). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isClockTime(text: string): boolean {
  return CLOCK_TIME.test(text);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function asUtcNoon(isoDate: string): Date {
  // Noon avoids any edge where a formatter's zone would move the day.
  return new Date(`${isoDate}T12:00:00Z`);
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Tuesday 21 May 2024" (built from parts: ICU versions differ on a comma after the day name) */
export function formatLongDate(isoDate: string): string {
  const parts = longDate.formatToParts(asUtcNoon(isoDate));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "21 May 2024" */
export function formatShortDate(isoDate: string): string {
  return shortDate.format(asUtcNoon(isoDate));
}

/** "10:00–12:00" (an en dash, as in print) */
export function formatTimeRange(start: string, end: string): string {
  return `${start}–${end}`;
}

/** Today's date in Europe/London, as 'YYYY-MM-DD', whatever the machine's own zone. */
export function londonToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The date `days` after (or before, if negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = asUtcNoon(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const londonClock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as a secretary reads it, in London time: "Tuesday 26 November 2024 at 14:05". */
export function formatInstant(iso: string): string {
  const instant = new Date(iso);
  return `${formatLongDate(londonToday(instant))} at ${londonClock.format(instant)}`;
}

/** The instant at which the clocks in London show `isoDate` `clockTime` (e.g. 14:00 on 26 November 2024). */
export function londonInstant(isoDate: string, clockTime: string): Date {
  const asUtc = Date.parse(`${isoDate}T${clockTime}:00Z`);
  // London is UTC or UTC+1: try both offsets and keep the one London's clock agrees with.
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (londonToday(candidate) === isoDate && londonClock.format(candidate) === clockTime) return candidate;
  }
  // A time that does not exist in London (inside the spring-forward hour): take the later reading.
  return new Date(asUtc - 3_600_000);
}
