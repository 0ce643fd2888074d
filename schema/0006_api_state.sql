-- touchpoint schema, version 6: API polling state — OAuth tokens and connector health.
-- Cursors (table cursors, version 1) are written in the same transaction as the events of
-- the poll they cover.

-- One row per connector account. The tokens are as sensitive as the conversations in this
-- file: they never appear in logs or error messages. A rotated refresh token is written here
-- (and synced) before it is used.
CREATE TABLE api_tokens (
  connector          TEXT NOT NULL,
  account            TEXT NOT NULL,
  access_token       TEXT NOT NULL,
  refresh_token      TEXT,     -- NULL when the platform issued none
  access_expires_at  INTEGER,  -- NULL when unknown or never
  refresh_expires_at INTEGER,
  updated_at         INTEGER NOT NULL,
  PRIMARY KEY (connector, account)
) WITHOUT ROWID;

-- The outcome of the latest poll of each connector account, for `touchpoint status` and for
-- the scheduler after a restart (a rate limit or a backoff is honoured across restarts; an
-- account that needs re-authorization stays so until a poll commits).
CREATE TABLE connector_health (
  connector            TEXT NOT NULL,
  account              TEXT NOT NULL,
  state                TEXT NOT NULL CHECK (state IN ('ok', 'quiet', 'rate_limited',
                                                      'backing_off', 'needs_reauth',
                                                      'failing')),
  detail               TEXT NOT NULL DEFAULT '',  -- the last error; never a token
  until                INTEGER,  -- rate_limited: the reset; backing_off: the next attempt
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_ok_at           INTEGER,  -- the last committed poll
  last_new_at          INTEGER,  -- the last committed poll that added events
  last_emitted         INTEGER NOT NULL DEFAULT 0,  -- counts of the last committed poll
  last_added           INTEGER NOT NULL DEFAULT 0,
  last_present         INTEGER NOT NULL DEFAULT 0,
  updated_at           INTEGER NOT NULL,
  PRIMARY KEY (connector, account)
) WITHOUT ROWID;
