#include "connectors/twitter/tweet_reader.h"

#include <string>
#include <vector>

#include "connectors/common/html_text.h"
#include "connectors/common/json_fields.h"
#include "connectors/common/timestamp.h"
#include "connectors/twitter/links.h"
#include "core/identity_key.h"

namespace touchpoint::twitter {
namespace {

std::string_view FirstString(const rapidjson::Value& object, std::string_view a,
                             std::string_view b) {
  std::string_view value = StringField(object, a);
  return value.empty() ? StringField(object, b) : value;
}

std::optional<int64_t> TweetTime(std::string_view created_at) {
  if (auto ms = ParseTwitterDateMs(created_at)) return ms;
  if (auto ms = ParseSpacedDateMs(created_at)) return ms;
  return ParseIso8601Ms(created_at);
}

// full_text is HTML-escaped and carries t.co links; entities.urls maps them back.
std::string CleanText(const rapidjson::Value& tweet, const rapidjson::Value* entities) {
  std::string text = UnescapeHtml(FirstString(tweet, "full_text", "text"));
  ExpandLinks(text, entities != nullptr ? ArrayField(*entities, "urls") : nullptr, "expanded_url");
  return text;
}

// Adds `someone` unless it is the owner or empty; a person already listed (the replied-to
// account is usually mentioned too) gains the fields it lacked.
void AddCounterpart(std::vector<Identity>& counterparts, Identity someone, const Owner& owner) {
  // "-1" marks a deleted account: no id at all, the handle is what is left to key it by.
  if (someone.user_id == "-1") someone.user_id.clear();
  if (someone.empty() || owner.Is(someone)) return;
  const std::string key = IdentityKey(someone);
  for (Identity& known : counterparts) {
    if (IdentityKey(known) != key) continue;
    if (known.handle.empty()) known.handle = std::move(someone.handle);
    if (known.name.empty()) known.name = std::move(someone.name);
    return;
  }
  counterparts.push_back(std::move(someone));
}

bool IsRetweet(const rapidjson::Value& tweet, std::string_view text) {
  return text.starts_with("RT @") || Member(tweet, "retweeted_status") != nullptr;
}

}  // namespace

Status ReadTweet(const rapidjson::Value& item, const Owner& owner, std::string_view source,
                 EventSink& sink) {
  const rapidjson::Value* wrapped = ObjectField(item, "tweet");
  const rapidjson::Value& tweet = wrapped != nullptr ? *wrapped : item;
  if (!tweet.IsObject()) {
    sink.Skip("not a tweet object");
    return Status::Ok();
  }
  const std::string_view id = FirstString(tweet, "id_str", "id");
  if (id.empty()) {
    sink.Skip("tweet without id");
    return Status::Ok();
  }
  const std::optional<int64_t> occurred_at = TweetTime(StringField(tweet, "created_at"));
  if (!occurred_at) {
    sink.Skip("tweet with unreadable created_at");
    return Status::Ok();
  }
  const rapidjson::Value* entities = ObjectField(tweet, "entities");
  Event event;
  event.text = CleanText(tweet, entities);
  if (IsRetweet(tweet, event.text)) {
    sink.Skip("retweet");
    return Status::Ok();
  }

  const std::string_view parent = FirstString(tweet, "in_reply_to_status_id_str",
                                              "in_reply_to_status_id");
  AddCounterpart(event.counterparts,
                 Identity{std::string(FirstString(tweet, "in_reply_to_user_id_str",
                                                  "in_reply_to_user_id")),
                          std::string(StringField(tweet, "in_reply_to_screen_name")), "", "", ""},
                 owner);
  if (const rapidjson::Value* mentions =
          entities != nullptr ? ArrayField(*entities, "user_mentions") : nullptr) {
    for (const rapidjson::Value& mention : mentions->GetArray()) {
      AddCounterpart(event.counterparts,
                     Identity{std::string(FirstString(mention, "id_str", "id")),
                              std::string(StringField(mention, "screen_name")),
                              std::string(StringField(mention, "name")), "", ""},
                     owner);
    }
  }

  const bool addresses_someone = !event.counterparts.empty();
  if (!parent.empty()) {
    event.kind = addresses_someone ? EventKind::kReply : EventKind::kPost;
    event.parent_id = std::string(parent);
    event.conversation_key = std::string(parent);
  } else {
    event.kind = addresses_someone ? EventKind::kMention : EventKind::kPost;
    event.conversation_key = std::string(id);
  }
  event.platform = "twitter";
  event.external_id = std::string(id);
  event.direction = Direction::kOutbound;
  event.author = owner.identity();
  event.occurred_at_ms = *occurred_at;
  event.source = std::string(source);
  return sink.Emit(std::move(event));
}

}  // namespace touchpoint::twitter
