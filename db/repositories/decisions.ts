import type { Decision } from '../../shared/model/meetingRecord';
import type { Db } from '../open';
import type { AuditTrail } from './audit';

/** The board's running reference for its n-th decision: D001, D002, … */
export const decisionReference = (n: number): string => `D${String(n).padStart(3, '0')}`;

const COLUMNS = 'id, board_id AS boardId, number, reference, meeting_id AS meetingId, agenda_item_id AS agendaItemId, text, recorded_at AS recordedAt';

export function decisionsRepository(db: Db, audit: AuditTrail) {
  const next = db.prepare<[number], { n: number }>('SELECT coalesce(max(number), 0) + 1 AS n FROM decisions WHERE board_id = ?');
  const meetingBoard = db.prepare<[number], { boardId: number; date: string }>('SELECT board_id AS boardId, date FROM meetings WHERE id = ?');
  const insert = db.prepare<[number, number, string, number, number | null, string], { id: number }>(
    'INSERT INTO decisions (board_id, number, reference, meeting_id, agenda_item_id, text) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const byId = db.prepare<[number], Decision>(`SELECT ${COLUMNS} FROM decisions WHERE id = ?`);
  const forMeeting = db.prepare<[number], Decision>(`SELECT ${COLUMNS} FROM decisions WHERE meeting_id = ? ORDER BY number`);

  const remove = db.prepare<[number]>('DELETE FROM decisions WHERE id = ?');

  return {
    decision: (id: number): Decision | undefined => byId.get(id),
    /** Takes back a decision recorded by mistake (undo in the meeting); the audit trail keeps both. */
    withdraw: db.transaction((id: number, actor: string): void => {
      const decision = byId.get(id);
      if (!decision) throw new Error(`No decision ${id}`);
      remove.run(id);
      audit.record({ actor, boardId: decision.boardId, entity: 'decision', entityId: id, event: 'decision_withdrawn', summary: `${decision.reference} withdrawn (recorded by mistake)`, details: { text: decision.text } });
    }),
    /** Records a decision with the board's next number, in one transaction with its audit row. */
    record: db.transaction((d: { meetingId: number; agendaItemId: number | null; text: string }, actor: string): Decision => {
      const meeting = meetingBoard.get(d.meetingId);
      if (!meeting) throw new Error(`No meeting ${d.meetingId}`);
      const number = next.get(meeting.boardId)!.n;
      const reference = decisionReference(number);
      const id = insert.get(meeting.boardId, number, reference, d.meetingId, d.agendaItemId, d.text)!.id;
      audit.record({ actor, boardId: meeting.boardId, entity: 'decision', entityId: id, event: 'decision_recorded', summary: `${reference} recorded at the meeting on ${meeting.date}`, details: { text: d.text } });
      return byId.get(id)!;
    }),
    forMeeting: (meetingId: number): Decision[] => forMeeting.all(meetingId),
  };
}
