import type { Migration } from './index';

// The board's whole record: people and membership, the agenda and papers, invitations,
// attendance, minutes, decisions, actions, risks, the improvement plan's metrics, and
// the audit trail. Rules that protect the record (approved minutes are locked, the
// audit log is append-only) are triggers, so no code path can get round them.

const ISO_DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const ISO_INSTANT = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T*Z'`;
const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
const FLAG = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

export const boardRecord: Migration = {
  version: 2,
  name: 'the board record: people, agenda, papers, minutes, decisions, actions, risks, metrics, audit, search',
  sql: `
    -- What the board answers to, and its terms of reference.
    ALTER TABLE boards ADD COLUMN notice_kind TEXT CHECK (notice_kind IN ('send', 'childrens_services'));
    ALTER TABLE boards ADD COLUMN notice_issuer TEXT NOT NULL DEFAULT '';
    ALTER TABLE boards ADD COLUMN notice_date TEXT CHECK (notice_date IS NULL OR ${ISO_DATE('notice_date')});
    ALTER TABLE boards ADD COLUMN meeting_frequency TEXT NOT NULL DEFAULT '';
    ALTER TABLE boards ADD COLUMN quorum_rule_text TEXT NOT NULL DEFAULT '';
    -- The rule in a form the app can apply (JSON, validated by shared/), or NULL.
    ALTER TABLE boards ADD COLUMN quorum_rule TEXT CHECK (quorum_rule IS NULL OR json_valid(quorum_rule));
    ALTER TABLE boards ADD COLUMN parent_board_id INTEGER REFERENCES boards (id) ON DELETE SET NULL;

    CREATE TABLE people (
      id           INTEGER PRIMARY KEY,
      name         TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      job_title    TEXT NOT NULL DEFAULT '' CHECK (length(job_title) <= 300),
      organisation TEXT NOT NULL DEFAULT '' CHECK (length(organisation) <= 300),
      email        TEXT NOT NULL DEFAULT '' CHECK (email = '' OR email LIKE '%_@_%'),
      created_at   TEXT NOT NULL DEFAULT (${NOW})
    ) STRICT;

    -- Roles that must be invited to every meeting (Wirral 2024 notice, paragraph 6).
    CREATE TABLE statutory_roles (
      id        INTEGER PRIMARY KEY,
      board_id  INTEGER NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
      position  INTEGER NOT NULL CHECK (position >= 1),
      title     TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
      basis     TEXT NOT NULL DEFAULT '',
      UNIQUE (board_id, title)
    ) STRICT;

    CREATE TABLE memberships (
      id                INTEGER PRIMARY KEY,
      board_id          INTEGER NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
      person_id         INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
      role              TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'adviser', 'officer', 'observer')),
      sector            TEXT NOT NULL DEFAULT 'other'
                        CHECK (sector IN ('local_authority', 'health', 'education', 'social_care', 'parent_carers', 'government', 'other')),
      statutory_role_id INTEGER REFERENCES statutory_roles (id) ON DELETE SET NULL,
      deputy_person_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
      joined_on         TEXT CHECK (joined_on IS NULL OR ${ISO_DATE('joined_on')}),
      left_on           TEXT CHECK (left_on IS NULL OR ${ISO_DATE('left_on')}),
      CHECK (deputy_person_id IS NULL OR deputy_person_id <> person_id)
    ) STRICT;
    CREATE UNIQUE INDEX memberships_current ON memberships (board_id, person_id) WHERE left_on IS NULL;
    CREATE INDEX memberships_by_person ON memberships (person_id);

    ALTER TABLE areas_of_concern ADD COLUMN lead_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL;
    ALTER TABLE areas_of_concern ADD COLUMN business_as_usual_on TEXT CHECK (business_as_usual_on IS NULL OR ${ISO_DATE('business_as_usual_on')});
    ALTER TABLE areas_of_concern ADD COLUMN business_as_usual_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL;

    ALTER TABLE meetings ADD COLUMN online_link TEXT NOT NULL DEFAULT '' CHECK (online_link = '' OR online_link LIKE 'https://%');
    ALTER TABLE meetings ADD COLUMN papers_deadline TEXT CHECK (papers_deadline IS NULL OR ${ISO_DATE('papers_deadline')});
    ALTER TABLE meetings ADD COLUMN pack_deadline TEXT CHECK (pack_deadline IS NULL OR ${ISO_DATE('pack_deadline')});

    CREATE TABLE agenda_items (
      id                  INTEGER PRIMARY KEY,
      meeting_id          INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position            INTEGER NOT NULL CHECK (position >= 1),
      number              TEXT NOT NULL DEFAULT '',
      title               TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
      presenter_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
      purpose             TEXT NOT NULL DEFAULT 'discussion' CHECK (purpose IN ('decision', 'discussion', 'assurance', 'information')),
      minutes_allowed     INTEGER NOT NULL DEFAULT 10 CHECK (minutes_allowed BETWEEN 0 AND 600),
      ${FLAG('confidential')},
      confidential_reason TEXT NOT NULL DEFAULT '',
      area_id             INTEGER REFERENCES areas_of_concern (id) ON DELETE SET NULL,
      -- A standing item's kind ('apologies', 'minutes', 'action_log', …) or '' for an ordinary item.
      standing_kind       TEXT NOT NULL DEFAULT '',
      CHECK (confidential = 0 OR length(trim(confidential_reason)) > 0)
    ) STRICT;
    CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);

    -- Files kept inside the database, once each, named by their SHA-256.
    CREATE TABLE file_contents (
      sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      byte_size  INTEGER NOT NULL CHECK (byte_size > 0),
      content    BLOB NOT NULL,
      CHECK (length(content) = byte_size)
    ) STRICT;

    CREATE TABLE papers (
      id             INTEGER PRIMARY KEY,
      agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
      -- The first version's id: every version of one paper shares it.
      lineage_id     INTEGER NOT NULL,
      version        INTEGER NOT NULL CHECK (version >= 1),
      title          TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
      author         TEXT NOT NULL DEFAULT '',
      file_name      TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
      media_type     TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
      sha256         TEXT NOT NULL REFERENCES file_contents (sha256) ON DELETE RESTRICT,
      page_count     INTEGER CHECK (page_count IS NULL OR page_count >= 1),
      added_at       TEXT NOT NULL DEFAULT (${NOW}),
      UNIQUE (lineage_id, version)
    ) STRICT;
    CREATE INDEX papers_by_item ON papers (agenda_item_id);
    CREATE INDEX papers_by_content ON papers (sha256);

    CREATE TABLE invitations (
      id          INTEGER PRIMARY KEY,
      meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
      method      TEXT NOT NULL CHECK (method IN ('email_draft', 'calendar_file', 'email_and_calendar', 'other')),
      produced_at TEXT NOT NULL DEFAULT (${NOW}),
      sent_at     TEXT CHECK (sent_at IS NULL OR ${ISO_INSTANT('sent_at')}),
      response    TEXT NOT NULL DEFAULT 'none' CHECK (response IN ('none', 'accepted', 'declined', 'tentative'))
    ) STRICT;
    CREATE INDEX invitations_by_meeting ON invitations (meeting_id, person_id);

    CREATE TABLE attendance (
      meeting_id           INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      person_id            INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
      status               TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent')),
      deputy_for_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
      ${FLAG('arrived_late')},
      ${FLAG('left_early')},
      PRIMARY KEY (meeting_id, person_id),
      CHECK (deputy_for_person_id IS NULL OR deputy_for_person_id <> person_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE minutes (
      id                     INTEGER PRIMARY KEY,
      meeting_id             INTEGER NOT NULL UNIQUE REFERENCES meetings (id) ON DELETE CASCADE,
      status                 TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'circulated', 'approved')),
      circulated_at          TEXT,
      approved_at            TEXT,
      approved_at_meeting_id INTEGER REFERENCES meetings (id) ON DELETE RESTRICT,
      CHECK (status <> 'approved' OR (approved_at IS NOT NULL AND approved_at_meeting_id IS NOT NULL))
    ) STRICT;

    CREATE TABLE minute_entries (
      agenda_item_id INTEGER PRIMARY KEY REFERENCES agenda_items (id) ON DELETE CASCADE,
      minutes_id     INTEGER NOT NULL REFERENCES minutes (id) ON DELETE CASCADE,
      text           TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 200000),
      updated_at     TEXT NOT NULL DEFAULT (${NOW})
    ) STRICT;
    CREATE INDEX minute_entries_by_minutes ON minute_entries (minutes_id);

    -- Approved minutes are a true record: they change only by a recorded correction.
    CREATE TRIGGER approved_minutes_are_locked_update BEFORE UPDATE ON minute_entries
    WHEN (SELECT status FROM minutes WHERE id = OLD.minutes_id) = 'approved'
    BEGIN SELECT RAISE(ABORT, 'These minutes are approved and locked; record a correction instead.'); END;
    CREATE TRIGGER approved_minutes_are_locked_insert BEFORE INSERT ON minute_entries
    WHEN (SELECT status FROM minutes WHERE id = NEW.minutes_id) = 'approved'
    BEGIN SELECT RAISE(ABORT, 'These minutes are approved and locked; record a correction instead.'); END;
    CREATE TRIGGER approved_minutes_are_locked_delete BEFORE DELETE ON minute_entries
    WHEN (SELECT status FROM minutes WHERE id = OLD.minutes_id) = 'approved'
    BEGIN SELECT RAISE(ABORT, 'These minutes are approved and locked; record a correction instead.'); END;
    CREATE TRIGGER approved_minutes_stay_approved BEFORE UPDATE OF status, approved_at, approved_at_meeting_id ON minutes
    WHEN OLD.status = 'approved'
    BEGIN SELECT RAISE(ABORT, 'These minutes are approved and locked; record a correction instead.'); END;

    CREATE TABLE minute_corrections (
      id             INTEGER PRIMARY KEY,
      minutes_id     INTEGER NOT NULL REFERENCES minutes (id) ON DELETE CASCADE,
      agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
      correction     TEXT NOT NULL CHECK (length(trim(correction)) BETWEEN 1 AND 20000),
      reason         TEXT NOT NULL DEFAULT '',
      recorded_by    TEXT NOT NULL,
      recorded_at    TEXT NOT NULL DEFAULT (${NOW}),
      agreed_at_meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL
    ) STRICT;

    CREATE TABLE decisions (
      id             INTEGER PRIMARY KEY,
      board_id       INTEGER NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
      number         INTEGER NOT NULL CHECK (number >= 1),
      reference      TEXT NOT NULL,
      meeting_id     INTEGER NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
      agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
      text           TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 20000),
      recorded_at    TEXT NOT NULL DEFAULT (${NOW}),
      UNIQUE (board_id, number)
    ) STRICT;
    CREATE INDEX decisions_by_meeting ON decisions (meeting_id);

    CREATE TABLE actions (
      id                    INTEGER PRIMARY KEY,
      board_id              INTEGER NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
      number                INTEGER NOT NULL CHECK (number >= 1),
      reference             TEXT NOT NULL,
      title                 TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 2000),
      -- The notice requires clearly assigned accountabilities and timescales.
      owner_person_id       INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
      due_date              TEXT NOT NULL CHECK (${ISO_DATE('due_date')}),
      status                TEXT NOT NULL DEFAULT 'open'
                            CHECK (status IN ('open', 'in_progress', 'complete', 'closed', 'superseded')),
      area_id               INTEGER REFERENCES areas_of_concern (id) ON DELETE SET NULL,
      source_meeting_id     INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
      source_agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
      completed_on          TEXT CHECK (completed_on IS NULL OR ${ISO_DATE('completed_on')}),
      impact_note           TEXT NOT NULL DEFAULT '',
      created_at            TEXT NOT NULL DEFAULT (${NOW}),
      UNIQUE (board_id, number)
    ) STRICT;
    CREATE INDEX actions_by_board_status_due ON actions (board_id, status, due_date);
    -- The whole log, soonest due first, without sorting every action.
    CREATE INDEX actions_by_board_due ON actions (board_id, due_date, number);
    CREATE INDEX actions_by_owner ON actions (owner_person_id, status);
    CREATE INDEX actions_by_area ON actions (area_id, status);
    CREATE INDEX actions_by_source_meeting ON actions (source_meeting_id);

    CREATE TABLE action_updates (
      id          INTEGER PRIMARY KEY,
      action_id   INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
      update_date TEXT NOT NULL CHECK (${ISO_DATE('update_date')}),
      note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 20000),
      status      TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'complete', 'closed', 'superseded')),
      recorded_by TEXT NOT NULL,
      meeting_id  INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
      recorded_at TEXT NOT NULL DEFAULT (${NOW})
    ) STRICT;
    CREATE INDEX action_updates_by_action ON action_updates (action_id, update_date);

    CREATE TABLE action_due_date_changes (
      id          INTEGER PRIMARY KEY,
      action_id   INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
      from_date   TEXT NOT NULL CHECK (${ISO_DATE('from_date')}),
      to_date     TEXT NOT NULL CHECK (${ISO_DATE('to_date')}),
      reason      TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
      changed_by  TEXT NOT NULL,
      meeting_id  INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
      changed_at  TEXT NOT NULL DEFAULT (${NOW})
    ) STRICT;
    CREATE INDEX action_due_date_changes_by_action ON action_due_date_changes (action_id);

    CREATE TABLE risks (
      id                INTEGER PRIMARY KEY,
      board_id          INTEGER NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
      number            INTEGER NOT NULL CHECK (number >= 1),
      reference         TEXT NOT NULL,
      title             TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 500),
      description       TEXT NOT NULL DEFAULT '',
      owner_person_id   INTEGER REFERENCES people (id) ON DELETE SET NULL,
      likelihood        INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
      impact            INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
      target_likelihood INTEGER NOT NULL CHECK (target_likelihood BETWEEN 1 AND 5),
      target_impact     INTEGER NOT NULL CHECK (target_impact BETWEEN 1 AND 5),
      mitigations       TEXT NOT NULL DEFAULT '',
      status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      area_id           INTEGER REFERENCES areas_of_concern (id) ON DELETE SET NULL,
      created_at        TEXT NOT NULL DEFAULT (${NOW}),
      UNIQUE (board_id, number)
    ) STRICT;

    CREATE TABLE risk_reviews (
      id          INTEGER PRIMARY KEY,
      risk_id     INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
      meeting_id  INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
      reviewed_on TEXT NOT NULL CHECK (${ISO_DATE('reviewed_on')}),
      likelihood  INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
      impact      INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
      note        TEXT NOT NULL DEFAULT '',
      reviewed_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX risk_reviews_by_risk ON risk_reviews (risk_id, reviewed_on);

    CREATE TABLE metrics (
      id             INTEGER PRIMARY KEY,
      area_id        INTEGER NOT NULL REFERENCES areas_of_concern (id) ON DELETE CASCADE,
      position       INTEGER NOT NULL CHECK (position >= 1),
      name           TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 500),
      unit           TEXT NOT NULL CHECK (unit IN ('count', 'percentage')),
      target_text    TEXT NOT NULL DEFAULT '',
      target_kind    TEXT NOT NULL CHECK (target_kind IN ('at_least', 'more_than', 'less_than', 'at_most', 'higher', 'lower', 'not_applicable', 'unreadable')),
      target_value   REAL,
      source_note    TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX metrics_by_area ON metrics (area_id, position);

    -- One row per metric, period and kind: the text exactly as written and its reading.
    CREATE TABLE metric_values (
      metric_id     INTEGER NOT NULL REFERENCES metrics (id) ON DELETE CASCADE,
      period        TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
      kind          TEXT NOT NULL CHECK (kind IN ('actual', 'interim_target')),
      value_text    TEXT NOT NULL,
      -- 'target' for an interim target with a readable form (then target_kind says which).
      value_state   TEXT NOT NULL CHECK (value_state IN ('number', 'blank', 'not_applicable', 'to_be_confirmed', 'unreadable', 'target')),
      value_number  REAL,
      target_kind   TEXT CHECK (target_kind IN ('at_least', 'more_than', 'less_than', 'at_most', 'higher', 'lower')),
      source_column TEXT NOT NULL DEFAULT '',
      note          TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (metric_id, period, kind),
      CHECK (value_state <> 'number' OR value_number IS NOT NULL),
      CHECK (value_state IN ('number', 'target') OR value_number IS NULL),
      CHECK ((value_state = 'target') = (target_kind IS NOT NULL)),
      CHECK (value_state <> 'target' OR kind = 'interim_target')
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX metric_values_by_period ON metric_values (period, kind);

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    -- Who did what, when: every change that matters for governance. Append-only.
    CREATE TABLE audit_log (
      id        INTEGER PRIMARY KEY,
      at        TEXT NOT NULL DEFAULT (${NOW}),
      actor     TEXT NOT NULL CHECK (length(trim(actor)) >= 1),
      -- No foreign key: the log outlives what it describes.
      board_id  INTEGER,
      entity    TEXT NOT NULL,
      entity_id INTEGER,
      event     TEXT NOT NULL,
      summary   TEXT NOT NULL,
      details   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
    ) STRICT;
    CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
    CREATE INDEX audit_log_by_board ON audit_log (board_id, at);
    CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
    CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
  `,
};
