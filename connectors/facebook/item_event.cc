#include "connectors/facebook/item_event.h"

#include <utility>

namespace touchpoint::facebook {

Event MakeItemEvent(ItemFacts facts, const Identity& owner, std::string_view source) {
  Event event;
  event.platform = "facebook";
  event.kind = facts.kind;
  event.direction = facts.outbound ? Direction::kOutbound : Direction::kInbound;
  event.conversation_key =
      facts.conversation_key.empty() ? facts.external_id : std::move(facts.conversation_key);
  event.external_id = std::move(facts.external_id);
  event.parent_id = std::move(facts.parent_id);
  event.author = facts.outbound ? owner : std::move(facts.author);
  event.counterparts = std::move(facts.counterparts);
  event.occurred_at_ms = facts.occurred_at_ms;
  event.text = std::move(facts.text);
  event.source = std::string(source);
  return event;
}

}  // namespace touchpoint::facebook
