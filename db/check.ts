import { statSync } from 'node:fs';
import type { Db } from './open';
import { SCHEMA_VERSION } from './migrations';

// What `check` counts, by the words it prints.
const COUNTED: Record<string, string> = {
  boards: 'boards',
  'areas of concern': 'areas_of_concern',
  people: 'people',
  meetings: 'meetings',
  'agenda items': 'agenda_items',
  papers: 'papers',
  decisions: 'decisions',
  actions: 'actions',
  risks: 'risks',
  metrics: 'metrics',
  'audit entries': 'audit_log',
};

export interface HealthReport {
  readonly path: string;
  readonly sizeBytes: number;
  readonly schemaVersion: number;
  readonly appSchemaVersion: number;
  readonly journalMode: string;
  /** 'ok', or the problems integrity_check found. */
  readonly integrity: readonly string[];
  readonly foreignKeyProblems: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly healthy: boolean;
}

/** What `quorate check` reports: SQLite's own integrity and foreign-key checks, and counts. */
export function checkHealth(db: Db, path: string): HealthReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  return {
    path,
    sizeBytes: statSync(path).size,
    schemaVersion,
    appSchemaVersion: SCHEMA_VERSION,
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    integrity,
    foreignKeyProblems,
    counts: Object.fromEntries(Object.entries(COUNTED).map(([label, table]) => [label, count(table)])),
    healthy: integrity.length === 1 && integrity[0] === 'ok' && foreignKeyProblems === 0,
  };
}
