import type { Meeting, MeetingStatus, NewMeeting } from '../../shared/model/meeting';
import type { Db } from '../open';

interface MeetingRow {
  id: number;
  board_id: number;
  title: string;
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  status: MeetingStatus;
}

const toMeeting = (row: MeetingRow): Meeting => ({
  id: row.id,
  boardId: row.board_id,
  title: row.title,
  date: row.date,
  startTime: row.start_time,
  endTime: row.end_time,
  place: row.place,
  status: row.status,
});

const COLUMNS = 'id, board_id, title, date, start_time, end_time, place, status';

/** Meetings of a board. */
export function meetingsRepository(db: Db) {
  const forBoard = db.prepare<[number], MeetingRow>(
    `SELECT ${COLUMNS} FROM meetings WHERE board_id = ? ORDER BY date, start_time, id`,
  );
  const byId = db.prepare<[number], MeetingRow>(`SELECT ${COLUMNS} FROM meetings WHERE id = ?`);
  const insert = db.prepare<
    { boardId: number; title: string; date: string; startTime: string; endTime: string; place: string; status: MeetingStatus },
    { id: number }
  >(
    `INSERT INTO meetings (board_id, title, date, start_time, end_time, place, status)
     VALUES (@boardId, @title, @date, @startTime, @endTime, @place, @status) RETURNING id`,
  );

  const sequenceNow = db.prepare<[number], { sequence: number }>('SELECT calendar_sequence AS sequence FROM meetings WHERE id = ?');
  const bumpSequence = db.prepare<[number], { sequence: number }>(
    'UPDATE meetings SET calendar_sequence = calendar_sequence + 1 WHERE id = ? RETURNING calendar_sequence AS sequence',
  );
  const deadlines = db.prepare<[number], { papersDeadline: string | null; packDeadline: string | null }>(
    'SELECT papers_deadline AS papersDeadline, pack_deadline AS packDeadline FROM meetings WHERE id = ?',
  );
  const setStatus = db.prepare<[MeetingStatus, number]>('UPDATE meetings SET status = ? WHERE id = ?');
  const setDeadlines = db.prepare<[string | null, string | null, number]>('UPDATE meetings SET papers_deadline = ?, pack_deadline = ? WHERE id = ?');

  return {
    forBoard: (boardId: number): Meeting[] => forBoard.all(boardId).map(toMeeting),
    find: (id: number): Meeting | undefined => {
      const row = byId.get(id);
      return row && toMeeting(row);
    },
    schedule: (meeting: NewMeeting, status: MeetingStatus = 'planned'): number => insert.get({ ...meeting, status })!.id,
    /** The next SEQUENCE for this meeting's calendar invitation (0 the first time). */
    nextCalendarSequence: (id: number): number => bumpSequence.get(id)!.sequence - 1,
    /** The SEQUENCE of the last invitation sent (0 if none): a pack email re-sends it unchanged. */
    lastCalendarSequence: (id: number): number => Math.max((sequenceNow.get(id)?.sequence ?? 1) - 1, 0),
    deadlines: (id: number) => deadlines.get(id) ?? { papersDeadline: null, packDeadline: null },
    setStatus: (id: number, status: MeetingStatus): void => void setStatus.run(status, id),
    setDeadlines: (id: number, papersDeadline: string | null, packDeadline: string | null): void =>
      void setDeadlines.run(papersDeadline, packDeadline, id),
  };
}

export type MeetingsRepository = ReturnType<typeof meetingsRepository>;
