-- touchpoint schema, version 7: identities whose person changed since the last scoring.

-- A link, an unlink or an automatic merge moves an identity from one person to another. The
-- conversations of both people must then be rescored: their history, their activity on other
-- platforms and their introductions changed. The trigger records the moved identity and the
-- identities left behind in its old person; the scorer reads and empties the table. Plain
-- INSERT ... WHERE NOT EXISTS: a conflict clause inside a trigger would take the conflict
-- handling of the statement that fired it.
CREATE TABLE people_touched (identity_id INTEGER PRIMARY KEY);
CREATE TRIGGER identities_person_touched AFTER UPDATE OF person_id ON identities
  WHEN old.person_id IS NOT new.person_id BEGIN
  INSERT INTO people_touched SELECT new.id
   WHERE NOT EXISTS (SELECT 1 FROM people_touched WHERE identity_id = new.id);
  INSERT INTO people_touched SELECT i.id FROM identities i
   WHERE old.person_id IS NOT NULL AND i.person_id = old.person_id
     AND NOT EXISTS (SELECT 1 FROM people_touched WHERE identity_id = i.id);
END;
