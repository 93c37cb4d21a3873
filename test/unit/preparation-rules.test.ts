import { agendaTiming } from '../../shared/rules/agendaClock';
import { meetingCompliance } from '../../shared/rules/compliance';
import { dateInMonth, describeSeriesRule, seriesDates } from '../../shared/rules/series';
import { describeCountdown, isWorkingDay, workingDaysBefore, workingDaysUntil } from '../../shared/rules/workingDays';

// England and Wales bank holidays used in these tests (the app takes them from date-holidays).
const HOLIDAYS = new Set(['2024-12-25', '2024-12-26', '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2024-08-26']);
const isHoliday = (d: string) => HOLIDAYS.has(d);

describe('deadlines in working days', () => {
  test('weekends and bank holidays are not working days', () => {
    expect(isWorkingDay('2024-11-23', isHoliday)).toBe(false); // Saturday
    expect(isWorkingDay('2024-12-25', isHoliday)).toBe(false);
    expect(isWorkingDay('2024-12-27', isHoliday)).toBe(true);
  });

  test('five working days before a Tuesday meeting is the Tuesday before', () => {
    expect(workingDaysBefore('2024-11-26', 5, isHoliday)).toBe('2024-11-19');
  });

  test('Christmas and New Year push a January deadline back', () => {
    // Meeting Tue 7 Jan 2025: back 5 working days skips 1 Jan, 26 and 25 Dec and the weekends.
    expect(workingDaysBefore('2025-01-07', 5, isHoliday)).toBe('2024-12-30');
    expect(workingDaysBefore('2025-01-07', 10, isHoliday)).toBe('2024-12-19');
  });

  test('Easter: ten working days before Tuesday 29 April 2025', () => {
    expect(workingDaysBefore('2025-04-29', 10, isHoliday)).toBe('2025-04-11');
  });

  test('a meeting on a non-working day counts from the working day before', () => {
    expect(workingDaysBefore('2024-08-26', 0, isHoliday)).toBe('2024-08-23');
  });

  test('countdowns say how many working days are left, or how late', () => {
    expect(workingDaysUntil('2024-11-18', '2024-11-19', isHoliday)).toBe(1);
    expect(workingDaysUntil('2024-11-22', '2024-11-25', isHoliday)).toBe(1); // over a weekend
    expect(workingDaysUntil('2024-11-26', '2024-11-19', isHoliday)).toBe(-5);
    expect(describeCountdown(0)).toBe('due today');
    expect(describeCountdown(1)).toBe('due in 1 working day');
    expect(describeCountdown(-3)).toBe('3 working days overdue');
  });
});

describe('a series of meetings', () => {
  test('the last Tuesday of each month', () => {
    const rule = { kind: 'nth_weekday', weekday: 2, nth: -1 } as const;
    expect(describeSeriesRule(rule)).toBe('the last Tuesday of each month');
    expect(seriesDates(rule, '2024-04', 8)).toEqual(['2024-04-30', '2024-05-28', '2024-06-25', '2024-07-30', '2024-08-27', '2024-09-24', '2024-10-29', '2024-11-26']);
  });

  test('the first Monday, across a year end', () => {
    expect(seriesDates({ kind: 'nth_weekday', weekday: 1, nth: 1 }, '2024-11', 3)).toEqual(['2024-11-04', '2024-12-02', '2025-01-06']);
  });

  test('a fixed day, skipping dates already past', () => {
    expect(seriesDates({ kind: 'day_of_month', day: 15 }, '2024-11', 2, '2024-11-20')).toEqual(['2024-12-15', '2025-01-15']);
    expect(dateInMonth({ kind: 'nth_weekday', weekday: 5, nth: 4 }, 2024, 2)).toBe('2024-02-23');
  });
});

describe('the running clock of an agenda', () => {
  test('each item starts when the one before it should end, and an overrun is reported', () => {
    expect(agendaTiming('14:00', '16:00', [{ minutesAllowed: 5 }, { minutesAllowed: 20 }, { minutesAllowed: 100 }])).toEqual({
      starts: ['14:00', '14:05', '14:25'],
      endsAt: '16:05',
      overrunMinutes: 5,
    });
  });
});

describe('statutory invitees (Wirral notice, paragraph 6)', () => {
  const roles = [
    { id: 1, title: 'DfE Adviser' },
    { id: 2, title: 'NHS England Adviser' },
    { id: 3, title: 'DfE case lead' },
  ];
  const holders = [
    { roleId: 1, personId: 11, name: 'Helen Carter' },
    { roleId: 2, personId: 12, name: 'Dr Owen Price' },
    { roleId: 3, personId: 13, name: 'Priya Nair' },
  ];
  const sent = (personId: number) => ({ personId, producedAt: '2024-11-05T09:00:00Z', sentAt: '2024-11-05T09:10:00Z' });

  test('compliant only when every statutory invitee has been sent an invitation', () => {
    expect(meetingCompliance({ roles, holders, invitations: [sent(11), sent(12), sent(13)] })).toMatchObject({
      compliant: true,
      summary: 'All 3 statutory invitees have been sent an invitation.',
    });
  });

  test('a drafted but unsent invitation, a missing one and an empty role are each named', () => {
    const result = meetingCompliance({
      roles,
      holders: holders.slice(0, 2),
      invitations: [sent(11), { personId: 12, producedAt: '2024-11-05T09:00:00Z', sentAt: null }],
    });
    expect(result.compliant).toBe(false);
    expect(result.invitees.map((i) => i.state)).toEqual(['sent', 'drafted', 'no_holder']);
    expect(result.summary).toBe(
      '2 of 3 statutory invitees have not been sent an invitation: NHS England Adviser (drafted, not confirmed sent); DfE case lead (nobody holds this role).',
    );
  });

  test('a board with no statutory invitees set up is not reported as compliant', () => {
    expect(meetingCompliance({ roles: [], holders: [], invitations: [] })).toMatchObject({ compliant: false });
  });
});
