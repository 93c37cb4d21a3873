import { addDays, formatInstant, formatLongDate, formatShortDate, isCalendarDate, isClockTime, londonToday } from '../../shared/dates';

describe('meeting dates and times', () => {
  test('a real calendar date is accepted, an impossible one refused', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('24-11-2024')).toBe(false);
    expect(isCalendarDate('2024-11-26T10:00')).toBe(false);
  });

  test('times are 24-hour HH:MM', () => {
    expect(isClockTime('09:30')).toBe(true);
    expect(isClockTime('23:59')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('9:30')).toBe(false);
    expect(isClockTime('09:60')).toBe(false);
  });

  test('dates read the British way', () => {
    expect(formatLongDate('2024-11-26')).toBe('Tuesday 26 November 2024');
    expect(formatShortDate('2024-11-26')).toBe('26 Nov 2024');
  });

  test("today is London's date, not the machine's zone's", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(londonToday(new Date('2024-06-30T23:30:00Z'))).toBe('2024-07-01');
    // In winter London is on UTC.
    expect(londonToday(new Date('2024-12-31T23:30:00Z'))).toBe('2024-12-31');
  });

  test('an instant is shown in London time, across the clock change', () => {
    expect(formatInstant('2024-11-26T14:05:00.000Z')).toBe('Tuesday 26 November 2024 at 14:05');
    expect(formatInstant('2024-07-30T13:05:00.000Z')).toBe('Tuesday 30 July 2024 at 14:05'); // BST
    expect(formatInstant('2024-06-30T23:30:00.000Z')).toBe('Monday 1 July 2024 at 00:30');
  });

  test('adding days crosses months, years and the clock change', () => {
    expect(addDays('2024-10-29', -7)).toBe('2024-10-22');
    expect(addDays('2024-12-30', 5)).toBe('2025-01-04');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01');
  });
});
