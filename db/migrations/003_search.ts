import type { Migration } from './index';

// Full-text search over minutes, decisions, actions, risks and paper titles, kept in
// step by triggers so an edit is found at once. Each indexed row's rowid is
// (id × 8 + kind), so a trigger replaces exactly its own row without a scan.
export const SEARCH_KINDS = { minutes: 1, decision: 2, action: 3, risk: 4, paper: 5 } as const;

const k = SEARCH_KINDS;

/** SQL for the board a minute entry belongs to, and its item's title. */
const itemBoard = (itemId: string) =>
  `(SELECT m.board_id FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id WHERE ai.id = ${itemId})`;
const itemTitle = (itemId: string) => `(SELECT title FROM agenda_items WHERE id = ${itemId})`;

function keepInStep(table: string, kind: number, key: string, board: string, title: string, body: string): string {
  const row = (prefix: 'NEW' | 'OLD') => `${prefix}.${key} * 8 + ${kind}`;
  const insert = `INSERT INTO search_index (rowid, kind, ref_id, board_id, title, body)
      VALUES (${row('NEW')}, ${kind}, NEW.${key}, ${board}, ${title}, ${body});`;
  return `
    CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${insert} END;
    CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table} BEGIN
      DELETE FROM search_index WHERE rowid = ${row('OLD')};
      ${insert}
    END;
    CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
      DELETE FROM search_index WHERE rowid = ${row('OLD')};
    END;`;
}

export const search: Migration = {
  version: 3,
  name: 'full-text search',
  sql: `
    CREATE VIRTUAL TABLE search_index USING fts5 (
      kind UNINDEXED, ref_id UNINDEXED, board_id UNINDEXED, title, body,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    ${keepInStep('minute_entries', k.minutes, 'agenda_item_id', itemBoard('NEW.agenda_item_id'), itemTitle('NEW.agenda_item_id'), 'NEW.text')}
    ${keepInStep('decisions', k.decision, 'id', 'NEW.board_id', 'NEW.reference', 'NEW.text')}
    ${keepInStep('actions', k.action, 'id', 'NEW.board_id', "NEW.reference || ' ' || NEW.title", 'NEW.impact_note')}
    ${keepInStep('risks', k.risk, 'id', 'NEW.board_id', "NEW.reference || ' ' || NEW.title", "NEW.description || ' ' || NEW.mitigations")}
    ${keepInStep('papers', k.paper, 'id', itemBoard('NEW.agenda_item_id'), 'NEW.title', "NEW.author || ' ' || NEW.file_name")}

    -- A renamed agenda item renames its minutes in the index.
    CREATE TRIGGER agenda_items_search_title AFTER UPDATE OF title ON agenda_items BEGIN
      UPDATE search_index SET title = NEW.title WHERE rowid = NEW.id * 8 + ${k.minutes};
    END;
  `,
};
