-- touchpoint schema, version 2: what the scorer knows about each conversation, the user's
-- decisions on flags, people links, introductions, and full-text search.

-- Time-independent facts about a conversation, recomputed when its events or its people
-- change. The score itself depends on "now" (or --as-of) and is computed from these.
CREATE TABLE conversation_features (
  conversation_id     INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
  counterpart_id      INTEGER REFERENCES identities(id),  -- the main other person
  counterparts        INTEGER NOT NULL,  -- distinct non-owner people involved
  first_at            INTEGER NOT NULL,
  burst_at            INTEGER NOT NULL,  -- start of the latest run of messages without a
                                         -- month's silence; counts below cover this run
  last_at             INTEGER NOT NULL,
  first_inbound_at    INTEGER,
  last_inbound_at     INTEGER,
  inbound             INTEGER NOT NULL,  -- events they wrote
  outbound            INTEGER NOT NULL,  -- events the owner wrote
  turns               INTEGER NOT NULL,  -- changes of direction
  reply_ms            INTEGER,           -- median time to answer, either side
  asks                INTEGER NOT NULL,  -- AskKind bits asked by them
  last_ask_at         INTEGER,
  owner_asks          INTEGER NOT NULL,  -- AskKind bits asked by the owner
  substantive         INTEGER NOT NULL,  -- inbound messages that are more than thanks/emoji
  negatives           INTEGER NOT NULL,  -- NegativeSignal bits (see scorer.h)
  max_addressed       INTEGER NOT NULL,  -- most people addressed by one inbound public event
  prior_contact_at    INTEGER,           -- last event with the same person before burst_at
  other_platform_at   INTEGER,           -- nearest activity of the same person elsewhere
  other_platform      TEXT,
  introduced_by       INTEGER REFERENCES identities(id),
  template            TEXT NOT NULL DEFAULT ''  -- fingerprint of their first message
);
CREATE INDEX conversation_features_last_inbound ON conversation_features(last_inbound_at);

-- The user's decisions, keyed by the conversation as the platform names it so that they
-- survive re-imports and re-threading.
CREATE TABLE decisions (
  platform         TEXT NOT NULL,
  conversation_key TEXT NOT NULL,
  state            TEXT NOT NULL CHECK (state IN ('acknowledged', 'snoozed', 'dismissed',
                                                  'called')),
  until            INTEGER,  -- for 'snoozed'
  decided_at       INTEGER NOT NULL,
  counterpart_key  TEXT,     -- platform + identity key of the person, for feedback
  template         TEXT,     -- fingerprint of their first message, for feedback
  PRIMARY KEY (platform, conversation_key)
) WITHOUT ROWID;

-- Why two identities are (or must never be) one person.
CREATE TABLE identity_links (
  identity_a INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
  identity_b INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('same_email', 'same_profile_url', 'user_link',
                                           'never')),
  evidence   TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (identity_a, identity_b, kind)
) WITHOUT ROWID;

-- Who first brought whom: an existing contact mentioned, recommended or added a new person.
CREATE TABLE introductions (
  introduced_id INTEGER PRIMARY KEY REFERENCES identities(id) ON DELETE CASCADE,
  introducer_id INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
  event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  how           TEXT NOT NULL
);

CREATE INDEX events_author ON events(author_id);
CREATE INDEX identities_lower_name ON identities(lower(name));
CREATE INDEX event_counterparts_identity ON event_counterparts(identity_id);

CREATE VIRTUAL TABLE events_fts USING fts5(
  text, content = 'events', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
