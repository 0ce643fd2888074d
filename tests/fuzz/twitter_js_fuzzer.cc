// data/tweets.js of a Twitter/X export: the JavaScript wrapper, streamed JSON items and the
// tweet reader (retweets, replies, mentions, dates, t.co links).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/twitter_importer_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  touchpoint::fuzz::ImportTwitterEntry("data/tweets.js",
                                       std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
