#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/import_session.h"
#include "core/sqlite.h"

namespace touchpoint {

// ImportSession on one SQLite connection: a transaction per archive entry and one for the
// import record, prepared statements, and small caches for identities and conversations.
class SqliteImportSession final : public ImportSession {
 public:
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

  SqliteImportSession(Connection& connection, ImportSource source);
  Status Prepare();
  Status BeginTransaction(std::string_view what);
  Status CommitTransaction(std::string_view what);
  Result<int64_t> IdentityId(std::string_view platform, const Identity& identity,
                             bool is_owner = false);
  Result<int64_t> ConversationId(std::string_view platform, std::string_view key);
  // Moves replies whose parent is stored into the conversation of their topmost stored
  // ancestor: new events, and earlier events whose parent arrived now (with their replies,
  // recorded in table rethreaded for the scorer).
  Status ThreadReplies();
  void ForgetCaches() noexcept;

  Connection& db_;
  std::unique_ptr<Statements> statements_;
  ImportSource source_;
  std::string owner_platform_;
  Identity owner_;
  bool owner_written_ = false;
  bool in_transaction_ = false;
  std::unordered_map<std::string, KnownIdentity> identities_;
  std::unordered_map<std::string, int64_t> conversations_;
  int64_t conversations_before_ = 0;  // the highest conversation id when the session began
};

}  // namespace touchpoint
