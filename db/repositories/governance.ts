import type { Db } from '../open';

/** The board's own governance measures, counted in SQL (the dashboard asks for them each time). */
export function governanceRepository(db: Db) {
  const held = `m.board_id = @boardId AND m.date <= @end AND m.status IN ('held', 'minutes_approved')`;
  const meetings = db.prepare<{ boardId: number; end: string; period: string }, { held: number; inPeriod: number }>(
    `SELECT count(*) AS held, coalesce(sum(substr(m.date, 1, 7) = @period), 0) AS inPeriod FROM meetings m WHERE ${held}`,
  );
  const decisions = db.prepare<{ boardId: number; end: string; period: string }, { toDate: number; inPeriod: number }>(
    `SELECT count(d.id) AS toDate, coalesce(sum(substr(m.date, 1, 7) = @period), 0) AS inPeriod
       FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE ${held}`,
  );
  const actions = db.prepare<{ boardId: number; end: string }, { due: number; onTime: number }>(
    `SELECT count(*) AS due, coalesce(sum(completed_on IS NOT NULL AND completed_on <= due_date), 0) AS onTime
       FROM actions WHERE board_id = @boardId AND due_date <= @end`,
  );
  const attendance = db.prepare<{ boardId: number; end: string }, { name: string; organisation: string; present: number; of: number }>(
    `SELECT p.name, p.organisation, sum(a.status = 'present') AS present, count(*) AS of
       FROM attendance a JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id
       JOIN memberships ms ON ms.person_id = p.id AND ms.board_id = m.board_id AND ms.left_on IS NULL
      WHERE ${held} GROUP BY p.id ORDER BY p.name`,
  );
  return {
    measures(boardId: number, period: string) {
      const end = `${period}-31`;
      return {
        meetings: meetings.get({ boardId, end, period })!,
        decisions: decisions.get({ boardId, end, period })!,
        actions: actions.get({ boardId, end })!,
        attendance: attendance.all({ boardId, end }),
      };
    },
  };
}
