#include "connectors/twitter/dm_reader.h"

#include <string>
#include <utility>
#include <vector>

#include "connectors/common/json_fields.h"
#include "connectors/common/timestamp.h"
#include "connectors/twitter/dm_event.h"
#include "connectors/twitter/links.h"

namespace touchpoint::twitter {
namespace {

void GatherParticipants(std::string_view conversation_id, const rapidjson::Value& messages,
                        DmParticipants& participants) {
  participants.AddFromConversationId(conversation_id);
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
  DmFacts facts;
  facts.id = std::string(id);
  facts.conversation_id = std::string(conversation_id);
  facts.occurred_at_ms = *occurred_at;
  facts.sender = Identity{std::string(sender), "", "", "", ""};
  facts.text = ExpandedText(message);
  facts.counterparts = counterparts;
  return EmitDm(std::move(facts), owner, source, sink);
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
  DmParticipants participants(owner);
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
