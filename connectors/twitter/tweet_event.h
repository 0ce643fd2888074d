#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "connectors/event_sink.h"
#include "connectors/twitter/owner.h"
#include "core/status.h"

namespace touchpoint::twitter {

// One tweet as a source read it, before classification: the archive reader (tweets.js) and
// the API poller (/2/users/:id/mentions) each fill this from their own shape, and
// EmitTweet() turns it into the event, so both produce the same event for the same tweet.
struct TweetFacts {
  std::string id;
  int64_t occurred_at_ms = 0;
  Identity author;
  std::string text;             // cleaned: see CleanTweetText()
  std::string parent_id;        // the status it replies to; empty if none
  std::string conversation_id;  // the thread's root as the API names it; archives have none
  // The replied-to account first, then the mentioned ones, as the source lists them. The
  // author and empty identities may be among them; they are dropped where it matters.
  std::vector<Identity> addressed;
  bool retweet = false;  // the source flags it (the "RT @" prefix is checked here)
};

// The tweet's text for display: HTML-unescaped (X escapes &, < and > in tweet text, in
// archives and the API alike) with t.co links replaced from `urls` ({"url", expanded_key}).
std::string CleanTweetText(std::string_view raw, const rapidjson::Value* urls,
                           std::string_view expanded_key);

// Emits at most one event for `tweet` into `sink`:
//   retweet (flagged or "RT @x: ...")                   -> skipped "retweet"
//   reply to a status, addressing someone but its author -> reply, parent = that status
//   reply to a status addressing nobody (self-thread)    -> post, parent = that status
//   "@user ..." without a status, or a mention            -> mention
//   anything else                                         -> post
// Outbound when the author is the owner, inbound otherwise. Counterparts are the author and
// everyone addressed, minus the owner; a "-1" id (deleted account) keeps only the handle.
// The conversation key is conversation_id, else the parent, else the tweet itself.
// Returns the sink's status.
Status EmitTweet(TweetFacts tweet, const Owner& owner, std::string_view source,
                 EventSink& sink);

}  // namespace touchpoint::twitter
