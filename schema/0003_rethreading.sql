-- touchpoint schema, version 3: re-threading replies whose parent arrives in a later import.

-- A reply's children, found by its (platform, external_id): threading walks down from a
-- parent that arrived after them.
CREATE INDEX events_parent ON events(platform, parent_id) WHERE parent_id IS NOT NULL;

-- Events of earlier imports that threading moved to another conversation, and the
-- conversation they left. The scorer recomputes both conversations and the people involved
-- on its next refresh, then empties this table.
CREATE TABLE rethreaded (
  event_id             INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  from_conversation_id INTEGER NOT NULL,
  PRIMARY KEY (event_id, from_conversation_id)
) WITHOUT ROWID;
