#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/scorer.h"
#include "core/status.h"

namespace touchpoint {

// Everything the config file can set. Each key is declared once in config.cc with its
// default (the member initialisers) and its help text.
struct Config {
  ScoringConfig scoring;
};

// Reads a TOML config file. Keys the file does not set keep their defaults. Unknown keys are
// not errors: each adds a warning "file:line:column: unknown key 'section.key'". Errors:
// kConfigError with file:line:column for a syntax error or a value of the wrong type or
// range; kConfigError when the file cannot be read.
Result<Config> LoadConfig(const std::filesystem::path& path, std::vector<std::string>* warnings);

// The default config file location: $XDG_CONFIG_HOME/touchpoint/touchpoint.toml, else
// ~/.config/touchpoint/touchpoint.toml; empty when neither variable is set.
std::filesystem::path DefaultConfigPath();

// The documented config file with every key at its default (what config/touchpoint.toml
// holds).
std::string DefaultConfigText();

}  // namespace touchpoint
