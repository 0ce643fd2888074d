// data/direct-messages.js of a Twitter/X export: the JavaScript wrapper and the DM
// conversation reader (one-to-one and group ids, participants, joins and leaves, links).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/twitter_importer_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  touchpoint::fuzz::ImportTwitterEntry("data/direct-messages.js",
                                       std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
