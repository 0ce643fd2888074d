// touchpointd: the touchpoint service.
#include <sys/resource.h>

#include <csignal>
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "core/config.h"
#include "core/paths.h"
#include "daemon/daemon.h"
#include "daemon/logging.h"

namespace touchpoint {
namespace {

// Many clients at once each hold a descriptor: use the hard limit, not the default 1024.
void RaiseDescriptorLimit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
  }
}

int Fatal(const Status& status) {
  std::fprintf(stderr, "touchpointd: %s\n", status.message().c_str());
  return ExitCodeFor(status.code());
}

int Main(int argc, char** argv) {
  CLI::App app{
      "touchpointd: the touchpoint service. Answers JSON-RPC on a Unix socket, imports archives "
      "handed to it or dropped in watched folders, and polls the platforms' APIs.\n\nExit "
      "codes: 0 stopped cleanly, 2 usage, 69 socket unavailable, 74 database I/O error, 78 bad "
      "config."};
  app.set_version_flag("--version", std::string("touchpoint ") + TOUCHPOINT_VERSION);
  std::string config_file, log_level;
  bool print_default_config = false, strict = false;
  app.add_option("--config", config_file,
                 "Config file (default: $CONFIGURATION_DIRECTORY/touchpoint.toml, else "
                 "$XDG_CONFIG_HOME/touchpoint/touchpoint.toml; none: defaults)");
  app.add_option("--log-level", log_level, "trace, debug, info, warn or error (overrides config)")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error"}));
  app.add_flag("--strict", strict, "Unknown config keys are errors (exit 78), not warnings");
  app.add_flag("--print-default-config", print_default_config,
               "Print the documented config file with every default and exit");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  if (print_default_config) {
    std::fputs(DefaultConfigText().c_str(), stdout);
    return 0;
  }

  DaemonOptions options;
  options.log_level_override = log_level;
  options.config_path = config_file;
  if (options.config_path.empty()) {
    std::filesystem::path fallback = DefaultConfigPath();
    std::error_code error;
    if (!fallback.empty() && std::filesystem::exists(fallback, error)) {
      options.config_path = fallback;
    }
  }
  Config config;
  std::vector<std::string> warnings;
  if (!options.config_path.empty()) {
    Result<Config> loaded = LoadConfig(options.config_path, &warnings);
    if (!loaded) return Fatal(loaded.error());
    config = std::move(*loaded);
  }
  SetUpLogging(log_level.empty() ? config.daemon.log_level : log_level);
  for (const std::string& warning : warnings) spdlog::warn("{}", warning);
  if (strict && !warnings.empty()) {
    return Fatal(Status(StatusCode::kConfigError,
                        std::to_string(warnings.size()) + " unknown key(s) with --strict"));
  }

  RaiseDescriptorLimit();
  std::signal(SIGPIPE, SIG_IGN);  // a client that left must not kill us
  Daemon daemon(std::move(options), std::move(config));
  if (Status status = daemon.Start(); !status.ok()) {
    spdlog::error("{}", status.message());
    return ExitCodeFor(status.code());
  }
  return daemon.Run();
}

}  // namespace
}  // namespace touchpoint

int main(int argc, char** argv) {
  try {
    return touchpoint::Main(argc, argv);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "touchpointd: internal error: %s\n", error.what());
    return 1;
  }
}
