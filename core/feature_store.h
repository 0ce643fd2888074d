#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/conversation_features.h"
#include "core/sqlite.h"
#include "core/status.h"

namespace touchpoint {

// Keeps conversation_features, people, introductions and the search index in step with the
// events table. Incremental: only conversations with new events, and the other
// conversations of the people in them (and of people of the same full name elsewhere), are
// recomputed. Each refresh is one transaction. Not thread-safe; one per connection.
class FeatureStore {
 public:
  explicit FeatureStore(Connection& db);
  ~FeatureStore();

  // Brings everything up to date after imports or polls. Returns how many conversations
  // were rescored.
  Result<int64_t> Refresh();
  // Recomputes every conversation from scratch (after a rule change).
  Result<int64_t> RescoreAll();

  // Adds events not yet in the full-text index to it. Search calls this first, so imports do
  // not pay for indexing text nobody searched yet.
  Status IndexText();

  // Features of one conversation from its events up to `until_ms` (all when nullopt), with
  // person context as of then. For --as-of queries on conversations that went on later.
  Result<ConversationFeatures> Compute(int64_t conversation_id, std::optional<int64_t> until_ms);

 private:
  struct Statements;
  Status Prepare();
  Result<int64_t> RefreshDirty();
  Status MarkDirty(int64_t after_event_id);
  Status AssignPeople();
  Status FindIntroductions();
  Status FillPersonContext(ConversationFeatures& features, int64_t until);
  Status Save(const ConversationFeatures& features);

  Connection& db_;
  std::unique_ptr<Statements> statements_;
  std::vector<int64_t> owner_ids_;
};

// Whether events were stored since the last Refresh() or IndexText(): a read-only check, for
// readers deciding whether to ask the writer to catch up first.
Result<bool> FeaturesBehind(Connection& db);

}  // namespace touchpoint
