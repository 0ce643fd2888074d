#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/import_session.h"
#include "core/sqlite.h"

namespace touchpoint {

// ImportSession on one SQLite connection: one transaction for the import, a savepoint per
// entry, prepared statements and small caches for identities and conversations.
class SqliteImportSession final : public ImportSession {
 public:
  // Begins the transaction (BEGIN IMMEDIATE, so a second writer waits for busy_timeout and
  // then fails with kBusy rather than deadlocking later).
  static Result<std::unique_ptr<ImportSession>> Begin(Connection& connection,
                                                      const ImportSource& source);
  ~SqliteImportSession() override;

  Status SetOwner(std::string_view platform, const Identity& owner) override;
  Status BeginEntry() override;
  Result<WriteOutcome> Write(const Event& event) override;
  Status CommitEntry() override;
  void AbortEntry() noexcept override;
  Result<int64_t> Finish(const ImportRecord& record) override;

 private:
  struct Statements;
  // What the store already holds for one identity, so unchanged identities cost no write.
  struct KnownIdentity {
    int64_t id = 0;
    Identity fields;
  };

  explicit SqliteImportSession(Connection& connection);
  Status Prepare(const ImportSource& source);
  Result<int64_t> IdentityId(std::string_view platform, const Identity& identity,
                             bool is_owner = false);
  Result<int64_t> ConversationId(std::string_view platform, std::string_view key);
  Status ThreadReplies();
  void ForgetCaches() noexcept;

  Connection& db_;
  std::unique_ptr<Statements> statements_;
  int64_t import_id_ = 0;
  int64_t first_new_event_id_ = 0;
  bool open_ = false;
  std::unordered_map<std::string, KnownIdentity> identities_;
  std::unordered_map<std::string, int64_t> conversations_;
};

}  // namespace touchpoint
