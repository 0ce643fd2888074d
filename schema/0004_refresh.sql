-- touchpoint schema, version 4: what keeps refreshing the scores cheap on large stores.

-- Identities that share an e-mail address or a profile URL are merged into one person.
CREATE INDEX identities_email ON identities(lower(email)) WHERE email IS NOT NULL;
CREATE INDEX identities_profile_url ON identities(profile_url) WHERE profile_url IS NOT NULL;

-- store_state 'people_changed' is 1 when identities or their links changed in a way that may
-- place or merge people (a new identity, a new e-mail address or profile URL, a person
-- changed, a link removed). The scorer sets it to 0 after placing people, so a refresh with
-- no new events and no such change has nothing to do. The triggers only UPDATE the row: an
-- INSERT OR REPLACE in a trigger would take the conflict handling of the statement that fired
-- it (the identity upsert) and fail.
INSERT OR REPLACE INTO store_state(key, value) VALUES ('people_changed', 1);
CREATE TRIGGER identities_people_insert AFTER INSERT ON identities BEGIN
  UPDATE store_state SET value = 1 WHERE key = 'people_changed';
END;
CREATE TRIGGER identities_people_update
  AFTER UPDATE OF email, profile_url, person_id, is_owner ON identities
  WHEN old.email IS NOT new.email OR old.profile_url IS NOT new.profile_url
    OR old.person_id IS NOT new.person_id OR old.is_owner IS NOT new.is_owner BEGIN
  UPDATE store_state SET value = 1 WHERE key = 'people_changed';
END;
CREATE TRIGGER identity_links_people_delete AFTER DELETE ON identity_links BEGIN
  UPDATE store_state SET value = 1 WHERE key = 'people_changed';
END;
