#pragma once

#include <string_view>

#include <rapidjson/document.h>

#include "connectors/event_sink.h"
#include "connectors/twitter/owner.h"
#include "core/status.h"

namespace touchpoint::twitter {

// Turns one item of a direct-messages file ({"dmConversation": {conversationId, messages}})
// into one `dm` event per messageCreate, inbound or outbound by sender. One-to-one
// conversation ids are "<id>-<id>"; group ids have no dash, and their participants are
// gathered from senders, recipients, join snapshots and join/leave events. Group
// housekeeping (joins, leaves, renames, reactions) and welcome messages are skipped with a
// reason, never stored as messages. Counterparts are every participant but the owner.
Status ReadDmConversation(const rapidjson::Value& item, const Owner& owner,
                          std::string_view source, EventSink& sink);

}  // namespace touchpoint::twitter
