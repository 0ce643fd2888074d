#include "connectors/twitter/tweet_reader.h"

#include <string>
#include <utility>

#include "connectors/common/json_fields.h"
#include "connectors/common/timestamp.h"
#include "connectors/twitter/tweet_event.h"

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

bool IsRetweet(const rapidjson::Value& tweet) {
  return Member(tweet, "retweeted_status") != nullptr;
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
  TweetFacts facts;
  facts.id = std::string(id);
  facts.occurred_at_ms = *occurred_at;
  // An archive holds the owner's own tweets only.
  facts.author = owner.identity();
  facts.text = CleanTweetText(FirstString(tweet, "full_text", "text"),
                              entities != nullptr ? ArrayField(*entities, "urls") : nullptr,
                              "expanded_url");
  facts.retweet = IsRetweet(tweet);
  facts.parent_id = std::string(FirstString(tweet, "in_reply_to_status_id_str",
                                            "in_reply_to_status_id"));
  facts.addressed.push_back(
      Identity{std::string(FirstString(tweet, "in_reply_to_user_id_str", "in_reply_to_user_id")),
               std::string(StringField(tweet, "in_reply_to_screen_name")), "", "", ""});
  if (const rapidjson::Value* mentions =
          entities != nullptr ? ArrayField(*entities, "user_mentions") : nullptr) {
    for (const rapidjson::Value& mention : mentions->GetArray()) {
      facts.addressed.push_back(Identity{std::string(FirstString(mention, "id_str", "id")),
                                         std::string(StringField(mention, "screen_name")),
                                         std::string(StringField(mention, "name")), "", ""});
    }
  }
  return EmitTweet(std::move(facts), owner, source, sink);
}

}  // namespace touchpoint::twitter
