#include "daemon/logging.h"

#include <memory>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#ifdef TOUCHPOINT_WITH_SYSTEMD
#include <spdlog/sinks/systemd_sink.h>
#endif

#include "daemon/systemd_glue.h"

namespace touchpoint {

Status SetLogLevel(std::string_view level) {
  const spdlog::level::level_enum parsed = spdlog::level::from_str(std::string(level));
  // from_str answers "off" for anything it does not know.
  if (parsed == spdlog::level::off && level != "off") {
    return Status(StatusCode::kConfigError, "unknown log level '" + std::string(level) + "'");
  }
  spdlog::set_level(parsed);
  return Status::Ok();
}

void SetUpLogging(std::string_view level) {
  std::shared_ptr<spdlog::logger> logger;
#ifdef TOUCHPOINT_WITH_SYSTEMD
  if (systemd::StderrIsJournal()) {
    // The journal adds time and identifier itself; send priorities natively.
    auto sink = std::make_shared<spdlog::sinks::systemd_sink_mt>("touchpointd");
    logger = std::make_shared<spdlog::logger>("touchpointd", sink);
    logger->set_pattern("%v");
  }
#endif
  if (!logger) {
    logger = std::make_shared<spdlog::logger>(
        "touchpointd", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
  }
  spdlog::set_default_logger(logger);
  spdlog::flush_on(spdlog::level::trace);
  if (!SetLogLevel(level).ok()) spdlog::set_level(spdlog::level::info);
}

}  // namespace touchpoint
