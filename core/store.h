#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/import_session.h"
#include "core/poll_session.h"
#include "core/sqlite.h"
#include "core/status.h"
#include "schema/migrations.h"

namespace touchpoint {

// Identifies a touchpoint database file in its header (PRAGMA application_id): "TPNT".
inline constexpr int64_t kApplicationId = 0x54504E54;

struct StoreOptions {
  // PRAGMA synchronous: "NORMAL" (default; safe in WAL, may lose the last commits on power
  // loss, which re-running an import repairs), "FULL" or "OFF".
  std::string synchronous = "NORMAL";
  int busy_timeout_ms = 5000;  // how long a writer waits for another before kBusy
  // When false, a missing database file is kNoInput instead of being created (read commands).
  bool create_if_missing = true;
};

// The SQLite store. Open() creates the file if needed (mode 0600: it holds private
// conversations and API tokens), sets the connection pragmas (WAL, synchronous, foreign_keys,
// busy_timeout) and applies pending migrations, each in its own transaction. One Store per
// thread; several processes may open the same file.
class Store final : public ImportTarget, public PollTarget {
 public:
  // Errors: kIoError when the file cannot be opened or created (names the path);
  // kDataError when the file is not a touchpoint database or was written by a newer
  // touchpoint (schema version above ours); such a file is left untouched.
  static Result<Store> Open(const std::filesystem::path& path, const StoreOptions& options = {});

  // Applies `migrations` above the current user_version, each in one transaction; a failing
  // step is rolled back and leaves the database at the previous version. Exposed for tests.
  static Status Migrate(Connection& connection, std::span<const Migration> migrations);

  Connection& connection() noexcept { return connection_; }

  // Starts a write session (BEGIN IMMEDIATE). One session at a time per Store; it must not
  // outlive the Store.
  Result<std::unique_ptr<ImportSession>> BeginImport(const ImportSource& source) override;

  Result<std::optional<ImportRecord>> FindImport(std::string_view content_hash) override;
  Result<std::optional<Identity>> FindOwner(std::string_view platform) override;

  // PollTarget (see core/poll_session.h). A poll session must not outlive the Store; no
  // other write session may be open on this Store while it commits.
  Result<std::unique_ptr<PollSession>> BeginPoll(const PollSource& source) override;
  Result<std::optional<std::string>> Cursor(const PollSource& source,
                                            std::string_view stream) override;
  Status SaveTokens(const PollSource& source, const ApiTokens& tokens, int64_t now_ms) override;
  Result<std::optional<ApiTokens>> LoadTokens(const PollSource& source) override;
  Status RecordPollProblem(const PollSource& source, const PollProblem& problem) override;
  Result<std::optional<ConnectorHealth>> Health(const PollSource& source) override;
  Result<std::vector<ConnectorHealth>> AllHealth() override;

 private:
  explicit Store(Connection connection) : connection_(std::move(connection)) {}
  Connection connection_;
};

}  // namespace touchpoint
