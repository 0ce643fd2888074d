#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include <rapidjson/document.h>

#include "core/event.h"

namespace touchpoint::facebook {

// The name Facebook shows for a deleted account. Exports have no ids, so every deleted
// account looks the same.
inline constexpr std::string_view kDeletedAccountName = "Facebook user";

// An identity with a display name only, the most a Facebook export says about anyone: weak,
// never merged on (core/identity_key.h).
Identity NamedIdentity(std::string_view name);

// The identity of someone named `name` in a thread: NamedIdentity(name), except that a
// deleted account ("Facebook user") is named apart per `scope`, the thread folder it was
// seen in:
// "Facebook user (janedoe_1234567890123456)". Two deleted accounts in different threads thus
// stay two identities; within one thread they cannot be told apart and are one.
Identity PersonIdentity(std::string_view name, std::string_view scope);

// The raw name of one item of a thread's `participants`: {"name": "..."}, or a bare string as
// in the camelCase E2EE export. Empty for anything else.
std::string_view ParticipantName(const rapidjson::Value& participant);

// Mojibake-repaired copies of the strings of one parsed file, each repaired once. Keys view
// the parsed document, so a cache must not outlive it.
class RepairCache {
 public:
  const std::string& Get(std::string_view raw);

 private:
  std::unordered_map<std::string_view, std::string> repaired_;
};

}  // namespace touchpoint::facebook
