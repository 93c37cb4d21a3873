import type { Attendance, AttendanceStatus } from '../../shared/model/meetingRecord';
import type { Db } from '../open';

type Row = Omit<Attendance, 'arrivedLate' | 'leftEarly'> & { arrivedLate: number; leftEarly: number };

/** Who attended a meeting, sent apologies, or was absent; deputies and late arrivals. */
export function attendanceRepository(db: Db) {
  const upsert = db.prepare<[number, number, AttendanceStatus, number | null, number, number]>(
    `INSERT INTO attendance (meeting_id, person_id, status, deputy_for_person_id, arrived_late, left_early)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status,
       deputy_for_person_id = excluded.deputy_for_person_id, arrived_late = excluded.arrived_late, left_early = excluded.left_early`,
  );
  const forMeeting = db.prepare<[number], Row>(
    `SELECT meeting_id AS meetingId, person_id AS personId, status, deputy_for_person_id AS deputyForPersonId,
            arrived_late AS arrivedLate, left_early AS leftEarly
       FROM attendance WHERE meeting_id = ? ORDER BY person_id`,
  );
  const clear = db.prepare<[number, number]>('DELETE FROM attendance WHERE meeting_id = ? AND person_id = ?');
  return {
    /** Unmarks a person (back to "not yet marked"). */
    clear: (meetingId: number, personId: number): void => void clear.run(meetingId, personId),
    set: (a: Attendance): void =>
      void upsert.run(a.meetingId, a.personId, a.status, a.deputyForPersonId, a.arrivedLate ? 1 : 0, a.leftEarly ? 1 : 0),
    setMany: db.transaction((rows: readonly Attendance[]) => {
      for (const a of rows) upsert.run(a.meetingId, a.personId, a.status, a.deputyForPersonId, a.arrivedLate ? 1 : 0, a.leftEarly ? 1 : 0);
    }),
    forMeeting: (meetingId: number): Attendance[] =>
      forMeeting.all(meetingId).map((r) => ({ ...r, arrivedLate: r.arrivedLate === 1, leftEarly: r.leftEarly === 1 })),
  };
}
