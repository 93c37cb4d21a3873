import type { AgendaItem, NewAgendaItem } from '../../shared/model/agenda';
import type { Db } from '../open';

const COLUMNS = `id, meeting_id AS meetingId, position, number, title, presenter_person_id AS presenterPersonId, purpose,
  minutes_allowed AS minutesAllowed, confidential, confidential_reason AS confidentialReason, area_id AS areaId,
  standing_kind AS standingKind`;

type ItemRow = Omit<AgendaItem, 'confidential'> & { confidential: number };
const toItem = (row: ItemRow): AgendaItem => ({ ...row, confidential: row.confidential === 1 });

/** A meeting's agenda: items in order, numbered 1, 2, 3… as they stand. */
export function agendaRepository(db: Db) {
  const list = db.prepare<[number], ItemRow>(`SELECT ${COLUMNS} FROM agenda_items WHERE meeting_id = ? ORDER BY position`);
  const byId = db.prepare<[number], ItemRow>(`SELECT ${COLUMNS} FROM agenda_items WHERE id = ?`);
  const insert = db.prepare<
    {
      meetingId: number; position: number; title: string; presenterPersonId: number | null; purpose: string;
      minutesAllowed: number; confidential: number; confidentialReason: string; areaId: number | null; standingKind: string;
    },
    { id: number }
  >(
    `INSERT INTO agenda_items (meeting_id, position, number, title, presenter_person_id, purpose, minutes_allowed,
                               confidential, confidential_reason, area_id, standing_kind)
     VALUES (@meetingId, @position, CAST(@position AS TEXT), @title, @presenterPersonId, @purpose, @minutesAllowed,
             @confidential, @confidentialReason, @areaId, @standingKind) RETURNING id`,
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
          title: item.title,
          presenterPersonId: item.presenterPersonId,
          purpose: item.purpose,
          minutesAllowed: item.minutesAllowed,
          confidential: item.confidential ? 1 : 0,
          confidentialReason: item.confidentialReason,
          areaId: item.areaId,
          standingKind: item.standingKind,
        })!.id;
      });
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
