import type { AreaOfConcern, AreaStatus, Board, NewBoard } from '../../shared/model/board';
import type { Db } from '../open';

interface BoardRow {
  id: number;
  name: string;
  created_at: string;
  meeting_count: number;
  next_meeting_date: string | null;
}

interface AreaRow {
  id: number;
  board_id: number;
  position: number;
  title: string;
  status: AreaStatus;
}

const toBoard = (row: BoardRow): Board => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  meetingCount: row.meeting_count,
  nextMeetingDate: row.next_meeting_date,
});

const toArea = (row: AreaRow): AreaOfConcern => ({
  id: row.id,
  boardId: row.board_id,
  position: row.position,
  title: row.title,
  status: row.status,
});

/** Boards and their areas of concern. Statements are prepared once per connection. */
export function boardsRepository(db: Db) {
  const selectBoards = `
    SELECT b.id, b.name, b.created_at,
           (SELECT count(*) FROM meetings m WHERE m.board_id = b.id) AS meeting_count,
           (SELECT min(m.date) FROM meetings m WHERE m.board_id = b.id AND m.date >= @today) AS next_meeting_date
      FROM boards b`;
  const list = db.prepare<{ today: string }, BoardRow>(`${selectBoards} ORDER BY b.name COLLATE NOCASE`);
  const byId = db.prepare<{ today: string; id: number }, BoardRow>(`${selectBoards} WHERE b.id = @id`);
  const byName = db.prepare<[string], { id: number }>('SELECT id FROM boards WHERE name = ? COLLATE NOCASE');
  const insert = db.prepare<[string], { id: number }>('INSERT INTO boards (name) VALUES (?) RETURNING id');
  const areas = db.prepare<[number], AreaRow>(
    'SELECT id, board_id, position, title, status FROM areas_of_concern WHERE board_id = ? ORDER BY position',
  );
  const insertArea = db.prepare<[number, number, string, AreaStatus], { id: number }>(
    'INSERT INTO areas_of_concern (board_id, position, title, status) VALUES (?, ?, ?, ?) RETURNING id',
  );

  return {
    list: (today: string): Board[] => list.all({ today }).map(toBoard),
    find: (id: number, today: string): Board | undefined => {
      const row = byId.get({ id, today });
      return row && toBoard(row);
    },
    nameTaken: (name: string): boolean => byName.get(name) !== undefined,
    create: (board: NewBoard): number => insert.get(board.name)!.id,
    areas: (boardId: number): AreaOfConcern[] => areas.all(boardId).map(toArea),
    /** Adds areas after the last one, in the order given, in one transaction. */
    addAreas: db.transaction((boardId: number, titles: readonly string[], status: AreaStatus = 'active') => {
      const start = areas.all(boardId).length;
      titles.forEach((title, index) => insertArea.run(boardId, start + index + 1, title, status));
    }),
  };
}

export type BoardsRepository = ReturnType<typeof boardsRepository>;
