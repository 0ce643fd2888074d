#pragma once

#include "connectors/event_sink.h"
#include "connectors/linkedin/csv_table.h"
#include "connectors/linkedin/owner.h"
#include "core/status.h"

namespace touchpoint::linkedin {

// The owner's network and activity files. LinkedIn gives their rows no id either, so each
// event's external_id is a natural key: a prefix and the XXH3-128 hex of fields that stay the
// same across Basic and Complete exports and across header eras. Each event is its own
// conversation unless said otherwise. Errors: what the table reports and the sink's.

// Connections.csv -> `connection` events. A connection is mutual and the file does not say
// who asked (Invitations.csv does, for recent ones), so it is stored like a post naming the
// person: outbound, authored by the owner, with the connection (First Name + Last Name, URL
// when the header has it, Email Address when shared) as the one counterpart. Stored as
// inbound, every connection would read as a message waiting for an answer. occurred_at:
// midnight UTC of Connected On. text: "Position at Company" as exported (export-time values).
// external_id "li:conn:" + hash(lower-cased name, or the URL for a nameless row; Connected
// On). Rows with neither name nor URL (members who hid their profile) are skipped.
Status ReadConnections(CsvTable& table, const Owner& owner, EventSink& sink);

// Invitations.csv -> `invitation` events: OUTGOING ones outbound and authored by the owner,
// INCOMING ones inbound and authored by the inviter; the other person {name, URL when the
// file has inviterProfileUrl/inviteeProfileUrl} is the counterpart. occurred_at: Sent At
// (no zone in the file; read as UTC). text: Message. external_id "li:inv:" + hash(direction,
// Sent At, the other person's lower-cased name or else URL). Other directions and
// unreadable dates are skipped with their reason.
Status ReadInvitations(CsvTable& table, const Owner& owner, EventSink& sink);

// Comments.csv / Comments_<n>.csv -> outbound `comment` events by the owner, without
// counterparts (the file does not name the post's author). conversation_key: Link (the post),
// so comments on one post share a conversation. occurred_at: Date (no zone; UTC); blank or
// unreadable dates are skipped. text: Message. external_id "li:cmt:" + hash(Date, Link,
// text), numbered like messages when the same comment repeats at the same time.
Status ReadComments(CsvTable& table, const Owner& owner, EventSink& sink);

}  // namespace touchpoint::linkedin
