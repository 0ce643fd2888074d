#include "core/paths.h"

#include <unistd.h>

#include <cstdlib>

namespace touchpoint {
namespace {

// The variable's value when it is an absolute path, else empty.
std::filesystem::path AbsoluteFromEnv(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || value[0] != '/') return {};
  return value;
}

// $<xdg_variable>, else $HOME/<home_fallback>.
std::filesystem::path XdgDir(const char* xdg_variable, const char* home_fallback) {
  if (std::filesystem::path dir = AbsoluteFromEnv(xdg_variable); !dir.empty()) return dir;
  if (std::filesystem::path home = AbsoluteFromEnv("HOME"); !home.empty()) {
    return home / home_fallback;
  }
  return {};
}

}  // namespace

std::filesystem::path DefaultDatabasePath() {
  if (std::filesystem::path dir = AbsoluteFromEnv("STATE_DIRECTORY"); !dir.empty()) {
    return dir / "touchpoint.db";
  }
  std::filesystem::path dir = XdgDir("XDG_STATE_HOME", ".local/state");
  return dir.empty() ? dir : dir / "touchpoint" / "touchpoint.db";
}

std::filesystem::path DefaultConfigPath() {
  if (std::filesystem::path dir = AbsoluteFromEnv("CONFIGURATION_DIRECTORY"); !dir.empty()) {
    return dir / "touchpoint.toml";
  }
  std::filesystem::path dir = XdgDir("XDG_CONFIG_HOME", ".config");
  return dir.empty() ? dir : dir / "touchpoint" / "touchpoint.toml";
}

std::filesystem::path DefaultCredentialsDir() {
  if (std::filesystem::path dir = AbsoluteFromEnv("CREDENTIALS_DIRECTORY"); !dir.empty()) {
    return dir;
  }
  std::filesystem::path dir = XdgDir("XDG_CONFIG_HOME", ".config");
  return dir.empty() ? dir : dir / "touchpoint" / "credentials";
}

std::filesystem::path DefaultSocketPath() {
  if (::geteuid() == 0) return "/run/touchpoint.sock";
  std::filesystem::path dir = AbsoluteFromEnv("XDG_RUNTIME_DIR");
  return dir.empty() ? dir : dir / "touchpoint.sock";
}

}  // namespace touchpoint
