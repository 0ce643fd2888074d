#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/config.h"
#include "core/secret.h"
#include "core/status.h"

namespace touchpoint {

// A connector account's secrets, read from credential files (never from the TOML).
struct ConnectorSecrets {
  Secret access_token;
  Secret refresh_token;  // empty when there is no such file
  Secret client_secret;  // empty when there is no such file
  // SHA-256 (hex) over the token files' contents: a restart with the same files keeps the
  // rotated tokens in the database, new files (a re-authorization) replace them.
  std::string fingerprint;
  // SHA-256 (hex) of the client secret: a change rebuilds the poller, keeping the tokens.
  std::string client_secret_fingerprint;
};

// Reads connector `name`'s files: the *_file keys of `config` (relative paths are in
// `credentials_dir`), else touchpoint.NAME.token, .refresh_token and .client_secret there.
// The access token file is required (kNoInput names it when missing); the others are
// optional unless a *_file key names them. Errors are LoadCredential()'s (mode, size, control
// characters) and never contain a secret. Thread-safe.
Result<ConnectorSecrets> LoadConnectorSecrets(const std::filesystem::path& credentials_dir,
                                              std::string_view name,
                                              const ConnectorConfig& config);

}  // namespace touchpoint
