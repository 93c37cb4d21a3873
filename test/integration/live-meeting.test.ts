import type { LiveMeeting } from '../../shared/model/liveMeeting';
import type { BoardSetup, MeetingPlan } from '../../shared/model/preparation';
import type { Meeting } from '../../shared/model/meeting';
import { apiSession } from '../support/api';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();

async function meetingInRoom() {
  const { session, call, refused } = await apiSession(newPath());
  const { id: boardId } = await call<{ id: number }>('createBoard', { name: 'LASPB' });
  await call('saveTermsOfReference', {
    boardId, meetingFrequency: 'Monthly', quorumRuleText: 'Three members including the chair', papersDueWorkingDays: 10, packDueWorkingDays: 5,
    quorumRule: { minimumMembers: 3, requirements: [{ description: 'the chair or vice-chair', atLeast: 1, anyOfRoles: ['chair', 'vice_chair'] }] },
  });
  const add = (name: string, role: string) =>
    call<BoardSetup>('addMember', { boardId, name, jobTitle: '', organisation: 'Council', email: '', role, sector: 'local_authority', statutoryRoleId: null, deputyPersonId: null });
  await add('Chair', 'chair');
  await add('Member One', 'member');
  await add('Member Two', 'member');
  const setup = await add('Adviser', 'adviser');
  const id = (name: string) => setup.members.find((m) => m.person.name === name)!.person.id;
  const first = await call<Meeting>('scheduleMeeting', { boardId, title: 'LASPB', date: '2024-10-29', startTime: '14:00', endTime: '16:00', place: '' });
  const plan = await call<MeetingPlan>('startAgenda', { meetingId: first.id, from: 'template' });
  const next = await call<Meeting>('scheduleMeeting', { boardId, title: 'LASPB', date: '2024-11-26', startTime: '14:00', endTime: '16:00', place: '' });
  const mark = (name: string, status: string | null, extra: object = {}) =>
    call<LiveMeeting>('setAttendance', { meetingId: first.id, personId: id(name), status, deputyForPersonId: null, arrivedLate: false, leftEarly: false, ...extra });
  return { session, call, refused, boardId, id, first, next, plan, mark };
}

describe('in the meeting', () => {
  test('the quorum follows attendance: lost when the chair leaves early, regained when the vice-chair… or the chair returns', async () => {
    const { session, mark } = await meetingInRoom();
    await mark('Member One', 'present');
    let live = await mark('Adviser', 'present');
    expect(live.quorum).toMatchObject({ quorate: false, summary: 'Not quorate: 1 of the 3 members needed are present; the chair or vice-chair is not present.' });
    await mark('Chair', 'present');
    live = await mark('Member Two', 'present', { arrivedLate: true });
    expect(live.quorum).toMatchObject({ quorate: true, counted: 3 });
    live = await mark('Chair', 'present', { leftEarly: true });
    expect(live.quorum.quorate).toBe(false);
    live = await mark('Chair', 'present', { leftEarly: false });
    expect(live.quorum.quorate).toBe(true);
    session.close();
  });

  test('minutes autosave item by item, and decisions are numbered as they are recorded', async () => {
    const { session, call, first, plan } = await meetingInRoom();
    const item = plan.items[3]!;
    const saved = await call<{ length: number }>('saveMinutes', { agendaItemId: item.id, text: '## Matters arising\n- A001 complete' });
    expect(saved.length).toBe(34);
    await call('recordDecision', { meetingId: first.id, agendaItemId: item.id, text: 'Approved the recovery plan.' });
    const live = await call<LiveMeeting>('recordDecision', { meetingId: first.id, agendaItemId: null, text: 'Agreed the strategy.' });
    expect(live.decisions.map((d) => d.reference)).toEqual(['D001', 'D002']);
    expect(live.minutes!.entries).toEqual([expect.objectContaining({ agendaItemId: item.id, text: '## Matters arising\n- A001 complete' })]);
    session.close();
  });

  test('an action is refused until it has an owner and a due date, and an owner can be added in place', async () => {
    const { session, call, refused, first, id } = await meetingInRoom();
    const base = { meetingId: first.id, agendaItemId: null, title: 'Report compliance', areaId: null };
    expect(await refused('createAction', { ...base, ownerPersonId: null, newOwner: null, dueDate: '2024-12-01' })).toEqual({
      code: 'invalid_input',
      message: 'ownerPersonId: An owner is required: the notice requires clearly assigned accountabilities for every action',
    });
    expect(await refused('createAction', { ...base, ownerPersonId: id('Member One'), newOwner: null, dueDate: '' })).toMatchObject({
      message: 'dueDate: A due date is required: the notice requires clear timescales for every action',
    });
    await call('createAction', { ...base, ownerPersonId: id('Member One'), newOwner: null, dueDate: '2024-12-01' });
    const live = await call<LiveMeeting>('createAction', { ...base, title: 'Bring the survey', ownerPersonId: null, newOwner: { name: 'Fiona Kerr', organisation: 'ICB' }, dueDate: '2025-01-31' });
    expect(live.newActions.map((a) => [a.reference, a.ownerName, a.dueDate])).toEqual([['A001', 'Member One', '2024-12-01'], ['A002', 'Fiona Kerr', '2025-01-31']]);
    session.close();
  });

  test('an existing action is updated from the meeting, and the update can be undone', async () => {
    const { session, call, first, next, id } = await meetingInRoom();
    await call('createAction', { meetingId: first.id, agendaItemId: null, title: 'Report compliance', ownerPersonId: id('Member One'), newOwner: null, dueDate: '2024-11-20', areaId: null });
    const actionId = (await call<LiveMeeting>('getLiveMeeting', { meetingId: first.id })).newActions[0]!.id;
    let live = await call<LiveMeeting>('recordActionProgress', { meetingId: next.id, actionId, status: 'in_progress', note: 'Data due in December', newDueDate: '2024-12-17', dueDateReason: 'Data not available' });
    expect(live.actionUpdates).toEqual([expect.objectContaining({ reference: 'A001', status: 'in_progress', note: 'Data due in December' })]);
    expect(live.plan.mattersArising.find((a) => a.id === actionId)).toMatchObject({ status: 'in_progress', dueDate: '2024-12-17' });
    live = await call<LiveMeeting>('withdrawActionUpdate', { updateId: live.actionUpdates[0]!.id });
    expect(live.actionUpdates).toEqual([]);
    expect(live.plan.mattersArising.find((a) => a.id === actionId)).toMatchObject({ status: 'open' });
    session.close();
  });

  test('after the meeting: circulated, approved at the next meeting, then locked; a correction is recorded as such', async () => {
    const { session, call, refused, first, next, plan } = await meetingInRoom();
    const item = plan.items[0]!;
    await call('saveMinutes', { agendaItemId: item.id, text: 'Apologies from Member Two.' });
    expect(await refused('circulateMinutes', { meetingId: first.id })).toMatchObject({ code: 'conflict', message: 'Minutes are circulated after the meeting has been held.' });
    await call('endMeeting', { meetingId: first.id });
    await call('circulateMinutes', { meetingId: first.id });
    expect(await refused('approveMinutes', { meetingId: next.id, atMeetingId: first.id })).toMatchObject({ code: 'invalid_input' });
    const atNext = await call<LiveMeeting>('approveMinutes', { meetingId: first.id, atMeetingId: next.id });
    expect(atNext.previousMinutes).toEqual({ meetingId: first.id, date: '2024-10-29', status: 'approved' });
    expect(await refused('saveMinutes', { agendaItemId: item.id, text: 'Rewritten' })).toEqual({
      code: 'conflict',
      message: 'These minutes are approved and locked; record a correction instead.',
    });
    expect(await refused('recordDecision', { meetingId: first.id, agendaItemId: null, text: 'Late decision' })).toMatchObject({ code: 'conflict' });
    const corrected = await call<LiveMeeting>('recordMinutesCorrection', { meetingId: first.id, agendaItemId: item.id, correction: 'Member Two was present.', reason: 'Raised at the next meeting', atMeetingId: next.id });
    expect(corrected.plan.meeting.id).toBe(next.id);
    const firstLive = await call<LiveMeeting>('getLiveMeeting', { meetingId: first.id });
    expect(firstLive.minutes).toMatchObject({ status: 'approved', entries: [{ text: 'Apologies from Member Two.' }], corrections: [{ correction: 'Member Two was present.', recordedBy: 'Board secretary' }] });
    expect(firstLive.minutesEditable).toBe(false);
    expect(firstLive.plan.meeting.status).toBe('minutes_approved');
    session.close();
  });
});
