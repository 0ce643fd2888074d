#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"

namespace touchpoint::facebook {

// One Facebook item (a Messenger message, a comment, a friendship) as a source read it: the
// export readers (thread files, comments.json, the friends list) and the Graph API poller fill
// this from their own shapes, and MakeItemEvent() is the one place that turns it into a
// touchpoint event, so both agree on platform, kind, direction and identity fields.
struct ItemFacts {
  EventKind kind = EventKind::kDm;
  std::string external_id;
  // The thread; empty means the item stands alone (its own external_id).
  std::string conversation_key;
  std::string parent_id;  // the item it answers; empty if none
  int64_t occurred_at_ms = 0;
  bool outbound = false;  // written by the owner
  // The writer as the source names them; ignored when outbound (the owner is the author).
  // May be empty: a Graph comment whose `from` was withheld has an unknown author.
  Identity author;
  std::vector<Identity> counterparts;  // everyone involved but the owner
  std::string text;                    // "" for attachment-only items
};

// The event for `facts`: platform "facebook", outbound items authored by `owner`.
Event MakeItemEvent(ItemFacts facts, const Identity& owner, std::string_view source);

}  // namespace touchpoint::facebook
