-- touchpoint schema, version 5: finding one wording sent by many people.

-- conversation_features.template is the fingerprint of the counterpart's first message. The
-- call list counts, for each candidate, the other people whose first message had the same
-- fingerprint; counted when the list is built, so incremental refreshes stay correct without
-- any stored count to maintain.
CREATE INDEX conversation_features_template ON conversation_features(template)
  WHERE template != '';
