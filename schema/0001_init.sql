-- touchpoint schema, version 1: events, identities, people, conversations, imports, cursors.
-- Timestamps are UTC milliseconds since the epoch. Pragmas live in the store, not here.

CREATE TABLE people (
  id           INTEGER PRIMARY KEY,
  display_name TEXT NOT NULL DEFAULT '',
  created_at   INTEGER NOT NULL
);

-- One account on one platform. `key` is its strongest identifier, typed by prefix:
-- 'id:<user id>', 'url:<profile url>', 'email:<address>', 'handle:<lower-case handle>',
-- 'name:<display name>'. strength: 2 strong (id, url, email), 1 handle, 0 display name only.
CREATE TABLE identities (
  id          INTEGER PRIMARY KEY,
  platform    TEXT NOT NULL,
  key         TEXT NOT NULL,
  user_id     TEXT,
  handle      TEXT,
  name        TEXT,
  profile_url TEXT,
  email       TEXT,
  strength    INTEGER NOT NULL CHECK (strength BETWEEN 0 AND 2),
  is_owner    INTEGER NOT NULL DEFAULT 0,
  person_id   INTEGER REFERENCES people(id) ON DELETE SET NULL,
  UNIQUE (platform, key)
);
CREATE INDEX identities_person ON identities(person_id);

CREATE TABLE imports (
  id             INTEGER PRIMARY KEY,
  source         TEXT NOT NULL,
  content_hash   TEXT NOT NULL,
  platform       TEXT NOT NULL,
  started_at     INTEGER NOT NULL,
  finished_at    INTEGER NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('ok', 'partial')),
  events_read    INTEGER NOT NULL,
  events_added   INTEGER NOT NULL,
  events_present INTEGER NOT NULL,
  events_skipped INTEGER NOT NULL,
  report         TEXT NOT NULL  -- JSON: skipped reasons and entry errors
);
CREATE INDEX imports_content_hash ON imports(content_hash);

CREATE TABLE conversations (
  id               INTEGER PRIMARY KEY,
  platform         TEXT NOT NULL,
  conversation_key TEXT NOT NULL,
  UNIQUE (platform, conversation_key)
);

CREATE TABLE events (
  id              INTEGER PRIMARY KEY,
  platform        TEXT NOT NULL,
  external_id     TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('mention', 'reply', 'dm', 'comment',
                                                 'connection', 'invitation', 'post')),
  direction       TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  conversation_id INTEGER NOT NULL REFERENCES conversations(id),
  parent_id       TEXT,
  author_id       INTEGER NOT NULL REFERENCES identities(id),
  occurred_at     INTEGER NOT NULL,
  text            TEXT NOT NULL,
  source          TEXT NOT NULL,
  UNIQUE (platform, external_id)
);
CREATE INDEX events_conversation ON events(conversation_id, occurred_at);


CREATE TABLE event_counterparts (
  event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  identity_id INTEGER NOT NULL REFERENCES identities(id),
  PRIMARY KEY (event_id, identity_id)
) WITHOUT ROWID;

-- Everyone who wrote in or was addressed by a conversation. A view, so it can never disagree
-- with the events it is derived from (replies move between conversations when threaded).
CREATE VIEW conversation_participants(conversation_id, identity_id) AS
  SELECT conversation_id, author_id FROM events
  UNION
  SELECT e.conversation_id, c.identity_id
    FROM event_counterparts c JOIN events e ON e.id = c.event_id;

-- Small bookkeeping values of the store itself, e.g. 'threaded_through': the highest event id
-- whose reply threading is done (threading resumes from there after a crash).
CREATE TABLE store_state (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;

-- API polling positions, one row per connector account and cursor name.
CREATE TABLE cursors (
  connector  TEXT NOT NULL,
  account    TEXT NOT NULL,
  name       TEXT NOT NULL,
  value      TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (connector, account, name)
) WITHOUT ROWID;
