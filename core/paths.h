#pragma once

#include <filesystem>

namespace touchpoint {

// Where touchpoint keeps its files when the config does not say. systemd's directory
// variables come first (a unit's StateDirectory=, ConfigurationDirectory=, LoadCredential=),
// then the XDG base directories, then their defaults under $HOME. Relative values are
// ignored, as the XDG spec says. Each returns an empty path when nothing gives a location.

// $STATE_DIRECTORY/touchpoint.db, else ${XDG_STATE_HOME:-~/.local/state}/touchpoint/touchpoint.db.
std::filesystem::path DefaultDatabasePath();

// $CONFIGURATION_DIRECTORY/touchpoint.toml, else
// ${XDG_CONFIG_HOME:-~/.config}/touchpoint/touchpoint.toml.
std::filesystem::path DefaultConfigPath();

// $CREDENTIALS_DIRECTORY, else ${XDG_CONFIG_HOME:-~/.config}/touchpoint/credentials.
std::filesystem::path DefaultCredentialsDir();

// Where the daemon binds its socket when not socket-activated: /run/touchpoint.sock for root,
// else $XDG_RUNTIME_DIR/touchpoint.sock (empty without XDG_RUNTIME_DIR).
std::filesystem::path DefaultSocketPath();

}  // namespace touchpoint
