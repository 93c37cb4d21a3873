import metricsFile from '../../assets/demo/wirral-metrics.json';
import { openDatabase } from '../../db/open';
import { addDemoBoard } from '../../electron/services/demo';
import { repositories } from '../support/record';
import { useTempDir } from '../support/temp';

// The demo board is the committee report's data, not a paraphrase of it.
const newPath = useTempDir();

function demo() {
  const r = repositories(openDatabase(newPath()));
  const summary = addDemoBoard(r.db);
  return { r, summary };
}

describe('the demo board from the Wirral documents', () => {
  test('has the notice, its three statutory invitees and the ten areas of concern, three of them business as usual', () => {
    const { r, summary } = demo();
    expect(r.boards.notice(summary.boardId)).toEqual({ kind: 'send', issuer: 'Department for Education', date: '2024-05-15' });
    expect(r.people.statutoryRoles(summary.boardId).map((s) => s.title)).toEqual(['DfE Adviser', 'NHS England Adviser', 'DfE case lead']);
    const holders = r.people.members(summary.boardId).filter((m) => m.statutoryRoleId !== null);
    expect(holders.map((m) => m.person.organisation).sort()).toEqual(['Department for Education', 'Department for Education', 'NHS England']);
    const areas = r.boards.areas(summary.boardId);
    expect(areas).toHaveLength(10);
    expect(areas.filter((a) => a.status === 'business_as_usual').map((a) => a.position)).toEqual([4, 8, 9]);
    r.db.close();
  });

  test('holds every metric row of the report table with every cell exactly as printed', () => {
    const { r, summary } = demo();
    const metrics = r.metrics.forBoard(summary.boardId);
    expect(metrics).toHaveLength(metricsFile.rows.length);
    // Rows come back in area order; match them to the file by source line.
    for (const row of metricsFile.rows) {
      const metric = metrics.find((m) => m.sourceNote.includes(`line ${row.line}`) && m.name === row.metric);
      expect(metric).toBeDefined();
      expect(metric!.targetText).toBe(row.target);
      const values = r.metrics.values(metric!.id);
      row.cells.forEach((text, i) => {
        const column = metricsFile.columns[i]!;
        const value = values.find((v) => v.period === column.period && v.kind === column.kind);
        expect({ line: row.line, column: i, text: value?.valueText, source: value?.sourceColumn }).toEqual({ line: row.line, column: i, text, source: column.header });
      });
    }
    r.db.close();
  });

  test('keeps the odd cells of the printed table as they are', () => {
    const { r, summary } = demo();
    const byName = (name: string) => r.metrics.forBoard(summary.boardId).filter((m) => m.name === name);
    const hits = byName('Number of Local Offer hits (monthly)')[0]!;
    expect(hits).toMatchObject({ targetText: '>3212', targetKind: 'more_than', targetValue: 3212 });
    const tribunals = byName('Number of tribunals lodged');
    expect(tribunals).toHaveLength(2); // printed twice; both kept
    expect(tribunals[1]!.sourceNote).toMatch(/printed twice/);
    const annualReview = byName('Annual Review 12-week compliance')[0]!;
    const april = r.metrics.values(annualReview.id).find((v) => v.period === '2024-04' && v.kind === 'actual')!;
    expect(april).toMatchObject({ valueText: '', valueState: 'blank', valueNumber: null });
    const health = byName('% of PCPW meeting requests met- health')[0]!;
    expect(r.metrics.values(health.id).find((v) => v.period === '2024-04')).toMatchObject({ valueText: 'TBC', valueState: 'to_be_confirmed' });
    const july = r.metrics.values(byName('Number of complaints due to communication')[0]!.id).filter((v) => v.period === '2024-07');
    expect(july).toEqual([
      expect.objectContaining({ kind: 'actual', valueText: '11', sourceColumn: '07/47', note: expect.stringMatching(/Printed as '07\/47'/) }),
      expect.objectContaining({ kind: 'interim_target', valueText: '<6', targetKind: 'less_than', valueNumber: 6 }),
    ]);
    r.db.close();
  });

  test("has eight monthly meetings with the report's number of decisions at each one held", () => {
    const { r, summary } = demo();
    const meetings = r.meetings.forBoard(summary.boardId);
    expect(meetings.map((m) => m.date)).toEqual(['2024-04-30', '2024-05-28', '2024-06-25', '2024-07-30', '2024-08-27', '2024-09-24', '2024-10-29', '2024-11-26']);
    // "Number of LASPB decisions made": 4, 3, 5, 5 (July), 3, 8, 6.
    expect(meetings.slice(0, 7).map((m) => r.decisions.forMeeting(m.id).length)).toEqual([4, 3, 5, 5, 3, 8, 6]);
    expect(meetings.map((m) => m.status)).toEqual([...Array(6).fill('minutes_approved'), 'held', 'pack_circulated']);
    for (const m of meetings) {
      // Every statutory invitee was invited to every meeting (notice, paragraph 6).
      const invited = new Set(r.invitations.forMeeting(m.id).map((i) => i.personId));
      for (const member of r.people.members(summary.boardId).filter((x) => x.statutoryRoleId !== null)) expect(invited.has(member.person.id)).toBe(true);
    }
    // Actions delivered within timescale: every completed action was completed by its due date.
    const done = r.actions.log({ boardId: summary.boardId, statuses: ['complete'] });
    expect(done.length).toBeGreaterThan(10);
    for (const a of done) expect(a.completedOn! <= a.dueDate).toBe(true);
    r.db.close();
  });

  test('is the same on every run (no randomness leaks in)', () => {
    const snapshot = () => {
      const { r, summary } = demo();
      const rows = r.db.prepare('SELECT person_id, status FROM attendance ORDER BY meeting_id, person_id').all();
      r.db.close();
      return { summary, rows };
    };
    expect(snapshot()).toEqual(snapshot());
  });
});
