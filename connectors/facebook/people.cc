#include "connectors/facebook/people.h"

#include "connectors/common/json_fields.h"
#include "connectors/common/mojibake.h"

namespace touchpoint::facebook {

Identity NamedIdentity(std::string_view name) {
  Identity identity;
  identity.name = name;
  return identity;
}

Identity PersonIdentity(std::string_view name, std::string_view scope) {
  Identity identity = NamedIdentity(name);
  if (name == kDeletedAccountName) {
    identity.name += " (";
    identity.name += scope;
    identity.name += ')';
  }
  return identity;
}

std::string_view ParticipantName(const rapidjson::Value& participant) {
  if (participant.IsString()) return {participant.GetString(), participant.GetStringLength()};
  return StringField(participant, "name");
}

const std::string& RepairCache::Get(std::string_view raw) {
  auto found = repaired_.find(raw);
  if (found == repaired_.end()) found = repaired_.emplace(raw, RepairMojibake(raw)).first;
  return found->second;
}

}  // namespace touchpoint::facebook
