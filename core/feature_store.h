#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/conversation_features.h"
#include "core/sqlite.h"
#include "core/status.h"

namespace touchpoint {

// Keeps conversation_features, people, introductions and the search index in step with the
// events table. Incremental: only conversations with new events, and the other
// conversations of the people in them, are recomputed. Runs in its own transaction.
class FeatureStore {
 public:
  explicit FeatureStore(Connection& db) : db_(db) {}

  // Brings everything up to date after imports or polls. Returns how many conversations
  // were rescored.
  Result<int64_t> Refresh();
  // Recomputes every conversation from scratch (after a rule change).
  Result<int64_t> RescoreAll();

  // Features of one conversation from its events up to `until_ms` (all when nullopt), with
  // person context as of then. For --as-of queries on conversations that went on later.
  Result<ConversationFeatures> Compute(int64_t conversation_id, std::optional<int64_t> until_ms);

 private:
  Result<int64_t> RefreshConversations(const std::vector<int64_t>& conversation_ids);
  Status AssignPeople();
  Status IndexText();
  Status FindIntroductions(const std::vector<int64_t>& conversation_ids);
  Result<std::vector<int64_t>> DirtyConversations(int64_t after_event_id);
  Status LoadOwners();
  Status FillPersonContext(ConversationFeatures& features, std::optional<int64_t> until_ms);
  Status Save(const ConversationFeatures& features);

  Connection& db_;
  std::vector<int64_t> owner_ids_;
};

}  // namespace touchpoint
