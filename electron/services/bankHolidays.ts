import Holidays from 'date-holidays';
import type { IsHoliday } from '../../shared/rules/workingDays';

// Bank holidays in England and Wales (the two share one list), from the maintained
// date-holidays package, including substitute days and one-off holidays.

const calendar = new Holidays('GB', 'ENG');
const byYear = new Map<number, Set<string>>();

function holidaysIn(year: number): Set<string> {
  let dates = byYear.get(year);
  if (!dates) {
    dates = new Set(
      calendar
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    byYear.set(year, dates);
  }
  return dates;
}

export const isEnglandAndWalesBankHoliday: IsHoliday = (isoDate) => holidaysIn(Number(isoDate.slice(0, 4))).has(isoDate);
