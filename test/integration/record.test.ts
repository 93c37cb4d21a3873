import { sha256Of } from '../../db/repositories/papers';
import { useTempDir } from '../support/temp';
import { boardWithMeeting } from '../support/record';

const newPath = useTempDir();
const SECRETARY = 'Nadia Begum';
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);

describe('people, membership and statutory invitees', () => {
  test("a board's statutory invitee roles are kept in order and held by members", () => {
    const r = boardWithMeeting(newPath());
    const dfe = r.people.addStatutoryRole(r.boardId, 'DfE Adviser', 'Improvement Notice, paragraph 6');
    r.people.addStatutoryRole(r.boardId, 'NHS England Adviser', 'Improvement Notice, paragraph 6');
    const adviser = r.people.addPerson({ name: 'Helen Carter', organisation: 'Department for Education', email: 'helen@example.gov.uk' });
    r.people.addMembership({ boardId: r.boardId, personId: adviser, role: 'adviser', sector: 'government', statutoryRoleId: dfe });
    expect(r.people.statutoryRoles(r.boardId).map((s) => [s.position, s.title])).toEqual([[1, 'DfE Adviser'], [2, 'NHS England Adviser']]);
    expect(r.people.members(r.boardId)).toEqual([expect.objectContaining({ role: 'adviser', statutoryRoleId: dfe, person: expect.objectContaining({ name: 'Helen Carter' }) })]);
    // One current membership per person per board.
    expect(() => r.people.addMembership({ boardId: r.boardId, personId: adviser, role: 'member' })).toThrow(/UNIQUE/);
    r.db.close();
  });

  test('a quorum rule is stored in a form the app can apply, and a malformed one is refused', () => {
    const r = boardWithMeeting(newPath());
    const rule = { minimumMembers: 4, requirements: [{ description: 'the chair or vice-chair', atLeast: 1, anyOfRoles: ['chair', 'vice_chair'] as ('chair' | 'vice_chair')[] }] };
    r.boards.setTermsOfReference(r.boardId, { meetingFrequency: 'Monthly', quorumRuleText: 'Four members including the chair or vice-chair', quorumRule: rule });
    expect(r.boards.termsOfReference(r.boardId)).toEqual({ meetingFrequency: 'Monthly', quorumRuleText: 'Four members including the chair or vice-chair', quorumRule: rule });
    expect(() => r.boards.setTermsOfReference(r.boardId, { meetingFrequency: '', quorumRuleText: '', quorumRule: { minimumMembers: 0, requirements: [] } })).toThrow();
    r.db.close();
  });
});

describe('the agenda', () => {
  test('items are numbered 1, 2, 3 as they are added', () => {
    const r = boardWithMeeting(newPath());
    expect(r.agenda.items(r.meetingId).map((i) => i.number)).toEqual(['1', '2']);
    r.db.close();
  });

  test('moving an item renumbers the whole agenda in one go', () => {
    const r = boardWithMeeting(newPath());
    const [third] = r.agenda.append(r.meetingId, [r.item('Any other business')]);
    r.agenda.move(third!, 1);
    expect(r.agenda.items(r.meetingId).map((i) => `${i.number}. ${i.title}`)).toEqual([
      '1. Any other business',
      '2. EHC assessment recovery plan',
      '3. Joint commissioning strategy',
    ]);
    r.db.close();
  });

  test('a confidential (Part II) item must give its reason', () => {
    const r = boardWithMeeting(newPath());
    expect(() => r.agenda.append(r.meetingId, [{ ...r.item('Placement costs'), confidential: true }])).toThrow(/CHECK constraint failed/);
    expect(r.agenda.items(r.meetingId)).toHaveLength(2); // nothing half-added
    r.db.close();
  });
});

describe('papers', () => {
  test('the file is kept inside the database once, by SHA-256, however many papers use it', () => {
    const r = boardWithMeeting(newPath());
    const content = pdf('EHC recovery plan');
    const a = r.papers.add(r.firstItemId, { title: 'Recovery plan', author: 'Elaine Marsh', fileName: 'plan.pdf', mediaType: 'application/pdf', content, pageCount: 3 });
    r.papers.add(r.secondItemId, { title: 'Same file again', author: '', fileName: 'copy.pdf', mediaType: 'application/pdf', content, pageCount: 3 });
    expect(a.sha256).toBe(sha256Of(content));
    expect(r.db.prepare('SELECT count(*) FROM file_contents').pluck().get()).toBe(1);
    expect(r.papers.content(a.sha256)!.equals(content)).toBe(true);
    r.db.close();
  });

  test('replacing a paper keeps the old version and records who replaced it', () => {
    const r = boardWithMeeting(newPath());
    const first = r.papers.add(r.firstItemId, { title: 'Recovery plan', author: 'EM', fileName: 'plan-v1.pdf', mediaType: 'application/pdf', content: pdf('v1'), pageCount: 1 });
    const second = r.papers.replace(first.lineageId, { title: 'Recovery plan', author: 'EM', fileName: 'plan-v2.pdf', mediaType: 'application/pdf', content: pdf('v2'), pageCount: 2 }, SECRETARY);
    expect(second.version).toBe(2);
    expect(r.papers.currentForItem(r.firstItemId).map((p) => p.fileName)).toEqual(['plan-v2.pdf']);
    expect(r.papers.versions(first.lineageId).map((p) => p.fileName)).toEqual(['plan-v1.pdf', 'plan-v2.pdf']);
    expect(r.audit.forEntity('paper', first.lineageId)).toEqual([
      expect.objectContaining({ actor: SECRETARY, event: 'paper_replaced', summary: '“Recovery plan” replaced by version 2 (plan-v2.pdf)' }),
    ]);
    r.db.close();
  });
});

describe('minutes', () => {
  test('approved minutes are locked: no edit gets through, not even straight SQL', () => {
    const r = boardWithMeeting(newPath());
    r.minutes.writeEntry(r.firstItemId, 'The board approved the recovery plan.');
    r.minutes.circulate(r.meetingId, SECRETARY);
    r.minutes.approve(r.meetingId, r.nextMeetingId, SECRETARY);
    expect(() => r.minutes.writeEntry(r.firstItemId, 'Rewritten history')).toThrow('These minutes are approved and locked; record a correction instead.');
    expect(() => r.db.prepare("UPDATE minute_entries SET text = 'x'").run()).toThrow(/approved and locked/);
    expect(() => r.db.prepare('DELETE FROM minute_entries').run()).toThrow(/approved and locked/);
    expect(() => r.db.prepare("UPDATE minutes SET status = 'draft'").run()).toThrow(/approved and locked/);
    expect(r.minutes.forMeeting(r.meetingId)).toMatchObject({ status: 'approved', approvedAtMeetingId: r.nextMeetingId, entries: [{ text: 'The board approved the recovery plan.' }] });
    r.db.close();
  });

  test('a correction to approved minutes is recorded as such, with who and when, and audited', () => {
    const r = boardWithMeeting(newPath());
    r.minutes.writeEntry(r.firstItemId, 'Apologies from Cllr Pritchard.');
    r.minutes.approve(r.meetingId, r.nextMeetingId, SECRETARY);
    r.minutes.recordCorrection(r.meetingId, { agendaItemId: r.firstItemId, correction: 'Cllr Pritchard was present.', reason: 'Raised by the member', agreedAtMeetingId: r.nextMeetingId }, SECRETARY);
    const minutes = r.minutes.forMeeting(r.meetingId)!;
    expect(minutes.entries[0]!.text).toBe('Apologies from Cllr Pritchard.'); // the approved text stands
    expect(minutes.corrections).toEqual([expect.objectContaining({ correction: 'Cllr Pritchard was present.', recordedBy: SECRETARY })]);
    expect(r.audit.forEntity('minutes', minutes.id).map((e) => e.event)).toEqual(['minutes_approved', 'minutes_corrected']);
    r.db.close();
  });

  test('minutes cannot be circulated twice', () => {
    const r = boardWithMeeting(newPath());
    r.minutes.circulate(r.meetingId, SECRETARY);
    expect(() => r.minutes.circulate(r.meetingId, SECRETARY)).toThrow(/are circulated, not draft/);
    r.db.close();
  });
});

describe('decisions and actions', () => {
  test("decisions take the board's next running number", () => {
    const r = boardWithMeeting(newPath());
    const first = r.decisions.record({ meetingId: r.meetingId, agendaItemId: r.firstItemId, text: 'Approved the recovery plan.' }, SECRETARY);
    const second = r.decisions.record({ meetingId: r.nextMeetingId, agendaItemId: null, text: 'Agreed the strategy.' }, SECRETARY);
    expect([first.reference, second.reference]).toEqual(['D001', 'D002']);
    expect(r.audit.forEntity('decision', first.id)[0]).toMatchObject({ event: 'decision_recorded', actor: SECRETARY });
    r.db.close();
  });

  test('an action without an owner or a due date cannot be stored', () => {
    const r = boardWithMeeting(newPath());
    expect(() => r.db.prepare("INSERT INTO actions (board_id, number, reference, title, due_date) VALUES (1, 1, 'A001', 'x', '2024-12-01')").run()).toThrow(/NOT NULL constraint failed: actions.owner_person_id/);
    expect(() => r.db.prepare("INSERT INTO actions (board_id, number, reference, title, owner_person_id) VALUES (1, 1, 'A001', 'x', 1)").run()).toThrow(/NOT NULL constraint failed: actions.due_date/);
    expect(() => r.actions.create({ boardId: r.boardId, title: 'x', ownerPersonId: 999, dueDate: '2024-12-01' }, SECRETARY)).toThrow(/FOREIGN KEY/);
    r.db.close();
  });

  test('progress updates and due-date changes are kept as history, and status and date changes are audited', () => {
    const r = boardWithMeeting(newPath());
    const action = r.actions.create({ boardId: r.boardId, title: 'Report 20-week compliance', ownerPersonId: r.ownerId, dueDate: '2024-11-26', areaId: r.areaId, sourceMeetingId: r.meetingId }, SECRETARY);
    expect(action).toMatchObject({ reference: 'A001', ownerName: 'Elaine Marsh', status: 'open' });
    r.actions.addUpdate({ actionId: action.id, updateDate: '2024-11-05', note: 'Data requested', status: 'in_progress', meetingId: null }, SECRETARY);
    r.actions.changeDueDate({ actionId: action.id, toDate: '2024-12-17', reason: 'Data not available until December', meetingId: r.nextMeetingId }, SECRETARY);
    r.actions.addUpdate({ actionId: action.id, updateDate: '2024-12-10', note: 'Reported', status: 'complete', meetingId: null }, SECRETARY);
    expect(r.actions.action(action.id)).toMatchObject({ status: 'complete', dueDate: '2024-12-17', completedOn: '2024-12-10' });
    expect(r.actions.updates(action.id).map((u) => u.status)).toEqual(['in_progress', 'complete']);
    expect(r.actions.dueDateChanges(action.id)).toEqual([expect.objectContaining({ fromDate: '2024-11-26', toDate: '2024-12-17', reason: 'Data not available until December', changedBy: SECRETARY })]);
    expect(r.audit.forEntity('action', action.id).map((e) => e.event)).toEqual(['action_created', 'action_status_changed', 'action_due_date_changed', 'action_status_changed']);
    expect(() => r.actions.changeDueDate({ actionId: action.id, toDate: '2025-01-31', reason: ' ', meetingId: null }, SECRETARY)).toThrow(/CHECK constraint failed/);
    r.db.close();
  });

  test('the action log filters by status, owner, organisation, area, due window and overdue', () => {
    const r = boardWithMeeting(newPath());
    const other = r.people.addPerson({ name: 'Fiona Kerr', organisation: 'NHS Cheshire and Merseyside ICB' });
    const a1 = r.actions.create({ boardId: r.boardId, title: 'One', ownerPersonId: r.ownerId, dueDate: '2024-11-01', areaId: r.areaId }, SECRETARY);
    r.actions.create({ boardId: r.boardId, title: 'Two', ownerPersonId: other, dueDate: '2024-12-01' }, SECRETARY);
    const a3 = r.actions.create({ boardId: r.boardId, title: 'Three', ownerPersonId: other, dueDate: '2024-10-01' }, SECRETARY);
    r.actions.addUpdate({ actionId: a3.id, updateDate: '2024-09-30', note: '', status: 'complete', meetingId: null }, SECRETARY);
    const titles = (f: Parameters<typeof r.actions.log>[0]) => r.actions.log(f).map((a) => a.title);
    expect(titles({ boardId: r.boardId })).toEqual(['Three', 'One', 'Two']);
    expect(titles({ boardId: r.boardId, statuses: ['open', 'in_progress'] })).toEqual(['One', 'Two']);
    expect(titles({ boardId: r.boardId, organisation: 'NHS Cheshire and Merseyside ICB' })).toEqual(['Three', 'Two']);
    expect(titles({ boardId: r.boardId, ownerPersonId: r.ownerId })).toEqual(['One']);
    expect(titles({ boardId: r.boardId, areaId: r.areaId })).toEqual(['One']);
    expect(titles({ boardId: r.boardId, dueFrom: '2024-10-15', dueTo: '2024-11-30' })).toEqual(['One']);
    expect(titles({ boardId: r.boardId, overdueOn: '2024-11-24' })).toEqual(['One']);
    expect(a1.reference).toBe('A001');
    r.db.close();
  });
});

describe('risks, invitations and attendance', () => {
  test('a risk review sets the current score and is kept per meeting', () => {
    const r = boardWithMeeting(newPath());
    const risk = r.risks.add({ boardId: r.boardId, title: 'EP capacity', description: '', ownerPersonId: r.ownerId, likelihood: 4, impact: 5, targetLikelihood: 2, targetImpact: 4, mitigations: 'Locums', areaId: r.areaId });
    r.risks.review({ riskId: risk.id, meetingId: r.meetingId, reviewedOn: '2024-10-29', likelihood: 3, impact: 5, note: 'Locums in post' }, SECRETARY);
    expect(r.risks.risk(risk.id)).toMatchObject({ reference: 'R01', likelihood: 3, impact: 5 });
    expect(r.risks.reviews(risk.id)).toEqual([expect.objectContaining({ meetingId: r.meetingId, likelihood: 3, reviewedBy: SECRETARY })]);
    expect(() => r.risks.review({ riskId: risk.id, meetingId: null, reviewedOn: '2024-11-01', likelihood: 6, impact: 1, note: '' }, SECRETARY)).toThrow(/CHECK/);
    r.db.close();
  });

  test('an invitation is recorded against the person and audited', () => {
    const r = boardWithMeeting(newPath());
    r.invitations.record({ meetingId: r.meetingId, personId: r.ownerId, method: 'email_and_calendar', sentAt: '2024-10-08T09:00:00.000Z' }, SECRETARY);
    expect(r.invitations.forMeeting(r.meetingId)).toEqual([expect.objectContaining({ personId: r.ownerId, method: 'email_and_calendar', response: 'none' })]);
    expect(r.audit.forBoard(r.boardId)[0]).toMatchObject({ event: 'invitation_recorded', summary: expect.stringMatching(/Elaine Marsh for the meeting on 2024-10-29/) });
    r.db.close();
  });

  test('attendance records deputies, late arrivals and early leavers', () => {
    const r = boardWithMeeting(newPath());
    const deputy = r.people.addPerson({ name: 'Tom Hughes' });
    r.attendance.setMany([
      { meetingId: r.meetingId, personId: r.ownerId, status: 'apologies', deputyForPersonId: null, arrivedLate: false, leftEarly: false },
      { meetingId: r.meetingId, personId: deputy, status: 'present', deputyForPersonId: r.ownerId, arrivedLate: true, leftEarly: false },
    ]);
    expect(r.attendance.forMeeting(r.meetingId)).toEqual([
      { meetingId: r.meetingId, personId: r.ownerId, status: 'apologies', deputyForPersonId: null, arrivedLate: false, leftEarly: false },
      { meetingId: r.meetingId, personId: deputy, status: 'present', deputyForPersonId: r.ownerId, arrivedLate: true, leftEarly: false },
    ]);
    r.db.close();
  });
});

describe('metrics', () => {
  test('blank, N/A and TBC are kept as written and never read as zero; interim targets keep their form', () => {
    const r = boardWithMeeting(newPath());
    const id = r.metrics.add({ areaId: r.areaId, name: 'EHC 20-week compliance', unit: 'percentage', targetText: '75%' });
    r.metrics.setValues(id, [
      { period: '2024-04', kind: 'actual', text: '' },
      { period: '2024-05', kind: 'actual', text: 'N/A' },
      { period: '2024-06', kind: 'actual', text: 'TBC' },
      { period: '2024-07', kind: 'actual', text: '0%' },
      { period: '2024-07', kind: 'interim_target', text: '>6', sourceColumn: '07/24' },
      { period: '2024-10', kind: 'interim_target', text: 'Higher' },
    ]);
    expect(r.metrics.forArea(r.areaId)).toEqual([expect.objectContaining({ targetText: '75%', targetKind: 'at_least', targetValue: 75 })]);
    const read = Object.fromEntries(r.metrics.values(id).map((v) => [`${v.period} ${v.kind}`, [v.valueText, v.valueState, v.valueNumber, v.targetKind]]));
    expect(read).toEqual({
      '2024-04 actual': ['', 'blank', null, null],
      '2024-05 actual': ['N/A', 'not_applicable', null, null],
      '2024-06 actual': ['TBC', 'to_be_confirmed', null, null],
      '2024-07 actual': ['0%', 'number', 0, null],
      '2024-07 interim_target': ['>6', 'target', 6, 'more_than'],
      '2024-10 interim_target': ['Higher', 'target', null, 'higher'],
    });
    r.db.close();
  });
});

describe('the audit trail', () => {
  test('cannot be edited or deleted', () => {
    const r = boardWithMeeting(newPath());
    r.decisions.record({ meetingId: r.meetingId, agendaItemId: null, text: 'Agreed.' }, SECRETARY);
    expect(() => r.db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow('The audit log cannot be changed.');
    expect(() => r.db.prepare('DELETE FROM audit_log').run()).toThrow('The audit log cannot be changed.');
    expect(r.audit.forBoard(r.boardId)).toHaveLength(1);
    r.db.close();
  });

  test('a change that fails leaves no audit row behind (same transaction)', () => {
    const r = boardWithMeeting(newPath());
    expect(() => r.actions.create({ boardId: r.boardId, title: 'x', ownerPersonId: r.ownerId, dueDate: '31/12/2024' }, SECRETARY)).toThrow();
    expect(r.audit.forBoard(r.boardId)).toEqual([]);
    r.db.close();
  });
});
