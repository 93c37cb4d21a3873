import { formatLongDate, formatShortDate, isCalendarDate, isClockTime, londonToday } from '../../shared/dates';

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
});
