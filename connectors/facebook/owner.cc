#include "connectors/facebook/owner.h"

#include <algorithm>

#include "connectors/common/json_fields.h"
#include "connectors/common/mojibake.h"
#include "connectors/facebook/people.h"

namespace touchpoint::facebook {

std::string ProfileOwnerName(const rapidjson::Value& profile) {
  const rapidjson::Value* root = ObjectField(profile, "profile_v2");
  if (root == nullptr) root = ObjectField(profile, "profile");
  if (root == nullptr) return {};
  const rapidjson::Value* name = ObjectField(*root, "name");
  return name == nullptr ? std::string() : RepairMojibake(StringField(*name, "full_name"));
}

void OwnerVote::AddThread(const rapidjson::Value& thread) {
  const rapidjson::Value* still = Member(thread, "is_still_participant");
  if (still != nullptr && still->IsBool() && !still->GetBool()) return;
  std::vector<std::string> names;
  if (const rapidjson::Value* participants = ArrayField(thread, "participants")) {
    for (const rapidjson::Value& participant : participants->GetArray()) {
      std::string name = RepairMojibake(ParticipantName(participant));
      if (!name.empty() && name != kDeletedAccountName) names.push_back(std::move(name));
    }
  }
  if (threads_++ == 0) {
    candidates_ = std::move(names);
    return;
  }
  std::erase_if(candidates_, [&names](const std::string& candidate) {
    return std::find(names.begin(), names.end(), candidate) == names.end();
  });
}

std::optional<std::string> OwnerVote::Decide(const Identity* known) const {
  if (threads_ > 0 && candidates_.size() == 1) return candidates_.front();
  if (known != nullptr && !known->name.empty()) return known->name;
  return std::nullopt;
}

}  // namespace touchpoint::facebook
