import type { SearchHit } from '../../shared/model/audit';
import { toFtsQuery } from '../../shared/search';
import { SEARCH_KINDS } from '../migrations/003_search';
import type { Db } from '../open';

const KIND_NAMES = Object.fromEntries(Object.entries(SEARCH_KINDS).map(([name, code]) => [code, name])) as Record<number, SearchHit['kind']>;

// Title matches weigh four times body matches.
export const SEARCH_SQL = `SELECT kind, ref_id AS refId, board_id AS boardId, title,
    snippet(search_index, 4, '[[', ']]', '…', 16) AS snippet, bm25(search_index, 0, 0, 0, 4.0, 1.0) AS rank
  FROM search_index
 WHERE search_index MATCH @q AND (@boardId IS NULL OR board_id = @boardId)
 ORDER BY rank LIMIT @limit`;

/** Full-text search over the board's record, best match first, with highlighted snippets. */
export function searchRepository(db: Db) {
  const query = db.prepare<
    { q: string; boardId: number | null; limit: number },
    { kind: number; refId: number; boardId: number | null; title: string; snippet: string; rank: number }
  >(SEARCH_SQL);
  return {
    search(text: string, options: { boardId?: number; limit?: number } = {}): SearchHit[] {
      const q = toFtsQuery(text);
      if (!q) return [];
      return query.all({ q, boardId: options.boardId ?? null, limit: options.limit ?? 50 }).map((row) => ({ ...row, kind: KIND_NAMES[row.kind]! }));
    },
  };
}
