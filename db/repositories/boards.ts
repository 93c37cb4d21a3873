import { QuorumRuleSchema, type AreaOfConcern, type AreaStatus, type Board, type NewBoard, type Notice, type TermsOfReference } from '../../shared/model/board';
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
  business_as_usual_on: string | null;
  business_as_usual_meeting_id: number | null;
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
  businessAsUsualOn: row.business_as_usual_on,
  businessAsUsualMeetingId: row.business_as_usual_meeting_id,
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
    'SELECT id, board_id, position, title, status, business_as_usual_on, business_as_usual_meeting_id FROM areas_of_concern WHERE board_id = ? ORDER BY position',
  );
  const insertArea = db.prepare<[number, number, string, AreaStatus], { id: number }>(
    'INSERT INTO areas_of_concern (board_id, position, title, status) VALUES (?, ?, ?, ?) RETURNING id',
  );

  const setNotice = db.prepare<[string | null, string, string | null, number]>(
    'UPDATE boards SET notice_kind = ?, notice_issuer = ?, notice_date = ? WHERE id = ?',
  );
  const getNotice = db.prepare<[number], Notice>('SELECT notice_kind AS kind, notice_issuer AS issuer, notice_date AS date FROM boards WHERE id = ?');
  const setTerms = db.prepare<[string, string, string | null, number]>(
    'UPDATE boards SET meeting_frequency = ?, quorum_rule_text = ?, quorum_rule = ? WHERE id = ?',
  );
  const getTerms = db.prepare<[number], { meetingFrequency: string; quorumRuleText: string; quorumRule: string | null }>(
    'SELECT meeting_frequency AS meetingFrequency, quorum_rule_text AS quorumRuleText, quorum_rule AS quorumRule FROM boards WHERE id = ?',
  );
  const updateArea = db.prepare<[string, number | null, number]>('UPDATE areas_of_concern SET title = ?, lead_person_id = ? WHERE id = ?');
  const areaLeads = db.prepare<[number], { id: number; leadPersonId: number | null }>(
    'SELECT id, lead_person_id AS leadPersonId FROM areas_of_concern WHERE board_id = ?',
  );
  const setLeadDays = db.prepare<[number, number, number]>('UPDATE boards SET papers_due_working_days = ?, pack_due_working_days = ? WHERE id = ?');
  const leadDays = db.prepare<[number], { papersDueWorkingDays: number; packDueWorkingDays: number }>(
    'SELECT papers_due_working_days AS papersDueWorkingDays, pack_due_working_days AS packDueWorkingDays FROM boards WHERE id = ?',
  );
  const areaById = db.prepare<[number], AreaRow>('SELECT id, board_id, position, title, status, business_as_usual_on, business_as_usual_meeting_id FROM areas_of_concern WHERE id = ?');
  const setAreaLead = db.prepare<[number | null, number]>('UPDATE areas_of_concern SET lead_person_id = ? WHERE id = ?');
  const setAreaBau = db.prepare<[string | null, number | null, number]>(
    "UPDATE areas_of_concern SET status = 'business_as_usual', business_as_usual_on = ?, business_as_usual_meeting_id = ? WHERE id = ?",
  );

  return {
    area: (id: number): AreaOfConcern | undefined => {
      const row = areaById.get(id);
      return row && toArea(row);
    },
    updateArea: (areaId: number, title: string, leadPersonId: number | null): void => void updateArea.run(title, leadPersonId, areaId),
    areaLeads: (boardId: number): Map<number, number | null> => new Map(areaLeads.all(boardId).map((r) => [r.id, r.leadPersonId])),
    setDeadlineLeadDays: (boardId: number, papers: number, pack: number): void => void setLeadDays.run(papers, pack, boardId),
    deadlineLeadDays: (boardId: number) => leadDays.get(boardId)!,
    setNotice: (boardId: number, notice: Notice): void => void setNotice.run(notice.kind, notice.issuer, notice.date, boardId),
    notice: (boardId: number): Notice | undefined => getNotice.get(boardId),
    setTermsOfReference: (boardId: number, terms: TermsOfReference): void =>
      void setTerms.run(terms.meetingFrequency, terms.quorumRuleText, terms.quorumRule && JSON.stringify(QuorumRuleSchema.parse(terms.quorumRule)), boardId),
    termsOfReference: (boardId: number): TermsOfReference | undefined => {
      const row = getTerms.get(boardId);
      // The stored rule is parsed again on the way out: a hand-edited file cannot feed a bad rule to the app.
      return row && { ...row, quorumRule: row.quorumRule === null ? null : QuorumRuleSchema.parse(JSON.parse(row.quorumRule)) };
    },
    setAreaLead: (areaId: number, personId: number | null): void => void setAreaLead.run(personId, areaId),
    moveAreaToBusinessAsUsual: (areaId: number, on: string | null, meetingId: number | null): void => void setAreaBau.run(on, meetingId, areaId),
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
