import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import Papa from 'papaparse';
import type { BoardSetup, InvitationsProduced, MeetingPlan, SeriesPreview } from '../../shared/model/preparation';
import type { Meeting } from '../../shared/model/meeting';
import { apiSession } from '../support/api';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();

async function board() {
  const { session, call, refused } = await apiSession(newPath());
  const { id: boardId } = await call<{ id: number }>('createBoard', { name: 'Wirral Local Area SEND Partnership Board' });
  await call('saveSettings', { userName: 'Nadia Begum', userEmail: 'n.begum@example.gov.uk' });
  const member = (name: string, email: string, extra: object = {}) =>
    call<BoardSetup>('addMember', { boardId, name, jobTitle: '', organisation: '', email, role: 'member', sector: 'other', statutoryRoleId: null, deputyPersonId: null, ...extra });
  return { session, call, refused, boardId, member };
}

describe('board set-up', () => {
  test('statutory invitee roles are held by members, one holder at a time', async () => {
    const { session, call, boardId, member } = await board();
    let setup = await call<BoardSetup>('addStatutoryRole', { boardId, title: 'DfE Adviser', basis: 'Improvement Notice, paragraph 6' });
    const roleId = setup.statutoryRoles[0]!.id;
    await member('Helen Carter', 'helen.carter@example.gov.uk', { role: 'adviser', statutoryRoleId: roleId });
    setup = await member('Second Adviser', 'second@example.gov.uk', { role: 'adviser', statutoryRoleId: roleId });
    expect(setup.members.filter((m) => m.statutoryRoleId === roleId).map((m) => m.person.name)).toEqual(['Second Adviser']);
    session.close();
  });

  test('a bad email address is refused with the reason', async () => {
    const { session, refused, boardId } = await board();
    const error = await refused('addMember', { boardId, name: 'X', jobTitle: '', organisation: '', email: 'not-an-email', role: 'member', sector: 'other', statutoryRoleId: null, deputyPersonId: null });
    expect(error).toEqual({ code: 'invalid_input', message: 'email: Email must look like name@example.gov.uk' });
    session.close();
  });
});

describe('scheduling', () => {
  test('a monthly series on the last Tuesday, with deadlines in working days around bank holidays', async () => {
    const { session, call, boardId } = await board();
    const preview = await call<SeriesPreview>('previewSeries', { boardId, rule: { kind: 'nth_weekday', weekday: 2, nth: -1 }, fromMonth: '2030-04', count: 3 });
    expect(preview.description).toBe('the last Tuesday of each month');
    // Easter (Good Friday 19 and Easter Monday 22 April 2030) and the Spring bank holiday
    // (Monday 27 May 2030) are not working days.
    expect(preview.meetings).toEqual([
      { date: '2030-04-30', papersDeadline: '2030-04-12', packDeadline: '2030-04-23' },
      { date: '2030-05-28', papersDeadline: '2030-05-13', packDeadline: '2030-05-20' },
      { date: '2030-06-25', papersDeadline: '2030-06-11', packDeadline: '2030-06-18' },
    ]);
    const meetings = await call<Meeting[]>('scheduleSeries', { boardId, title: 'LASPB', startTime: '14:00', endTime: '16:00', place: 'Wallasey Town Hall', rule: { kind: 'nth_weekday', weekday: 2, nth: -1 }, fromMonth: '2030-04', count: 3 });
    expect(meetings.map((m) => m.date)).toEqual(['2030-04-30', '2030-05-28', '2030-06-25']);
    const plan = await call<MeetingPlan>('getMeetingPlan', { meetingId: meetings[1]!.id });
    expect(plan.meeting).toMatchObject({ papersDeadline: '2030-05-13', packDeadline: '2030-05-20' });
    expect(plan.papersDeadline.workingDaysLeft).toBeGreaterThan(0);
    session.close();
  });
});

describe('the agenda', () => {
  test('starts from the template, puts new items before the closing items, renumbers on a move, and undoes a removal', async () => {
    const { session, call, boardId } = await board();
    const meeting = await call<Meeting>('scheduleMeeting', { boardId, title: 'LASPB', date: '2030-11-26', startTime: '14:00', endTime: '16:00', place: '' });
    let plan = await call<MeetingPlan>('startAgenda', { meetingId: meeting.id, from: 'template' });
    expect(plan.items.map((i) => i.title)).toEqual([
      'Welcome, introductions and apologies', 'Declarations of interest', 'Minutes of the last meeting', 'Action log and matters arising',
      'Risk register', 'Improvement plan dashboard', 'Any other business', 'Date of next meeting',
    ]);
    const topical = { meetingId: meeting.id, presenterPersonId: null, purpose: 'decision', minutesAllowed: 30, confidential: false, confidentialReason: '', areaId: null, paperExpected: true };
    plan = await call<MeetingPlan>('addAgendaItem', { ...topical, title: 'EHC recovery plan' });
    expect(plan.items[4]).toMatchObject({ number: '5', title: 'EHC recovery plan', startTime: '14:22' });
    expect(plan.timing).toEqual(expect.objectContaining({ endsAt: '15:24', overrunMinutes: 0 }));
    plan = await call<MeetingPlan>('moveAgendaItem', { itemId: plan.items[4]!.id, toPosition: 2 });
    expect(plan.items.slice(0, 3).map((i) => `${i.number} ${i.title}`)).toEqual(['1 Welcome, introductions and apologies', '2 EHC recovery plan', '3 Declarations of interest']);
    const removedId = plan.items[1]!.id;
    plan = await call<MeetingPlan>('removeAgendaItem', { itemId: removedId });
    expect(plan.items.map((i) => i.title)).not.toContain('EHC recovery plan');
    plan = await call<MeetingPlan>('restoreAgendaItem', { itemId: removedId });
    expect(plan.items[1]).toMatchObject({ id: removedId, number: '2' });
    session.close();
  });

  test('a confidential item needs its reason, and a second agenda cannot be started over the first', async () => {
    const { session, call, refused, boardId } = await board();
    const meeting = await call<Meeting>('scheduleMeeting', { boardId, title: 'LASPB', date: '2030-11-26', startTime: '14:00', endTime: '16:00', place: '' });
    expect(await refused('addAgendaItem', { meetingId: meeting.id, title: 'Placements', presenterPersonId: null, purpose: 'decision', minutesAllowed: 10, confidential: true, confidentialReason: '', areaId: null, paperExpected: false }))
      .toEqual({ code: 'invalid_input', message: 'confidentialReason: Say why the item is confidential (e.g. the exempt-information paragraph)' });
    await call('startAgenda', { meetingId: meeting.id, from: 'template' });
    expect(await refused('startAgenda', { meetingId: meeting.id, from: 'template' })).toMatchObject({ code: 'conflict' });
    session.close();
  });

  test("a new agenda copied from the last meeting, and last meeting's open actions carried forward", async () => {
    const { session, call, boardId, member } = await board();
    const setup = await member('Elaine Marsh', 'e.marsh@example.gov.uk');
    const first = await call<Meeting>('scheduleMeeting', { boardId, title: 'LASPB', date: '2030-10-29', startTime: '14:00', endTime: '16:00', place: '' });
    await call('startAgenda', { meetingId: first.id, from: 'template' });
    const db = session.db()!;
    db.prepare("INSERT INTO actions (board_id, number, reference, title, owner_person_id, due_date, source_meeting_id) VALUES (?, 1, 'A001', 'Report compliance', ?, '2030-11-20', ?)").run(boardId, setup.members[0]!.person.id, first.id);
    db.prepare("INSERT INTO actions (board_id, number, reference, title, owner_person_id, due_date, source_meeting_id) VALUES (?, 2, 'A002', 'Due later', ?, '2031-01-31', ?)").run(boardId, setup.members[0]!.person.id, first.id);
    const second = await call<Meeting>('scheduleMeeting', { boardId, title: 'LASPB', date: '2030-11-26', startTime: '14:00', endTime: '16:00', place: '' });
    const plan = await call<MeetingPlan>('startAgenda', { meetingId: second.id, from: 'last_meeting' });
    expect(plan.items).toHaveLength(8);
    expect(plan.mattersArising.map((a) => [a.reference, a.overdue])).toEqual([['A001', true], ['A002', false]]);
    session.close();
  });
});

describe('invitations', () => {
  async function boardWithInvitees() {
    const b = await board();
    const roles = ['DfE Adviser', 'NHS England Adviser', 'DfE case lead'];
    let setup: BoardSetup | undefined;
    for (const title of roles) setup = await b.call<BoardSetup>('addStatutoryRole', { boardId: b.boardId, title, basis: 'Notice, paragraph 6' });
    const roleId = (title: string) => setup!.statutoryRoles.find((r) => r.title === title)!.id;
    await b.member('Margaret Ellison', 'chair@example.org', { role: 'chair' });
    await b.member('Helen Carter', 'helen.carter@example.gov.uk', { role: 'adviser', statutoryRoleId: roleId('DfE Adviser') });
    await b.member('Dr Owen Price', 'owen.price@example.nhs.uk', { role: 'adviser', statutoryRoleId: roleId('NHS England Adviser') });
    await b.member('Priya Nair', 'priya.nair@example.gov.uk', { role: 'observer', statutoryRoleId: roleId('DfE case lead') });
    await b.member('No Email', '', {});
    const meeting = await b.call<Meeting>('scheduleMeeting', { boardId: b.boardId, title: 'Local Area SEND Partnership Board', date: '2030-11-26', startTime: '14:00', endTime: '16:00', place: 'Wallasey Town Hall' });
    return { ...b, meeting };
  }

  test('the .ics is a METHOD:REQUEST in Europe/London time, read by an independent iCalendar parser', async () => {
    const { session, call, meeting } = await boardWithInvitees();
    const produced = await call<InvitationsProduced>('produceInvitations', { meetingId: meeting.id });
    const text = Buffer.from(produced.calendar.content).toString('utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/London');
    ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Local Area SEND Partnership Board');
    expect(event.location).toBe('Wallasey Town Hall');
    expect(event.startDate.toString()).toBe('2030-11-26T14:00:00');
    expect(event.startDate.zone?.tzid).toBe('Europe/London');
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-11-26T14:00:00.000Z'); // GMT in November
    expect(event.endDate.toString()).toBe('2030-11-26T16:00:00');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m); // UTC, as RFC 5545 requires
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:n.begum@example.gov.uk');
    const attendees = vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase());
    expect(attendees.sort()).toEqual(['mailto:chair@example.org', 'mailto:helen.carter@example.gov.uk', 'mailto:owen.price@example.nhs.uk', 'mailto:priya.nair@example.gov.uk']);
    expect(produced.skipped).toEqual([{ name: 'No Email', reason: 'no email address' }]);

    // Produced again: same UID, higher SEQUENCE, so calendars replace the event.
    const again = await call<InvitationsProduced>('produceInvitations', { meetingId: meeting.id });
    const event2 = new ICAL.Event(new ICAL.Component(ICAL.parse(Buffer.from(again.calendar.content).toString('utf8'))).getFirstSubcomponent('vevent')!);
    expect(event2.uid).toBe(event.uid);
    expect(event2.sequence).toBe(event.sequence + 1);
    session.close();
  });

  test('a summer meeting is at 14:00 British Summer Time', async () => {
    const { session, call, boardId } = await boardWithInvitees();
    const summer = await call<Meeting>('scheduleMeeting', { boardId, title: 'LASPB', date: '2030-07-30', startTime: '14:00', endTime: '16:00', place: '' });
    const produced = await call<InvitationsProduced>('produceInvitations', { meetingId: summer.id });
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(produced.calendar.content).toString('utf8')));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-07-30T13:00:00.000Z');
    session.close();
  });

  test('the .eml is an unsent draft to the invitees with the meeting request, read by an independent MIME parser', async () => {
    const { session, call, meeting } = await boardWithInvitees();
    const produced = await call<InvitationsProduced>('produceInvitations', { meetingId: meeting.id });
    const mail = await simpleParser(Buffer.from(produced.email.content));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.from?.value).toEqual([{ name: 'Nadia Begum', address: 'n.begum@example.gov.uk' }]);
    const to = (Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((a) => a.value.map((v) => v.address));
    expect(to.sort()).toEqual(['chair@example.org', 'helen.carter@example.gov.uk', 'owen.price@example.nhs.uk', 'priya.nair@example.gov.uk']);
    expect(mail.subject).toBe('Invitation: Local Area SEND Partnership Board, Tuesday 26 November 2030, 14:00–16:00');
    expect(mail.text).toMatch(/You are invited to the Local Area SEND Partnership Board on Tuesday 26 November 2030/);
    const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
    expect(ics?.contentType).toBe('text/calendar');
    expect(ics!.content.toString()).toMatch(/METHOD:REQUEST/);
    session.close();
  });

  test('compliance turns green only once every statutory invitee has been sent an invitation', async () => {
    const { session, call, meeting } = await boardWithInvitees();
    let plan = await call<MeetingPlan>('getMeetingPlan', { meetingId: meeting.id });
    expect(plan.compliance.compliant).toBe(false);
    expect(plan.compliance.invitees.map((i) => i.state)).toEqual(['not_invited', 'not_invited', 'not_invited']);
    const produced = await call<InvitationsProduced>('produceInvitations', { meetingId: meeting.id });
    expect(produced.plan.compliance.invitees.map((i) => i.state)).toEqual(['drafted', 'drafted', 'drafted']);
    const statutory = produced.plan.compliance.invitees.map((i) => i.personId!);
    plan = await call<MeetingPlan>('markInvitationsSent', { meetingId: meeting.id, personIds: statutory.slice(0, 2) });
    expect(plan.compliance.compliant).toBe(false);
    expect(plan.compliance.summary).toMatch(/DfE case lead \(drafted, not confirmed sent\)/);
    plan = await call<MeetingPlan>('markInvitationsSent', { meetingId: meeting.id, personIds: [statutory[2]!] });
    expect(plan.compliance).toMatchObject({ compliant: true, summary: 'All 3 statutory invitees have been sent an invitation.' });
    session.close();
  });

  test('the invitations record exports as CSV a spreadsheet cannot mistake for formulas', async () => {
    const { session, call, boardId, meeting, member } = await boardWithInvitees();
    await member('=HYPERLINK("http://evil.example")', 'evil@example.org');
    await call('produceInvitations', { meetingId: meeting.id });
    const file = await call<{ fileName: string; content: Uint8Array }>('exportInvitationsRecord', { boardId });
    expect(file.fileName).toBe('Wirral Local Area SEND Partnership Board invitations record.csv');
    const parsed = Papa.parse<Record<string, string>>(Buffer.from(file.content).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r['Statutory invitee'], r['Held by'], r.Invitation])).toEqual([
      ['DfE Adviser', 'Helen Carter', 'Drafted, not confirmed sent'],
      ['NHS England Adviser', 'Dr Owen Price', 'Drafted, not confirmed sent'],
      ['DfE case lead', 'Priya Nair', 'Drafted, not confirmed sent'],
    ]);
    session.close();
  });

  test('without the secretary’s email no invitation is made, and it says why', async () => {
    const { session, call, refused, meeting } = await boardWithInvitees();
    await call('saveSettings', { userName: 'Nadia Begum', userEmail: '' });
    expect(await refused('produceInvitations', { meetingId: meeting.id })).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Add your email address in Settings first/) });
    session.close();
  });
});
