import type { Migration } from './index';

// The first tables: boards, their areas of concern and their meetings.
// Dates and times are Europe/London wall-clock text ('YYYY-MM-DD', 'HH:MM'); the CHECKs
// keep a bad value out even if it bypasses the API's schemas.
export const boardsAndMeetings: Migration = {
  version: 1,
  name: 'boards, areas of concern and meetings',
  sql: `
    CREATE TABLE boards (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ) STRICT;
    CREATE UNIQUE INDEX boards_name_unique ON boards (name COLLATE NOCASE);

    CREATE TABLE areas_of_concern (
      id        INTEGER PRIMARY KEY,
      board_id  INTEGER NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
      position  INTEGER NOT NULL CHECK (position >= 1),
      title     TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 500),
      status    TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'business_as_usual')),
      UNIQUE (board_id, position)
    ) STRICT;

    CREATE TABLE meetings (
      id          INTEGER PRIMARY KEY,
      board_id    INTEGER NOT NULL REFERENCES boards (id) ON DELETE RESTRICT,
      title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
      date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      start_time  TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
      end_time    TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
      place       TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 500),
      status      TEXT NOT NULL DEFAULT 'planned'
                  CHECK (status IN ('planned', 'pack_circulated', 'held', 'minutes_approved')),
      created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      CHECK (end_time > start_time)
    ) STRICT;
    CREATE INDEX meetings_by_board_and_date ON meetings (board_id, date, start_time);
  `,
};
