#pragma once

#include <string_view>

#include <rapidjson/document.h>

#include "connectors/event_sink.h"
#include "connectors/twitter/owner.h"
#include "core/status.h"

namespace touchpoint::twitter {

// Turns one item of a tweets file (wrapped as {"tweet": {...}} or bare, GDPR and classic
// shapes) into at most one event in `sink`:
//   retweet ("RT @x: ..." or retweeted_status)        -> skipped "retweet"
//   reply to a status, addressing someone else         -> outbound reply, parent = that status
//   reply to a status addressing nobody (self-thread)  -> post, parent = that status
//   "@user ..." reply without a status, or a mention   -> outbound mention
//   anything else                                      -> post
// Items without an id or a readable date are skipped with a reason; the text is
// HTML-unescaped and t.co links are expanded.
Status ReadTweet(const rapidjson::Value& item, const Owner& owner, std::string_view source,
                 EventSink& sink);

}  // namespace touchpoint::twitter
