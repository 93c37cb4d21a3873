import { toFtsQuery } from '../../shared/search';
import { boardWithMeeting } from '../support/record';
import { useTempDir } from '../support/temp';

const newPath = useTempDir();
const SECRETARY = 'Nadia Begum';

describe('full-text search across the record', () => {
  test('finds minutes, decisions, actions, risks and paper titles, best match first, with snippets', () => {
    const r = boardWithMeeting(newPath());
    r.minutes.writeEntry(r.firstItemId, 'The board discussed educational psychology capacity and the backlog of assessments.');
    r.decisions.record({ meetingId: r.meetingId, agendaItemId: null, text: 'Approved additional educational psychology capacity.' }, SECRETARY);
    r.actions.create({ boardId: r.boardId, title: 'Recruit educational psychologists', ownerPersonId: r.ownerId, dueDate: '2024-12-01' }, SECRETARY);
    r.risks.add({ boardId: r.boardId, title: 'Educational psychology capacity', description: 'Too few psychologists', ownerPersonId: null, likelihood: 4, impact: 4, targetLikelihood: 2, targetImpact: 3, mitigations: '', areaId: null });
    r.papers.add(r.secondItemId, { title: 'Psychology workforce plan', author: '', fileName: 'plan.pdf', mediaType: 'application/pdf', content: Buffer.from('%PDF-1.4'), pageCount: 1 });

    const hits = r.search.search('psycholog');
    expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(['minutes', 'decision', 'action', 'risk', 'paper']));
    const minutes = hits.find((h) => h.kind === 'minutes')!;
    expect(minutes).toMatchObject({ refId: r.firstItemId, boardId: r.boardId, title: 'EHC assessment recovery plan' });
    expect(minutes.snippet).toMatch(/\[\[psychology\]\] capacity/);
    // Ranked: a match in the title outranks one in the body.
    expect(hits[0]!.kind).not.toBe('minutes');
    expect(hits.map((h) => h.rank)).toEqual([...hits.map((h) => h.rank)].sort((a, b) => a - b));
    r.db.close();
  });

  test('an edit is found at once, and the old words no longer are', () => {
    const r = boardWithMeeting(newPath());
    r.minutes.writeEntry(r.firstItemId, 'Draft text about transport.');
    expect(r.search.search('transport')).toHaveLength(1);
    r.minutes.writeEntry(r.firstItemId, 'Corrected text about respite care.');
    expect(r.search.search('transport')).toEqual([]);
    expect(r.search.search('respite')).toHaveLength(1);
    r.db.prepare("UPDATE agenda_items SET title = 'Short breaks' WHERE id = ?").run(r.firstItemId);
    expect(r.search.search('respite')[0]!.title).toBe('Short breaks');
    r.db.prepare('DELETE FROM agenda_items WHERE id = ?').run(r.firstItemId);
    expect(r.search.search('respite')).toEqual([]);
    r.db.close();
  });

  test('search can be limited to one board', () => {
    const r = boardWithMeeting(newPath());
    const other = r.boards.create({ name: 'Sub-group' });
    const otherMeeting = r.meetings.schedule({ boardId: other, title: 'Sub-group', date: '2024-11-01', startTime: '10:00', endTime: '11:00', place: '' });
    r.decisions.record({ meetingId: r.meetingId, agendaItemId: null, text: 'Agreed the dashboard.' }, SECRETARY);
    r.decisions.record({ meetingId: otherMeeting, agendaItemId: null, text: 'Agreed the dashboard too.' }, SECRETARY);
    expect(r.search.search('dashboard')).toHaveLength(2);
    expect(r.search.search('dashboard', { boardId: other }).map((h) => h.boardId)).toEqual([other]);
    r.db.close();
  });

  test('whatever is typed is searched as words, never as query syntax', () => {
    const r = boardWithMeeting(newPath());
    r.decisions.record({ meetingId: r.meetingId, agendaItemId: null, text: 'Agreed "NEAR" and OR AND NOT terms.' }, SECRETARY);
    for (const text of ['"', 'NEAR(', 'a OR', '*', 'title:x', '(((', "'; DROP TABLE decisions;--", '^near', '']) {
      expect(() => r.search.search(text)).not.toThrow();
    }
    expect(r.search.search('near(').map((h) => h.kind)).toEqual(['decision']);
    expect(toFtsQuery('  ')).toBeNull();
    expect(toFtsQuery('EHC "plans" (annual)')).toBe('"EHC" "plans" "annual"*');
    r.db.close();
  });
});
