import type { AgendaItem, NewAgendaItem } from '../../shared/model/agenda';
import type { Db } from '../open';

const COLUMNS = `id, meeting_id AS meetingId, position, number, title, presenter_person_id AS presenterPersonId, purpose,
  minutes_allowed AS minutesAllowed, confidential, confidential_reason AS confidentialReason, area_id AS areaId,
  standing_kind AS standingKind, paper_expected AS paperExpected`;

type ItemRow = Omit<AgendaItem, 'confidential' | 'paperExpected'> & { confidential: number; paperExpected: number };
const toItem = (row: ItemRow): AgendaItem => ({ ...row, confidential: row.confidential === 1, paperExpected: row.paperExpected === 1 });

/** What can be changed on an item once it is on the agenda. */
export type AgendaItemChanges = Pick<
  AgendaItem,
  'title' | 'presenterPersonId' | 'purpose' | 'minutesAllowed' | 'confidential' | 'confidentialReason' | 'areaId' | 'paperExpected'
>;

/** A meeting's agenda: items in order, numbered 1, 2, 3… as they stand. */
export function agendaRepository(db: Db) {
  const list = db.prepare<[number], ItemRow>(
    `SELECT ${COLUMNS} FROM agenda_items WHERE meeting_id = ? AND removed_at IS NULL ORDER BY position`,
  );
  const byId = db.prepare<[number], ItemRow>(`SELECT ${COLUMNS} FROM agenda_items WHERE id = ? AND removed_at IS NULL`);
  const removedById = db.prepare<[number], ItemRow & { removedAt: string }>(
    `SELECT ${COLUMNS}, removed_at AS removedAt FROM agenda_items WHERE id = ? AND removed_at IS NOT NULL`,
  );
  const update = db.prepare<Record<string, unknown>>(
    `UPDATE agenda_items SET title = @title, presenter_person_id = @presenterPersonId, purpose = @purpose,
       minutes_allowed = @minutesAllowed, confidential = @confidential, confidential_reason = @confidentialReason,
       area_id = @areaId, paper_expected = @paperExpected
     WHERE id = @id AND removed_at IS NULL`,
  );
  const setRemoved = db.prepare<[string | null, number]>('UPDATE agenda_items SET removed_at = ? WHERE id = ?');
  const insert = db.prepare<
    {
      meetingId: number; position: number; number: string; title: string; presenterPersonId: number | null; purpose: string;
      minutesAllowed: number; confidential: number; confidentialReason: string; areaId: number | null; standingKind: string;
      paperExpected: number;
    },
    { id: number }
  >(
    `INSERT INTO agenda_items (meeting_id, position, number, title, presenter_person_id, purpose, minutes_allowed,
                               confidential, confidential_reason, area_id, standing_kind, paper_expected)
     VALUES (@meetingId, @position, @number, @title, @presenterPersonId, @purpose, @minutesAllowed,
             @confidential, @confidentialReason, @areaId, @standingKind, @paperExpected) RETURNING id`,
  );
  const setPosition = db.prepare<[number, string, number]>('UPDATE agenda_items SET position = ?, number = ? WHERE id = ?');

  const renumber = (orderedIds: readonly number[]) => {
    orderedIds.forEach((id, index) => setPosition.run(index + 1, String(index + 1), id));
  };

  return {
    items: (meetingId: number): AgendaItem[] => list.all(meetingId).map(toItem),
    item: (id: number): AgendaItem | undefined => {
      const row = byId.get(id);
      return row && toItem(row);
    },
    /** Adds items at the end of the agenda, in one transaction. */
    append: db.transaction((meetingId: number, items: readonly NewAgendaItem[]): number[] => {
      let position = list.all(meetingId).length;
      return items.map((item) => {
        position += 1;
        return insert.get({
          meetingId,
          position,
          number: String(position),
          title: item.title,
          presenterPersonId: item.presenterPersonId,
          purpose: item.purpose,
          minutesAllowed: item.minutesAllowed,
          confidential: item.confidential ? 1 : 0,
          confidentialReason: item.confidentialReason,
          areaId: item.areaId,
          standingKind: item.standingKind,
          paperExpected: item.paperExpected ? 1 : 0,
        })!.id;
      });
    }),
    update: (itemId: number, changes: AgendaItemChanges): boolean =>
      update.run({ ...changes, id: itemId, confidential: changes.confidential ? 1 : 0, paperExpected: changes.paperExpected ? 1 : 0 }).changes === 1,
    /** Takes an item off the agenda; its papers and minutes stay, so `restore` can undo it. */
    remove: db.transaction((itemId: number, at: string): AgendaItem => {
      const item = byId.get(itemId);
      if (!item) throw new Error(`No agenda item ${itemId}`);
      setRemoved.run(at, itemId);
      renumber(list.all(item.meetingId).map((row) => row.id));
      return toItem(item);
    }),
    /** Puts a removed item back where it was. */
    restore: db.transaction((itemId: number): AgendaItem => {
      const item = removedById.get(itemId);
      if (!item) throw new Error(`Agenda item ${itemId} is not removed`);
      setRemoved.run(null, itemId);
      const ids = list.all(item.meetingId).map((row) => row.id).filter((id) => id !== itemId);
      ids.splice(Math.min(ids.length, item.position - 1), 0, itemId);
      renumber(ids);
      return toItem(byId.get(itemId)!);
    }),
    /** Moves an item to a new place (1-based) and renumbers the whole agenda. */
    move: db.transaction((itemId: number, toPosition: number): void => {
      const item = byId.get(itemId);
      if (!item) throw new Error(`No agenda item ${itemId}`);
      const ids = list.all(item.meetingId).map((row) => row.id).filter((id) => id !== itemId);
      const index = Math.max(0, Math.min(ids.length, toPosition - 1));
      ids.splice(index, 0, itemId);
      renumber(ids);
    }),
  };
}

export type AgendaRepository = ReturnType<typeof agendaRepository>;
