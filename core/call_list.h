#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/scorer.h"
#include "core/sqlite.h"
#include "core/status.h"

namespace touchpoint {

struct CallConversation {
  int64_t id = 0;
  std::string platform;
  std::string conversation_key;
};

// One flag: a person's new conversations worth a call, with why.
struct Call {
  int64_t id = 0;  // the id of its best conversation; what ack/snooze/dismiss/called take
  double score = 0;
  std::string state = "new";  // "new" or "acknowledged"
  std::vector<std::string> people;
  std::vector<Reason> reasons;
  int64_t first_at = 0;
  int64_t last_at = 0;
  std::vector<CallConversation> conversations;
};

// The flags as of `as_of_ms`, best first. Uses the stored features (FeatureStore::Refresh
// must have run); conversations that went on after `as_of_ms` are recomputed from their
// events up to then, so results on old data are reproducible. Dismissed and called flags,
// and snoozed ones before their date, are left out unless the person wrote again since.
Result<std::vector<Call>> BuildCallList(Connection& db, int64_t as_of_ms,
                                        const ScoringConfig& config);

enum class Decision { kAcknowledge, kSnooze, kDismiss, kCalled };

// Records the user's decision on the flag `call_id` (every conversation it covers as of
// `now_ms`). kNoInput when no conversation has that id.
Status Decide(Connection& db, int64_t call_id, Decision decision, std::optional<int64_t> until_ms,
              int64_t now_ms, const ScoringConfig& config);

}  // namespace touchpoint
