#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/sqlite.h"
#include "core/status.h"

namespace touchpoint {

struct PersonIdentity {
  int64_t id = 0;
  std::string platform, user_id, handle, name, profile_url, email;
};

struct PersonSummary {
  int64_t id = 0;
  std::string name;
  std::vector<PersonIdentity> identities;
  int64_t events = 0;
  int64_t first_at = 0;
  int64_t last_at = 0;
  std::string introduced_by;  // label of the introducer, if any
};

struct TimelineEntry {
  std::string platform, kind, direction, conversation_key, text;
  int64_t occurred_at = 0;
};

struct MergeEvidence {
  std::string kind;  // same_email, same_profile_url, user_link, never
  std::string evidence;
  std::string a, b;  // identity labels
};

// Reads and corrects who is who. People and identities are kept by FeatureStore; these are the
// user's views and corrections. Not thread-safe; one per connection.
class People {
 public:
  explicit People(Connection& db) : db_(db) {}

  // Everyone but the owner, most recently in touch first.
  Result<std::vector<PersonSummary>> List(int limit);
  // A person by id, @handle, profile URL, e-mail or (unique) name; kNoInput if nobody matches,
  // kUsage if a name matches several people (the message lists them).
  Result<PersonSummary> Find(const std::string& reference);
  Result<std::vector<TimelineEntry>> Timeline(int64_t person_id, int limit);
  Result<std::vector<MergeEvidence>> Evidence(int64_t person_id);
  // Makes the people of `a` and `b` one person, recording the user's link.
  Status Link(const std::string& a, const std::string& b, int64_t now_ms);
  // Takes `b`'s identity out of `a`'s person and records that they must never be merged again.
  Status Unlink(const std::string& a, const std::string& b, int64_t now_ms);

 private:
  Result<int64_t> ResolveIdentity(const std::string& reference);
  Result<PersonSummary> Load(int64_t person_id);

  Connection& db_;
};

struct SearchHit {
  std::string platform, kind, direction, conversation_key, author, snippet;
  int64_t occurred_at = 0;
};

// Full-text search over event text (SQLite FTS5 syntax: words, "phrases", prefix*, OR, NOT),
// best matches first.
Result<std::vector<SearchHit>> Search(Connection& db, const std::string& query, int limit);

struct Introduction {
  std::string introducer, introduced, how;
  int64_t at = 0;
};
Result<std::vector<Introduction>> Introductions(Connection& db);

}  // namespace touchpoint
