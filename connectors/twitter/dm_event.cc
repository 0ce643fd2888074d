#include "connectors/twitter/dm_event.h"

#include <algorithm>
#include <utility>

namespace touchpoint::twitter {

void DmParticipants::AddFromConversationId(std::string_view conversation_id) {
  const size_t dash = conversation_id.find('-');
  if (dash == std::string_view::npos) return;
  Add(conversation_id.substr(0, dash));
  Add(conversation_id.substr(dash + 1));
}

void DmParticipants::Add(std::string_view user_id) {
  if (user_id.empty() || user_id == "0" || owner_.Is(user_id)) return;
  if (std::find(ids_.begin(), ids_.end(), user_id) == ids_.end()) ids_.emplace_back(user_id);
}

void DmParticipants::AddAll(const rapidjson::Value* ids) {
  if (ids == nullptr || !ids->IsArray()) return;
  for (const rapidjson::Value& id : ids->GetArray()) {
    if (id.IsString()) Add({id.GetString(), id.GetStringLength()});
  }
}

std::vector<Identity> DmParticipants::Identities() const {
  std::vector<Identity> identities;
  identities.reserve(ids_.size());
  for (const std::string& id : ids_) identities.push_back(Identity{id, "", "", "", ""});
  return identities;
}

Status EmitDm(DmFacts message, const Owner& owner, std::string_view source, EventSink& sink) {
  Event event;
  event.platform = "twitter";
  event.external_id = std::move(message.id);
  event.kind = EventKind::kDm;
  const bool outbound = owner.Is(message.sender.user_id);
  event.direction = outbound ? Direction::kOutbound : Direction::kInbound;
  event.conversation_key = std::move(message.conversation_id);
  event.author = outbound ? owner.identity() : std::move(message.sender);
  event.counterparts = std::move(message.counterparts);
  event.occurred_at_ms = message.occurred_at_ms;
  event.text = std::move(message.text);
  event.source = std::string(source);
  return sink.Emit(std::move(event));
}

}  // namespace touchpoint::twitter
