// The other Facebook export files the importer reads: profile_information.json (the owner's
// name), comments.json (comments and the person a comment title names) and friends.json.
// The same bytes go to all three.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "connectors/facebook/activity_reader.h"
#include "tests/fuzz/facebook_importer_harness.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace touchpoint;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)facebook::CommentCounterpart(input, "Mira Kestrel");
  fuzz::ImportFacebookFiles({"profile_information/profile_information.json",
                             "your_facebook_activity/comments_and_reactions/comments.json",
                             "connections/friends/your_friends.json"},
                            input);
  return 0;
}
