import { addDays } from '../dates';

// Deadlines are counted in working days: Monday to Friday, less bank holidays. The
// holiday calendar is passed in (the main process supplies England and Wales'), so
// these rules stay pure and testable.

export type IsHoliday = (isoDate: string) => boolean;

export function isWorkingDay(isoDate: string, isHoliday: IsHoliday): boolean {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(isoDate);
}

/** The working day `n` working days before `isoDate` (n = 0: the last working day on or before it). */
export function workingDaysBefore(isoDate: string, n: number, isHoliday: IsHoliday): string {
  let date = isoDate;
  while (!isWorkingDay(date, isHoliday)) date = addDays(date, -1);
  for (let left = n; left > 0; ) {
    date = addDays(date, -1);
    if (isWorkingDay(date, isHoliday)) left -= 1;
  }
  return date;
}

/** Working days from `today` until `deadline`: positive ahead, 0 on the day, negative when past. */
export function workingDaysUntil(today: string, deadline: string, isHoliday: IsHoliday): number {
  if (today === deadline) return 0;
  const forward = today < deadline;
  let count = 0;
  for (let date = today; date !== deadline; ) {
    date = addDays(date, forward ? 1 : -1);
    if (isWorkingDay(date, isHoliday)) count += 1;
  }
  return forward ? count : -count;
}

/** "due today", "due in 3 working days", "2 working days overdue" */
export function describeCountdown(workingDays: number): string {
  if (workingDays === 0) return 'due today';
  const plural = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;
  return workingDays > 0 ? `due in ${plural(workingDays)}` : `${plural(-workingDays)} overdue`;
}
