#include "connectors/twitter/dm_reader.h"

#include <algorithm>
#include <string>
#include <vector>

#include "connectors/common/json_fields.h"
#include "connectors/common/timestamp.h"
#include "connectors/twitter/links.h"

namespace touchpoint::twitter {
namespace {

// The other people in a conversation, in first-seen order.
class Participants {
 public:
  explicit Participants(const Owner& owner) : owner_(owner) {}

  void Add(std::string_view user_id) {
    if (user_id.empty() || user_id == "0" || owner_.Is(user_id)) return;
    if (std::find(ids_.begin(), ids_.end(), user_id) == ids_.end()) ids_.emplace_back(user_id);
  }
  void AddAll(const rapidjson::Value* ids) {
    if (ids == nullptr) return;
    for (const rapidjson::Value& id : ids->GetArray()) {
      if (id.IsString()) Add({id.GetString(), id.GetStringLength()});
    }
  }
  std::vector<Identity> Identities() const {
    std::vector<Identity> identities;
    identities.reserve(ids_.size());
    for (const std::string& id : ids_) identities.push_back(Identity{id, "", "", "", ""});
    return identities;
  }

 private:
  const Owner& owner_;
  std::vector<std::string> ids_;
};

void GatherParticipants(std::string_view conversation_id, const rapidjson::Value& messages,
                        Participants& participants) {
  if (const size_t dash = conversation_id.find('-'); dash != std::string_view::npos) {
    participants.Add(conversation_id.substr(0, dash));
    participants.Add(conversation_id.substr(dash + 1));
  }
  for (const rapidjson::Value& element : messages.GetArray()) {
    if (const rapidjson::Value* message = ObjectField(element, "messageCreate")) {
      participants.Add(StringField(*message, "senderId"));
      participants.Add(StringField(*message, "recipientId"));
    } else if (const rapidjson::Value* join = ObjectField(element, "joinConversation")) {
      participants.Add(StringField(*join, "initiatingUserId"));
      participants.AddAll(ArrayField(*join, "participantsSnapshot"));
    } else if (const rapidjson::Value* joined = ObjectField(element, "participantsJoin")) {
      participants.Add(StringField(*joined, "initiatingUserId"));
      participants.AddAll(ArrayField(*joined, "userIds"));
    } else if (const rapidjson::Value* left = ObjectField(element, "participantsLeave")) {
      participants.AddAll(ArrayField(*left, "userIds"));
    }
  }
}

std::string ExpandedText(const rapidjson::Value& message) {
  std::string text(StringField(message, "text"));
  ExpandLinks(text, ArrayField(message, "urls"), "expanded");
  return text;
}

Status EmitMessage(const rapidjson::Value& message, std::string_view conversation_id,
                   const std::vector<Identity>& counterparts, const Owner& owner,
                   std::string_view source, EventSink& sink) {
  const std::string_view id = StringField(message, "id");
  const std::string_view sender = StringField(message, "senderId");
  if (id.empty() || sender.empty()) {
    sink.Skip("message without id or sender");
    return Status::Ok();
  }
  const std::optional<int64_t> occurred_at = ParseIso8601Ms(StringField(message, "createdAt"));
  if (!occurred_at) {
    sink.Skip("message with unreadable createdAt");
    return Status::Ok();
  }
  Event event;
  event.platform = "twitter";
  event.external_id = std::string(id);
  event.kind = EventKind::kDm;
  const bool outbound = owner.Is(sender);
  event.direction = outbound ? Direction::kOutbound : Direction::kInbound;
  event.conversation_key = std::string(conversation_id);
  event.author = outbound ? owner.identity() : Identity{std::string(sender), "", "", "", ""};
  event.counterparts = counterparts;
  event.occurred_at_ms = *occurred_at;
  event.text = ExpandedText(message);
  event.source = std::string(source);
  return sink.Emit(std::move(event));
}

}  // namespace

Status ReadDmConversation(const rapidjson::Value& item, const Owner& owner,
                          std::string_view source, EventSink& sink) {
  const rapidjson::Value* wrapped = ObjectField(item, "dmConversation");
  const rapidjson::Value& conversation = wrapped != nullptr ? *wrapped : item;
  const std::string_view conversation_id = StringField(conversation, "conversationId");
  const rapidjson::Value* messages = ArrayField(conversation, "messages");
  if (conversation_id.empty() || messages == nullptr) {
    sink.Skip("not a DM conversation");
    return Status::Ok();
  }
  Participants participants(owner);
  GatherParticipants(conversation_id, *messages, participants);
  const std::vector<Identity> counterparts = participants.Identities();

  for (const rapidjson::Value& element : messages->GetArray()) {
    if (const rapidjson::Value* message = ObjectField(element, "messageCreate")) {
      if (Status status =
              EmitMessage(*message, conversation_id, counterparts, owner, source, sink);
          !status.ok()) {
        return status;
      }
    } else if (ObjectField(element, "welcomeMessageCreate") != nullptr) {
      sink.Skip("automated welcome message");
    } else {
      sink.Skip("group event (join, leave, rename, reaction)");
    }
  }
  return Status::Ok();
}

}  // namespace touchpoint::twitter
