#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace touchpoint {

enum class EventKind { kMention, kReply, kDm, kComment, kConnection, kInvitation, kPost };
enum class Direction { kInbound, kOutbound };

std::string_view EventKindName(EventKind kind) noexcept;
std::string_view DirectionName(Direction direction) noexcept;
std::optional<EventKind> ParseEventKind(std::string_view name) noexcept;
std::optional<Direction> ParseDirection(std::string_view name) noexcept;

// One platform account as a source names it. Any field may be empty; which ones are filled
// depends on the platform (Twitter DMs carry only user_id, Facebook only a display name).
struct Identity {
  std::string user_id;      // the platform's stable numeric/opaque id
  std::string handle;       // screen name without '@', as written
  std::string name;         // display name
  std::string profile_url;  // normalized profile URL
  std::string email;

  bool empty() const noexcept {
    return user_id.empty() && handle.empty() && name.empty() && profile_url.empty() &&
           email.empty();
  }
};

// A touchpoint: one mention, reply, message, comment, ... as a connector normalized it.
struct Event {
  std::string platform;     // "twitter", "facebook", "linkedin", ...
  std::string external_id;  // the platform's id, or a documented natural key
  EventKind kind = EventKind::kPost;
  Direction direction = Direction::kOutbound;
  std::string conversation_key;  // the platform's thread
  std::string parent_id;         // external_id of the item this answers; empty if none
  Identity author;
  std::vector<Identity> counterparts;  // everyone addressed or involved but the owner
  int64_t occurred_at_ms = 0;          // UTC milliseconds since the epoch
  std::string text;                    // cleaned UTF-8
  std::string source;                  // archive entry or API endpoint it came from
};

}  // namespace touchpoint
