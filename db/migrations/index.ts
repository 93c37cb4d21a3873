import { boardsAndMeetings } from './001_boards_and_meetings';
import { boardRecord } from './002_board_record';
import { search } from './003_search';
import { meetingPreparation } from './004_meeting_preparation';
import { impactEvidence } from './005_impact_evidence';

/** One step of the schema. `version` is the user_version the database has after it. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

// In order. Never edit a migration that has shipped: add the next one.
export const MIGRATIONS: readonly Migration[] = [boardsAndMeetings, boardRecord, search, meetingPreparation, impactEvidence];

export const SCHEMA_VERSION = MIGRATIONS.length;

for (const [index, migration] of MIGRATIONS.entries()) {
  if (migration.version !== index + 1) {
    throw new Error(`Migration "${migration.name}" is numbered ${migration.version} but stands at ${index + 1}`);
  }
}
