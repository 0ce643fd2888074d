#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"

// Events from LinkedIn's REST API, built so that they read like the archive's events of the
// same message or comment (message_reader.h, activity_reader.h): platform "linkedin", the same
// kinds and directions, the thread id as conversation key, the post's feed URL as a comment's
// conversation key, and the archive's natural keys wherever the API gives every part of them.
namespace touchpoint::linkedin {

inline constexpr char kLinkedinPlatform[] = "linkedin";

// A member or organization as the API names it: {user_id = the URN}. A "vanityName" (from a
// decoration) adds the normalized profile URL https://www.linkedin.com/in/<vanityName>.
Identity UrnIdentity(std::string_view urn, std::string_view vanity_name = {});

// The archive's CONVERSATION ID for a thread URN ("urn:li:messagingThread:2-abc" -> "2-abc");
// any other string as it is.
std::string ThreadKey(std::string_view thread);

// The feed URL the archive's Comments.csv gives as Link for a post URN:
// "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A123".
std::string PostLink(std::string_view post_urn);

// Milliseconds cut to whole seconds, as the archive's dates are written.
int64_t WholeSecondsMs(int64_t ms);

struct MessageFacts {
  std::string thread;             // thread URN or id
  Identity sender;                // the author (the owner stands in when outbound)
  bool outbound = false;          // sent by the owner
  std::vector<Identity> members;  // the thread's participants, the owner included or not
  int64_t created_ms = 0;
  std::string text;  // as sent; HTML is reduced here
  std::string source;
};

// A `dm` event. external_id: the archive's key (conversation id, time in whole seconds,
// sender profile URL, text) when the sender's profile URL is known (from `sender`, or the
// owner's on outbound messages), so the API and the archive store one event; else the same
// hash with "urn:<sender URN>" in place of the URL.
// counterparts: the sender and the members but the owner (matched by URN or URL).
Event MessageEvent(const MessageFacts& facts, const Identity& owner);

struct CommentFacts {
  std::string comment_urn;  // for messages only: the key does not use it
  std::string post_urn;     // the post commented on
  Identity author;
  bool by_owner = false;
  int64_t created_ms = 0;
  std::string text;
  std::string source;
};

// A `comment` event: outbound and authored by the owner when by_owner, else inbound with the
// commenter as author and counterpart. conversation_key PostLink(post_urn) (the comment URN
// when there is no post); external_id the archive's "li:cmt:" key (time in whole seconds,
// post link, text), so the owner's comments dedupe with Comments.csv.
Event CommentEvent(const CommentFacts& facts, const Identity& owner);

}  // namespace touchpoint::linkedin
