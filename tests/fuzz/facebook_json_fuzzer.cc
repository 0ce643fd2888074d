// A Messenger thread file (messages/inbox/<thread>/message_1.json) of a Facebook export: the
// streamed JSON parser, the owner vote over participants, the thread reader (calls, group
// events, unsent and media-only messages), and the mojibake repair of its strings.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "connectors/common/mojibake.h"
#include "tests/fuzz/facebook_importer_harness.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace touchpoint;
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  // RepairMojibake promises valid UTF-8 for any input, and leaves ASCII alone.
  const std::string repaired = RepairMojibake(input);
  if (!IsValidUtf8(repaired)) fuzz::InvariantFailed("RepairMojibake", "invalid UTF-8 out");
  if (IsAscii(input) && repaired != input) fuzz::InvariantFailed("RepairMojibake", "ASCII changed");

  fuzz::ImportFacebookFiles(
      {"your_facebook_activity/messages/inbox/janedoe_1234567890123456/message_1.json"}, input);
  return 0;
}
