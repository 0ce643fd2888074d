// The config file: TOML text through toml++ and the key tables of core/config.cc (types,
// ranges, durations, choices, unknown keys). Anything wrong must be a kConfigError with
// file:line:column, never an exception or a crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace touchpoint;
  std::vector<std::string> warnings;
  Result<Config> config = LoadConfigText(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml", &warnings);
  if (!config) {
    fuzz::CheckDataStatus(config.error(), "LoadConfigText", StatusCode::kConfigError);
    if (!config.error().message().starts_with("fuzz.toml:")) {
      fuzz::InvariantFailed("config error without the file's name", config.error().message());
    }
  }
  for (const std::string& warning : warnings) {
    if (!warning.starts_with("fuzz.toml:")) fuzz::InvariantFailed("warning", warning);
  }
  return 0;
}
