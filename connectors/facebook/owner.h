#pragma once

#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "core/event.h"

namespace touchpoint::facebook {

// The owner's display name from a parsed profile_information.json:
// profile_v2.name.full_name (profile.name.full_name in older exports), mojibake-repaired.
// Empty when absent.
std::string ProfileOwnerName(const rapidjson::Value& profile);

// Works out who "me" is from the threads of one archive when it has no profile: the owner
// takes part in every thread they have not left, so the owner is among the names listed in
// the `participants` of every thread whose `is_still_participant` is not false. A deleted
// account ("Facebook user") is never the owner.
class OwnerVote {
 public:
  // Counts one parsed thread file (one part per thread is enough: parts repeat the header).
  void AddThread(const rapidjson::Value& thread);

  // The only candidate left; else `known` (the owner an earlier import recorded, may be
  // null) when this archive alone cannot tell (no thread counted, several candidates, or
  // none); else nullopt. A sole candidate wins over `known`: it is this export's own word,
  // and differs from `known` only when the owner was renamed between exports.
  std::optional<std::string> Decide(const Identity* known) const;

  // Threads counted, and the candidates left (repaired names), for messages.
  size_t threads() const noexcept { return threads_; }
  const std::vector<std::string>& candidates() const noexcept { return candidates_; }

 private:
  size_t threads_ = 0;
  std::vector<std::string> candidates_;
};

}  // namespace touchpoint::facebook
