#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/event.h"

namespace touchpoint::linkedin {

// What one element of GET /rest/memberChangeLogs (Member Data Portability, apis.md 3.3)
// comes to. Fields are read defensively: the docs leave several of them UNCONFIRMED.
struct ChangeLogItem {
  std::string id;                       // the element's `id` (a number or a string); may be ""
  std::optional<int64_t> processed_at;  // `processedAt`, epoch ms
  std::string owner;                    // `owner`: the member's URN
  std::optional<Event> event;           // a touchpoint to emit
  std::string skip_reason;              // set when the element is no touchpoint
  std::string problem;                  // set when the element is malformed (partial error)
};

inline constexpr char kChangeLogSource[] = "GET /rest/memberChangeLogs";

// Reads one element. `member` is the member as known so far: user_id the person URN (""
// when unknown), profile_url when known (it keys outbound messages like the archive). The
// element's own `owner` is used when it names someone else or the member is unknown. Rules:
//   * resourceName "messages", method CREATE -> a `dm` (MessageEvent): outbound when `actor`
//     is the owner; activity.author is the sender, activity.thread (a URN, or an object with
//     an entityUrn/id and a `membership` list) the conversation and its participants,
//     activity.createdAt the time (else capturedAt, else processedAt), the text from
//     activity.body / content (a string, or an object with text/fallback);
//   * a resourceName containing "comments", method CREATE -> a `comment` (CommentEvent) on
//     activity.object (the post), by `actor`, text from activity.message;
//   * other methods of those (UPDATE, DELETE: edits and deletions) and other resourceNames
//     are skipped with a reason naming them;
//   * an element that is not an object, a message without thread, sender or time, or a
//     comment without time or post, is a problem.
ChangeLogItem ReadChangeLogElement(const rapidjson::Value& element, const Identity& member);

}  // namespace touchpoint::linkedin
