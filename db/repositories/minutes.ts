import type { Minutes, MinutesCorrection } from '../../shared/model/meetingRecord';
import type { Db } from '../open';
import type { AuditTrail } from './audit';

/**
 * Minutes of a meeting: draft → circulated → approved at a later meeting. Once approved
 * they are locked (triggers refuse any edit) and change only by a recorded correction.
 */
export function minutesRepository(db: Db, audit: AuditTrail) {
  const ensure = db.prepare<[number]>('INSERT INTO minutes (meeting_id) VALUES (?) ON CONFLICT (meeting_id) DO NOTHING');
  const head = db.prepare<[number], Omit<Minutes, 'entries' | 'corrections'> & { boardId: number; date: string }>(
    `SELECT mi.id, mi.meeting_id AS meetingId, mi.status, mi.circulated_at AS circulatedAt, mi.approved_at AS approvedAt,
            mi.approved_at_meeting_id AS approvedAtMeetingId, m.board_id AS boardId, m.date
       FROM minutes mi JOIN meetings m ON m.id = mi.meeting_id WHERE mi.meeting_id = ?`,
  );
  const entries = db.prepare<[number], Minutes['entries'][number]>(
    `SELECT e.agenda_item_id AS agendaItemId, e.text, e.updated_at AS updatedAt
       FROM minute_entries e JOIN agenda_items ai ON ai.id = e.agenda_item_id WHERE e.minutes_id = ? ORDER BY ai.position`,
  );
  const corrections = db.prepare<[number], MinutesCorrection>(
    `SELECT id, agenda_item_id AS agendaItemId, correction, reason, recorded_by AS recordedBy, recorded_at AS recordedAt,
            agreed_at_meeting_id AS agreedAtMeetingId FROM minute_corrections WHERE minutes_id = ? ORDER BY id`,
  );
  const writeEntry = db.prepare<[number, number, string]>(
    `INSERT INTO minute_entries (agenda_item_id, minutes_id, text) VALUES (?, ?, ?)
     ON CONFLICT (agenda_item_id) DO UPDATE SET text = excluded.text, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  const itemMeeting = db.prepare<[number], { meetingId: number }>('SELECT meeting_id AS meetingId FROM agenda_items WHERE id = ?');
  const circulate = db.prepare<[number]>(
    "UPDATE minutes SET status = 'circulated', circulated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'draft'",
  );
  const approve = db.prepare<[number, number]>(
    "UPDATE minutes SET status = 'approved', approved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), approved_at_meeting_id = ? WHERE id = ? AND status <> 'approved'",
  );
  const insertCorrection = db.prepare<[number, number | null, string, string, string, number | null], { id: number }>(
    `INSERT INTO minute_corrections (minutes_id, agenda_item_id, correction, reason, recorded_by, agreed_at_meeting_id)
     VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
  );

  const load = (meetingId: number): Minutes | undefined => {
    const row = head.get(meetingId);
    if (!row) return undefined;
    const { boardId: _board, date: _date, ...minutes } = row;
    return { ...minutes, entries: entries.all(row.id), corrections: corrections.all(row.id) };
  };
  const minutesOf = (meetingId: number) => {
    ensure.run(meetingId);
    return head.get(meetingId)!;
  };

  return {
    forMeeting: load,
    /** Makes sure the meeting has a (draft) set of minutes. */
    ensure: (meetingId: number): void => void ensure.run(meetingId),
    /** Saves the text minuted against one agenda item (refused once approved). */
    writeEntry: db.transaction((agendaItemId: number, text: string): void => {
      const item = itemMeeting.get(agendaItemId);
      if (!item) throw new Error(`No agenda item ${agendaItemId}`);
      writeEntry.run(agendaItemId, minutesOf(item.meetingId).id, text);
    }),
    circulate: db.transaction((meetingId: number, actor: string): void => {
      const m = minutesOf(meetingId);
      if (circulate.run(m.id).changes === 0) throw new Error(`The minutes of the meeting on ${m.date} are ${m.status}, not draft.`);
      audit.record({ actor, boardId: m.boardId, entity: 'minutes', entityId: m.id, event: 'minutes_circulated', summary: `Minutes of the meeting on ${m.date} circulated` });
    }),
    approve: db.transaction((meetingId: number, atMeetingId: number, actor: string): void => {
      const m = minutesOf(meetingId);
      if (approve.run(atMeetingId, m.id).changes === 0) throw new Error(`The minutes of the meeting on ${m.date} are already approved.`);
      audit.record({
        actor,
        boardId: m.boardId,
        entity: 'minutes',
        entityId: m.id,
        event: 'minutes_approved',
        summary: `Minutes of the meeting on ${m.date} approved as a true record`,
        details: { approvedAtMeetingId: atMeetingId },
      });
    }),
    recordCorrection: db.transaction(
      (meetingId: number, correction: { agendaItemId: number | null; correction: string; reason: string; agreedAtMeetingId: number | null }, actor: string): number => {
        const m = minutesOf(meetingId);
        const id = insertCorrection.get(m.id, correction.agendaItemId, correction.correction, correction.reason, actor, correction.agreedAtMeetingId)!.id;
        audit.record({
          actor,
          boardId: m.boardId,
          entity: 'minutes',
          entityId: m.id,
          event: 'minutes_corrected',
          summary: `Correction recorded to the minutes of the meeting on ${m.date}`,
          details: { correctionId: id, ...correction },
        });
        return id;
      },
    ),
  };
}
