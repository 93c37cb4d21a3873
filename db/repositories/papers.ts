import { createHash } from 'node:crypto';
import type { Paper, PaperMediaType } from '../../shared/model/agenda';
import type { Db } from '../open';
import type { AuditTrail } from './audit';

export interface NewPaper {
  readonly title: string;
  readonly author: string;
  readonly fileName: string;
  readonly mediaType: PaperMediaType;
  readonly content: Buffer;
  readonly pageCount: number | null;
}

const COLUMNS = `p.id, p.agenda_item_id AS agendaItemId, p.lineage_id AS lineageId, p.version, p.title, p.author,
  p.file_name AS fileName, p.media_type AS mediaType, p.sha256, f.byte_size AS byteSize, p.page_count AS pageCount,
  p.added_at AS addedAt`;

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/**
 * Papers and their files. A file is stored once, named by its SHA-256, however many
 * papers use it; replacing a paper adds a version and keeps the old one.
 */
export function papersRepository(db: Db, audit: AuditTrail) {
  const storeContent = db.prepare<[string, number, Buffer]>(
    'INSERT INTO file_contents (sha256, byte_size, content) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  );
  const insert = db.prepare<[number, number, number, string, string, string, string, string, number | null], { id: number }>(
    `INSERT INTO papers (agenda_item_id, lineage_id, version, title, author, file_name, media_type, sha256, page_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const setLineage = db.prepare<[number]>('UPDATE papers SET lineage_id = id WHERE id = ?');
  const byId = db.prepare<[number], Paper>(`SELECT ${COLUMNS} FROM papers p JOIN file_contents f ON f.sha256 = p.sha256 WHERE p.id = ?`);
  const currentForItem = db.prepare<[number], Paper>(
    `SELECT ${COLUMNS} FROM papers p JOIN file_contents f ON f.sha256 = p.sha256
      WHERE p.agenda_item_id = ? AND p.version = (SELECT max(version) FROM papers q WHERE q.lineage_id = p.lineage_id)
      ORDER BY p.lineage_id`,
  );
  const versions = db.prepare<[number], Paper>(
    `SELECT ${COLUMNS} FROM papers p JOIN file_contents f ON f.sha256 = p.sha256 WHERE p.lineage_id = ? ORDER BY p.version`,
  );
  const content = db.prepare<[string], { content: Buffer }>('SELECT content FROM file_contents WHERE sha256 = ?');
  const boardOfItem = db.prepare<[number], { boardId: number }>(
    'SELECT m.board_id AS boardId FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id WHERE ai.id = ?',
  );

  const store = (itemId: number, lineageId: number, version: number, paper: NewPaper): number => {
    const sha256 = sha256Of(paper.content);
    storeContent.run(sha256, paper.content.length, paper.content);
    return insert.get(itemId, lineageId, version, paper.title, paper.author, paper.fileName, paper.mediaType, sha256, paper.pageCount)!.id;
  };

  return {
    add: db.transaction((agendaItemId: number, paper: NewPaper): Paper => {
      const id = store(agendaItemId, 0, 1, paper);
      setLineage.run(id);
      return byId.get(id)!;
    }),
    /** A new version of a paper; the earlier versions stay. */
    replace: db.transaction((lineageId: number, paper: NewPaper, actor: string): Paper => {
      const earlier = versions.all(lineageId);
      const latest = earlier.at(-1);
      if (!latest) throw new Error(`No paper ${lineageId}`);
      const id = store(latest.agendaItemId, lineageId, latest.version + 1, paper);
      audit.record({
        actor,
        boardId: boardOfItem.get(latest.agendaItemId)?.boardId ?? null,
        entity: 'paper',
        entityId: lineageId,
        event: 'paper_replaced',
        summary: `“${latest.title}” replaced by version ${latest.version + 1} (${paper.fileName})`,
        details: { fromVersion: latest.version, toVersion: latest.version + 1, fromSha256: latest.sha256, toSha256: sha256Of(paper.content) },
      });
      return byId.get(id)!;
    }),
    paper: (id: number): Paper | undefined => byId.get(id),
    currentForItem: (agendaItemId: number): Paper[] => currentForItem.all(agendaItemId),
    versions: (lineageId: number): Paper[] => versions.all(lineageId),
    content: (sha256: string): Buffer | undefined => content.get(sha256)?.content,
  };
}
