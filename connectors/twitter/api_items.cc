#include "connectors/twitter/api_items.h"

#include <utility>

#include "connectors/common/json_fields.h"
#include "connectors/common/timestamp.h"
#include "connectors/twitter/links.h"
#include "connectors/twitter/tweet_event.h"

namespace touchpoint::twitter {
namespace {

std::string Str(const rapidjson::Value& object, std::string_view name) {
  return std::string(StringField(object, name));
}

const rapidjson::Value* Urls(const rapidjson::Value& item) {
  const rapidjson::Value* entities = ObjectField(item, "entities");
  return entities != nullptr ? ArrayField(*entities, "urls") : nullptr;
}

// The id of the first referenced tweet of `type` ("replied_to", "retweeted", "quoted").
std::string_view Referenced(const rapidjson::Value& tweet, std::string_view type) {
  const rapidjson::Value* references = ArrayField(tweet, "referenced_tweets");
  if (references == nullptr) return {};
  for (const rapidjson::Value& reference : references->GetArray()) {
    if (StringField(reference, "type") == type) return StringField(reference, "id");
  }
  return {};
}

}  // namespace

void UserIndex::AddIncludes(const rapidjson::Value& page) {
  const rapidjson::Value* includes = ObjectField(page, "includes");
  const rapidjson::Value* users = includes != nullptr ? ArrayField(*includes, "users") : nullptr;
  if (users == nullptr) return;
  for (const rapidjson::Value& user : users->GetArray()) {
    std::string id = Str(user, "id");
    if (id.empty()) continue;
    users_.insert_or_assign(id, Identity{id, Str(user, "username"), Str(user, "name"), "", ""});
  }
}

Identity UserIndex::Find(std::string_view user_id) const {
  const auto found = users_.find(user_id);
  if (found != users_.end()) return found->second;
  return Identity{std::string(user_id), "", "", "", ""};
}

void CollectPartialErrors(const rapidjson::Value& page, std::vector<std::string>& errors) {
  const rapidjson::Value* list = ArrayField(page, "errors");
  if (list == nullptr) return;
  for (const rapidjson::Value& error : list->GetArray()) {
    std::string text = Str(error, "title");
    const std::string_view detail = StringField(error, "detail");
    if (!detail.empty() && detail != text) text += (text.empty() ? "" : ": ") + std::string(detail);
    if (text.empty()) text = Str(error, "message");
    errors.push_back(text.empty() ? "an error without a title" : std::move(text));
  }
}

Result<const rapidjson::Value*> PageData(const rapidjson::Value& page) {
  static const rapidjson::Value kEmpty(rapidjson::kArrayType);
  if (!page.IsObject()) return Fail(StatusCode::kDataError, "the answer is not a JSON object");
  const rapidjson::Value* data = Member(page, "data");
  if (data == nullptr) return &kEmpty;
  if (!data->IsArray()) return Fail(StatusCode::kDataError, "\"data\" is not an array");
  return data;
}

Status ReadApiTweet(const rapidjson::Value& tweet, const UserIndex& users, const Owner& owner,
                    std::string_view source, EventSink& sink) {
  TweetFacts facts;
  facts.id = Str(tweet, "id");
  if (facts.id.empty()) {
    sink.Skip("tweet without id");
    return Status::Ok();
  }
  const std::optional<int64_t> occurred_at = ParseIso8601Ms(StringField(tweet, "created_at"));
  if (!occurred_at) {
    sink.Skip("tweet with unreadable created_at");
    return Status::Ok();
  }
  facts.occurred_at_ms = *occurred_at;
  facts.author = users.Find(StringField(tweet, "author_id"));
  facts.text = CleanTweetText(StringField(tweet, "text"), Urls(tweet), "expanded_url");
  facts.retweet = !Referenced(tweet, "retweeted").empty();
  facts.parent_id = std::string(Referenced(tweet, "replied_to"));
  facts.conversation_id = Str(tweet, "conversation_id");
  if (const std::string_view replied_to = StringField(tweet, "in_reply_to_user_id");
      !replied_to.empty()) {
    facts.addressed.push_back(users.Find(replied_to));
  }
  const rapidjson::Value* entities = ObjectField(tweet, "entities");
  if (const rapidjson::Value* mentions =
          entities != nullptr ? ArrayField(*entities, "mentions") : nullptr) {
    for (const rapidjson::Value& mention : mentions->GetArray()) {
      facts.addressed.push_back(Identity{Str(mention, "id"), Str(mention, "username"), "", "", ""});
    }
  }
  return EmitTweet(std::move(facts), owner, source, sink);
}

void ApiDmBatch::Add(const rapidjson::Value& event) {
  Item item;
  item.event_type = Str(event, "event_type");
  item.id = Str(event, "id");
  item.sender_id = Str(event, "sender_id");
  item.conversation_id = Str(event, "dm_conversation_id");
  item.created_at = Str(event, "created_at");
  item.text = Str(event, "text");
  ExpandLinks(item.text, Urls(event), "expanded_url");
  if (const rapidjson::Value* ids = ArrayField(event, "participant_ids")) {
    for (const rapidjson::Value& id : ids->GetArray()) {
      if (id.IsString()) item.participant_ids.emplace_back(id.GetString(), id.GetStringLength());
    }
  }
  items_.push_back(std::move(item));
}

Status ApiDmBatch::Emit(const UserIndex& users, const Owner& owner, std::string_view source,
                        EventSink& sink) const {
  std::map<std::string_view, DmParticipants> participants;
  for (const Item& item : items_) {
    auto [at, added] = participants.try_emplace(item.conversation_id, owner);
    if (added) at->second.AddFromConversationId(item.conversation_id);
    at->second.Add(item.sender_id);
    for (const std::string& id : item.participant_ids) at->second.Add(id);
  }
  for (const Item& item : items_) {
    // event_type is a default field; an answer without it is read as a message.
    if (!item.event_type.empty() && item.event_type != "MessageCreate") {
      sink.Skip("group event (join, leave, rename, reaction)");
      continue;
    }
    if (item.id.empty() || item.sender_id.empty() || item.conversation_id.empty()) {
      sink.Skip("message without id, sender or conversation");
      continue;
    }
    const std::optional<int64_t> occurred_at = ParseIso8601Ms(item.created_at);
    if (!occurred_at) {
      sink.Skip("message with unreadable createdAt");
      continue;
    }
    DmFacts facts{item.id,      item.conversation_id,
                  *occurred_at, users.Find(item.sender_id),
                  item.text,    participants.at(item.conversation_id).Identities()};
    if (Status status = EmitDm(std::move(facts), owner, source, sink); !status.ok()) {
      return status;
    }
  }
  return Status::Ok();
}

}  // namespace touchpoint::twitter
