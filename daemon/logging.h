#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace touchpoint {

// Sets up the default spdlog logger for the daemon: the journal (with priorities) when stderr
// is connected to it, else stderr with timestamps. Log lines carry counts, ids and paths,
// never message bodies or credentials.
void SetUpLogging(std::string_view level);

// Changes the level at run time (config reload). kConfigError for an unknown level name.
Status SetLogLevel(std::string_view level);

}  // namespace touchpoint
