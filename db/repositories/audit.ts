import type { AuditEntry } from '../../shared/model/audit';
import type { Db } from '../open';

/** An entry to record: the log itself supplies its id and time. */
export type AuditEvent = Omit<AuditEntry, 'id' | 'at' | 'details'> & { readonly details?: AuditEntry['details'] };

/**
 * The audit trail: who changed what that matters for governance, and when. Rows are
 * written inside the same transaction as the change they describe, and a trigger
 * refuses any later edit or deletion.
 */
export function auditTrail(db: Db) {
  const insert = db.prepare<[string, number | null, string, number | null, string, string, string]>(
    'INSERT INTO audit_log (actor, board_id, entity, entity_id, event, summary, details) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const forEntity = db.prepare<[string, number], AuditRow>(
    `SELECT ${COLUMNS} FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id`,
  );
  const forBoard = db.prepare<[number, number], AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE board_id = ? ORDER BY id DESC LIMIT ?`);

  return {
    record(event: AuditEvent): void {
      insert.run(event.actor, event.boardId, event.entity, event.entityId, event.event, event.summary, JSON.stringify(event.details ?? {}));
    },
    forEntity: (entity: string, id: number): AuditEntry[] => forEntity.all(entity, id).map(toEntry),
    forBoard: (boardId: number, limit = 200): AuditEntry[] => forBoard.all(boardId, limit).map(toEntry),
  };
}

export type AuditTrail = ReturnType<typeof auditTrail>;

const COLUMNS = 'id, at, actor, board_id AS boardId, entity, entity_id AS entityId, event, summary, details';
type AuditRow = Omit<AuditEntry, 'details'> & { details: string };
const toEntry = (row: AuditRow): AuditEntry => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> });
