#pragma once

#include "core/sqlite.h"
#include "core/status.h"

namespace touchpoint {

// Introductions that only words record: a newcomer whose first message says who sent them
// ("Halvard said I could write to you", "Marta me pasó tu contacto"). For every identity in
// the temp table first_seen(identity_id, event_id) that has no introducer yet and wrote that
// first event itself, a known contact named next to a referral phrase becomes the introducer
// (introductions.how = 'named'). A known contact has events before the newcomer's first one.
Status FindNamedReferrals(Connection& db);

}  // namespace touchpoint
