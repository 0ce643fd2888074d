-- touchpoint schema, version 8: where an account's stored tokens came from.
-- The daemon seeds api_tokens from credential files; a rotated refresh token then lives only
-- here. The fingerprint (SHA-256, hex) of the files that seeded the row tells a restart with
-- the same files (keep the rotated tokens) from new files after a re-authorization (replace
-- them). It reveals nothing about the tokens.
ALTER TABLE api_tokens ADD COLUMN seeded_from TEXT;
