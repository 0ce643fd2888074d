#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connectors/event_sink.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::facebook {

// Readers for Graph API answers (apis.md 2.2, 2.3): {"data": [...], "paging": {"cursors":
// {"before", "after"}, "next"}}. They turn Messenger messages and Page comments into the same
// ItemFacts the export readers build (item_event.h). External ids are Graph's own ("m_...",
// "<post>_<comment>"): exports carry no ids, so the two sources cannot share keys.

// UTC ms from Graph's "2024-05-01T12:34:56+0000"; nullopt when malformed.
std::optional<int64_t> ParseGraphTime(std::string_view text);

// The page's `data` array. kDataError when the page is not an object or `data` is missing
// or not an array (Graph always sends it on a list edge).
Result<const rapidjson::Value*> GraphData(const rapidjson::Value& page);

// The `after` cursor to read the next page with, or "" at the end. The end is the absence of
// `paging.next` (a page may hold fewer items than asked for); `next` itself is never used:
// it embeds the access token.
std::string NextAfter(const rapidjson::Value& page);

// {id, name, email} of a Graph user or Page object; empty for a missing or null one.
Identity GraphIdentity(const rapidjson::Value* who);

// The people of a conversation's `participants` ({"data": [{id, name, email}]}) but the Page.
std::vector<Identity> Participants(const rapidjson::Value& conversation, const Identity& page);

// Emits one message of /{conversation}/messages as a `dm`: outbound when from.id is the
// Page's, conversation key the conversation id, counterparts `participants` plus the sender
// and recipients (`to.data`) who are not the Page. Attachment-only messages keep empty text.
// Messages without id or a readable created_time are skipped with a reason.
Status EmitGraphMessage(const rapidjson::Value& message, std::string_view conversation_id,
                        const std::vector<Identity>& participants, const Identity& page,
                        std::string_view source, EventSink& sink);

// Emits one comment of a Page post as a `comment`: outbound when from.id is the Page's,
// conversation key the post id, parent the comment it answers (parent.id) or else the post.
// A comment whose `from` is withheld is kept, with an unknown author. Counterparts: the
// author and the parent comment's author, when known and not the Page. Comments without id
// or a readable created_time are skipped with a reason.
Status EmitGraphComment(const rapidjson::Value& comment, std::string_view post_id,
                        const Identity& page, std::string_view source, EventSink& sink);

}  // namespace touchpoint::facebook
