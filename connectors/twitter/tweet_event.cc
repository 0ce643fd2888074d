#include "connectors/twitter/tweet_event.h"

#include <utility>

#include "connectors/common/html_text.h"
#include "connectors/twitter/links.h"
#include "core/identity_key.h"

namespace touchpoint::twitter {
namespace {

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

// True when the tweet is aimed at anyone but its own author.
bool AddressesSomeone(const TweetFacts& tweet) {
  const Owner author(tweet.author);
  for (Identity someone : tweet.addressed) {
    if (someone.user_id == "-1") someone.user_id.clear();
    if (!someone.empty() && !author.Is(someone)) return true;
  }
  return false;
}

}  // namespace

std::string CleanTweetText(std::string_view raw, const rapidjson::Value* urls,
                           std::string_view expanded_key) {
  std::string text = UnescapeHtml(raw);
  ExpandLinks(text, urls, expanded_key);
  return text;
}

Status EmitTweet(TweetFacts tweet, const Owner& owner, std::string_view source, EventSink& sink) {
  if (tweet.retweet || tweet.text.starts_with("RT @")) {
    sink.Skip("retweet");
    return Status::Ok();
  }
  const bool addresses_someone = AddressesSomeone(tweet);
  const bool outbound = owner.Is(tweet.author);
  Event event;
  AddCounterpart(event.counterparts, tweet.author, owner);
  for (Identity& someone : tweet.addressed) {
    AddCounterpart(event.counterparts, std::move(someone), owner);
  }
  if (!tweet.parent_id.empty()) {
    event.kind = addresses_someone ? EventKind::kReply : EventKind::kPost;
  } else {
    event.kind = addresses_someone ? EventKind::kMention : EventKind::kPost;
  }
  event.conversation_key = !tweet.conversation_id.empty() ? std::move(tweet.conversation_id)
                           : !tweet.parent_id.empty()     ? tweet.parent_id
                                                          : tweet.id;
  event.parent_id = std::move(tweet.parent_id);
  event.platform = "twitter";
  event.external_id = std::move(tweet.id);
  event.direction = outbound ? Direction::kOutbound : Direction::kInbound;
  event.author = outbound ? owner.identity() : std::move(tweet.author);
  event.occurred_at_ms = tweet.occurred_at_ms;
  event.text = std::move(tweet.text);
  event.source = std::string(source);
  return sink.Emit(std::move(event));
}

}  // namespace touchpoint::twitter
