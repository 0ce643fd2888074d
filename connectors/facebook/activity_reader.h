#pragma once

#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "connectors/event_sink.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::facebook {

// Turns a parsed comments.json ({"comments_v2": [...]}, or "comments" in older exports) into
// one outbound `comment` event per item, authored by `owner`: the export holds only the
// owner's own comments.
// * occurred_at: the item's "timestamp" (seconds), else its comment's; no timestamp: skipped
//   as "comment without timestamp".
// * text: data[].comment.comment, repaired; "" when only a sticker or GIF was posted.
// * counterparts: the person CommentCounterpart() finds in the title, if any.
// * external_id: "fb:comment:" + hex XXH3-128 of (timestamp, text, occurrence among earlier
//   items of the file with the same timestamp and text). The title is deliberately left
//   out: it embeds the owner's and the post author's current names, and a rename between two
//   exports would otherwise re-key, and duplicate, every comment.
// * conversation_key: the external_id (the export does not identify the post).
// kDataError when neither array is there; sink errors are returned as they are.
Status ReadComments(const rapidjson::Value& document, const Identity& owner,
                    std::string_view source, EventSink& sink);

// The person whose post, photo, comment, ... a comment answers, from the English title of a
// comments.json item (mojibake-repaired): the <Name> of "... commented on <Name>'s <thing>..."
// or "... replied to <Name>'s <thing>...", the possessive written "'s" or "’s". Empty when the
// title has neither form, names something that is not a person ("a post", "his own post",
// "your ..."), names `owner_name` or a deleted account, or looks implausible (over 200
// bytes). Titles in other languages yield nothing.
std::string CommentCounterpart(std::string_view title, std::string_view owner_name);

// Turns a parsed friends list ({"friends_v2": [{name, timestamp}]}, or "friends") into one
// `connection` event per friend: authored by `owner`, outbound (the export does not say who
// sent the request), counterpart the friend, occurred_at the timestamp (seconds), empty text.
// external_id: "fb:friend:" + hex XXH3-128 of (name, timestamp); conversation_key: the
// external_id. Deleted accounts ("deleted account") and items without name or timestamp are
// skipped. kDataError when neither array is there.
Status ReadFriends(const rapidjson::Value& document, const Identity& owner, std::string_view source,
                   EventSink& sink);

}  // namespace touchpoint::facebook
