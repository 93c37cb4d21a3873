import type { Invitation, InvitationMethod, InvitationResponse } from '../../shared/model/meetingRecord';
import type { Db } from '../open';
import type { AuditTrail } from './audit';

const COLUMNS = 'id, meeting_id AS meetingId, person_id AS personId, method, produced_at AS producedAt, sent_at AS sentAt, response';

/** Invitations to meetings: the record that proves each statutory invitee was invited. */
export function invitationsRepository(db: Db, audit: AuditTrail) {
  const insert = db.prepare<[number, number, InvitationMethod, string | null, InvitationResponse], { id: number }>(
    'INSERT INTO invitations (meeting_id, person_id, method, sent_at, response) VALUES (?, ?, ?, ?, ?) RETURNING id',
  );
  const forMeeting = db.prepare<[number], Invitation>(`SELECT ${COLUMNS} FROM invitations WHERE meeting_id = ? ORDER BY person_id, id`);
  const context = db.prepare<[number, number], { boardId: number; date: string; name: string }>(
    `SELECT m.board_id AS boardId, m.date, p.name FROM meetings m, people p WHERE m.id = ? AND p.id = ?`,
  );

  const latestUnsent = db.prepare<[number, number], { id: number }>(
    'SELECT id FROM invitations WHERE meeting_id = ? AND person_id = ? AND sent_at IS NULL ORDER BY id DESC LIMIT 1',
  );
  const setSent = db.prepare<[string, number]>('UPDATE invitations SET sent_at = ? WHERE id = ?');

  return {
    /** Records that the latest produced invitation to each person was sent; returns how many were. */
    markSent: db.transaction((meetingId: number, personIds: readonly number[], at: string, actor: string): number => {
      let marked = 0;
      for (const personId of personIds) {
        const invitation = latestUnsent.get(meetingId, personId);
        if (!invitation) continue;
        setSent.run(at, invitation.id);
        const about = context.get(meetingId, personId);
        audit.record({
          actor, boardId: about?.boardId ?? null, entity: 'invitation', entityId: invitation.id, event: 'invitation_sent',
          summary: `Invitation to ${about?.name ?? 'a person'} for the meeting on ${about?.date ?? '?'} recorded as sent`,
          details: { meetingId, personId, sentAt: at },
        });
        marked += 1;
      }
      return marked;
    }),
    record: db.transaction(
      (
        invitation: { meetingId: number; personId: number; method: InvitationMethod; sentAt: string | null; response?: InvitationResponse },
        actor: string,
      ): number => {
        const id = insert.get(invitation.meetingId, invitation.personId, invitation.method, invitation.sentAt, invitation.response ?? 'none')!.id;
        const about = context.get(invitation.meetingId, invitation.personId);
        audit.record({
          actor,
          boardId: about?.boardId ?? null,
          entity: 'invitation',
          entityId: id,
          event: 'invitation_recorded',
          summary: `Invitation to ${about?.name ?? 'a person'} for the meeting on ${about?.date ?? '?'} recorded (${invitation.method.replace(/_/g, ' ')})`,
          details: { ...invitation },
        });
        return id;
      },
    ),
    forMeeting: (meetingId: number): Invitation[] => forMeeting.all(meetingId),
  };
}
