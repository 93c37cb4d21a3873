import type { Migration } from './index';

// What preparing a meeting needs beyond the record itself: how many working days before
// a meeting papers and the pack are due, agenda items that expect a paper, and removal
// of an item that can be undone (the item is hidden, not deleted, with its papers).
export const meetingPreparation: Migration = {
  version: 4,
  name: 'meeting preparation: deadlines in working days, expected papers, undoable removal',
  sql: `
    ALTER TABLE boards ADD COLUMN papers_due_working_days INTEGER NOT NULL DEFAULT 10 CHECK (papers_due_working_days BETWEEN 0 AND 60);
    ALTER TABLE boards ADD COLUMN pack_due_working_days INTEGER NOT NULL DEFAULT 5 CHECK (pack_due_working_days BETWEEN 0 AND 60);
    -- Each new issue of a meeting's calendar invitation bumps this, so calendars replace the event.
    ALTER TABLE meetings ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0 CHECK (calendar_sequence >= 0);
    ALTER TABLE agenda_items ADD COLUMN paper_expected INTEGER NOT NULL DEFAULT 0 CHECK (paper_expected IN (0, 1));
    ALTER TABLE agenda_items ADD COLUMN removed_at TEXT;
    DROP INDEX agenda_items_by_meeting;
    CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position) WHERE removed_at IS NULL;
  `,
};
