#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "connectors/event_sink.h"
#include "connectors/twitter/owner.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::twitter {

// The other people in one DM conversation, in first-seen order. The archive reader (a
// dmConversation with all its messages) and the API poller (dm_events of one poll) gather
// them alike: from a one-to-one conversation id ("<id>-<id>"), senders, recipients and
// join/leave events. Not thread-safe.
class DmParticipants {
 public:
  explicit DmParticipants(const Owner& owner) : owner_(owner) {}

  // Adds both ids of a one-to-one conversation id; a group id (no dash) adds nobody.
  void AddFromConversationId(std::string_view conversation_id);
  // Ignores the owner, empty ids and "0" (a group message's recipient).
  void Add(std::string_view user_id);
  // Adds every string of a JSON array of user ids; `ids` may be null.
  void AddAll(const rapidjson::Value* ids);
  // Each user id as an identity with only user_id set.
  std::vector<Identity> Identities() const;

 private:
  const Owner& owner_;
  std::vector<std::string> ids_;
};

// One direct message as a source read it (messageCreate in an archive, a MessageCreate
// dm_event from the API).
struct DmFacts {
  std::string id;
  std::string conversation_id;
  int64_t occurred_at_ms = 0;
  Identity sender;   // user_id always; handle and name when the source has them
  std::string text;  // as sent, t.co links expanded (DM text is not HTML-escaped)
  std::vector<Identity> counterparts;  // the conversation's participants but the owner
};

// Emits one `dm` event: outbound when the sender is the owner (authored by the owner's
// identity), inbound otherwise; the conversation key is the conversation id. Returns the
// sink's status.
Status EmitDm(DmFacts message, const Owner& owner, std::string_view source, EventSink& sink);

}  // namespace touchpoint::twitter
