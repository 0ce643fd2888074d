#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/conversation_features.h"
#include "core/person_history.h"
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
  // were rescored. Takes no write lock when nothing changed since the last refresh.
  Result<int64_t> Refresh();
  // Recomputes every conversation from scratch (after a rule change). Refresh() does this by
  // itself once when the stored features come from other rules (kFeaturesVersion).
  Result<int64_t> RescoreAll();

  // Adds events not yet in the full-text index to it. Search calls this first, so imports do
  // not pay for indexing text nobody searched yet.
  Status IndexText();

  // Features of one conversation from its events up to `until_ms` (all when nullopt), with
  // person context as of then. For --as-of queries on conversations that went on later.
  Result<ConversationFeatures> Compute(int64_t conversation_id, std::optional<int64_t> until_ms);
  // Compute() for several conversations, in the order given. Each counterpart's history is
  // read once for all of their conversations, so this is much cheaper than one Compute() per
  // conversation when people recur.
  Result<std::vector<ConversationFeatures>> ComputeMany(const std::vector<int64_t>& conversation_ids,
                                                        std::optional<int64_t> until_ms);

 private:
  struct Statements;
  Status Prepare();
  // Whether a refresh has anything to do: new events, re-threaded events, or identity
  // changes that may place or merge people (store_state 'people_changed').
  Result<bool> Pending();
  Result<int64_t> RefreshDirty();
  Status MarkDirty(int64_t after_event_id);
  Status MarkAllDirty();
  Status AssignPeople();
  Status FindIntroductions();
  // The conversation's own features from its events up to `until`, without person context.
  Result<ConversationFeatures> ComputeOwn(int64_t conversation_id, int64_t until);
  Status Save(const ConversationFeatures& features);

  Connection& db_;
  std::unique_ptr<Statements> statements_;
  std::vector<int64_t> owner_ids_;
};

// Whether events were stored since the last Refresh() or IndexText(), or the stored features
// come from other rules: a read-only check, for readers deciding whether to ask the writer to
// catch up first.
Result<bool> FeaturesBehind(Connection& db);

}  // namespace touchpoint
