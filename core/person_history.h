#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/conversation_features.h"
#include "core/sqlite.h"
#include "core/status.h"

namespace touchpoint {

// What the store knows about one counterpart identity beyond a single conversation: when the
// person (every identity sharing its person) was in touch, where they (or someone of the same
// full name) wrote on other platforms, and who introduced them. Loaded once per identity and
// applied to each of its conversations, so a person with many conversations costs one read of
// their history, not one per conversation.
class PersonHistory {
 public:
  // One event the person wrote or was addressed in.
  struct Contact {
    int64_t at = 0;
    int64_t conversation_id = 0;
  };
  // One inbound event the person, or someone of the same full name, wrote on another platform.
  struct Elsewhere {
    int64_t at = 0;
    int64_t author_id = 0;
    int64_t event_id = 0;
    std::string platform;
    std::string text;  // its signals (a recruiter, a goodbye) count here too
  };

  // Fills person context into `features` (prior_contact_at, other_platform_at,
  // other_platform, introduced_by) from this history, as of `until` (the history must have
  // been loaded with the same or a later `until`):
  // * prior_contact_at: the later of its own value and the person's last event before
  //   burst_at in any other conversation;
  // * other_platform_at/other_platform: the elsewhere event nearest to last_inbound_at (the
  //   lowest author id, then event id, among equally near ones); its sender negatives carry
  //   over, and so do its outreach cues; kNegTemplate is set when it has the wording of their
  //   first message here;
  // * introduced_by: the introducer of the person's lowest identity id that has one.
  void Apply(ConversationFeatures& features, int64_t until) const;

  int64_t identity_id = 0;  // whose history this is
  std::vector<Contact> contacts;                           // by time
  std::vector<Elsewhere> elsewhere;                        // any order
  std::vector<std::pair<int64_t, int64_t>> introductions;  // (introducer, at) by identity id
};

// Reads PersonHistory for identities of one connection with prepared statements. Not
// thread-safe; one per connection.
class PersonHistoryReader {
 public:
  // Errors: the statement's failure to prepare.
  static Result<PersonHistoryReader> Prepare(Connection& db);
  PersonHistoryReader(PersonHistoryReader&&) noexcept;
  PersonHistoryReader& operator=(PersonHistoryReader&&) noexcept;
  ~PersonHistoryReader();

  // The history of identity `identity_id` with events up to `until` (ms).
  Result<PersonHistory> Read(int64_t identity_id, int64_t until);

 private:
  struct Statements;
  explicit PersonHistoryReader(std::unique_ptr<Statements> statements);
  std::unique_ptr<Statements> statements_;
};

}  // namespace touchpoint
