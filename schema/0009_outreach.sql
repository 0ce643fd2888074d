-- touchpoint schema, version 9: the parts of cold outreach a conversation holds.

-- conversation_features.outreach holds OutreachCue bits (core/outreach_cues.h) collected over
-- the counterpart's messages in the latest run: what they offer, to whom, at what price, with
-- which link or reminder, whether anybody answered and whether they brought a problem of their
-- own. The scorer weighs how many seller cues there are against config thresholds.
ALTER TABLE conversation_features ADD COLUMN outreach INTEGER NOT NULL DEFAULT 0;
-- Features stored before this version have no cues: the next refresh recomputes them all.
DELETE FROM store_state WHERE key = 'scored_through';
