#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/scorer.h"
#include "core/status.h"

namespace touchpoint {

// [daemon]: how touchpointd serves its socket and logs.
struct DaemonConfig {
  // Socket path when not socket-activated; empty: $XDG_RUNTIME_DIR/touchpoint.sock, or
  // /run/touchpoint.sock for root.
  std::string socket;
  // When set, the socket is made 0660 and owned by this group; otherwise 0600.
  std::string socket_group;
  std::string log_level = "info";  // trace, debug, info, warn, error
  int64_t io_timeout_seconds = 10;  // a client that stalls mid-line this long is dropped
  int64_t max_clients = 1000;       // connections beyond this are closed at once
  int64_t reader_threads = 2;       // threads answering read queries
};

// [storage]: the SQLite database.
struct StorageConfig {
  // Empty: $STATE_DIRECTORY/touchpoint.db, else $XDG_STATE_HOME/touchpoint/touchpoint.db.
  std::string database;
  std::string synchronous = "normal";  // normal or full
  int64_t busy_timeout_ms = 5000;
};

// [watch]: folders where new export archives are imported as they appear.
struct WatchConfig {
  std::vector<std::string> dirs;
  int64_t scan_interval_seconds = 10;
  int64_t settle_seconds = 5;  // a file's size must stay the same this long
};

// A duration in whole seconds; in the file 900, "900s", "15m" or "1h".
struct DurationSeconds {
  int64_t seconds = 0;
  friend bool operator==(const DurationSeconds&, const DurationSeconds&) = default;
};

// [connectors.NAME]: polling one platform's API. Secrets are never here: the *_file keys
// name files (relative ones in the credentials directory); empty means the default file
// touchpoint.NAME.token / .refresh_token / .client_secret there.
struct ConnectorConfig {
  bool enabled = false;
  DurationSeconds poll_interval{900};
  std::string api_base_url;  // empty: the platform's real host
  std::string api_version;   // Facebook, LinkedIn; empty: the connector's default
  std::string account;       // X: a label; Facebook: the Page id; LinkedIn: the member
  std::string client_id;     // X, LinkedIn: the OAuth app (token refresh)
  std::string organization;  // LinkedIn: the organization whose Page is polled
  std::string token_file;
  std::string refresh_token_file;  // Facebook: the long-lived user token
  std::string client_secret_file;
};

// [credentials]: where API tokens are read from (never from this file).
struct CredentialsConfig {
  // Empty: $CREDENTIALS_DIRECTORY (systemd LoadCredential=), else
  // $XDG_CONFIG_HOME/touchpoint/credentials. Files there must not be readable by others.
  std::string dir;
};

// Everything the config file can set. Each key is declared once in config.cc with its
// default (the member initialisers) and its help text.
struct Config {
  ScoringConfig scoring;
  DaemonConfig daemon;
  StorageConfig storage;
  WatchConfig watch;
  ConnectorConfig twitter;
  ConnectorConfig facebook;
  ConnectorConfig linkedin;
  CredentialsConfig credentials;
};

// Reads a TOML config file. Keys the file does not set keep their defaults. Unknown keys are
// not errors: each adds a warning "file:line:column: unknown key 'section.key'". Errors:
// kConfigError with file:line:column for a syntax error or a value of the wrong type or
// range; kConfigError when the file cannot be read.
Result<Config> LoadConfig(const std::filesystem::path& path, std::vector<std::string>* warnings);

// The same for TOML text already in memory; `name` stands for the file in messages.
Result<Config> LoadConfigText(std::string_view text, const std::filesystem::path& name,
                              std::vector<std::string>* warnings);

// The documented config file with every key at its default (what config/touchpoint.toml
// holds).
std::string DefaultConfigText();

}  // namespace touchpoint
