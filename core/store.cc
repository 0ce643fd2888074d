#include "core/store.h"

#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <system_error>

#include "core/sqlite_api_state.h"
#include "core/sqlite_import_session.h"
#include "core/sqlite_poll_session.h"

namespace touchpoint {
namespace {

Status CreateParentDirectory(const std::filesystem::path& path) {
  const std::filesystem::path parent = path.parent_path();
  if (parent.empty()) return Status::Ok();
  std::error_code error;
  if (std::filesystem::is_directory(parent, error)) return Status::Ok();
  std::filesystem::create_directories(parent, error);
  if (error) {
    return Status(StatusCode::kIoError,
                  parent.string() + ": cannot create directory: " + error.message());
  }
  // The database holds years of private conversations: owner-only by default.
  ::chmod(parent.c_str(), 0700);
  return Status::Ok();
}

bool CanWriteNextTo(const std::filesystem::path& path) {
  const std::filesystem::path parent =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  return ::access(path.c_str(), W_OK) == 0 && ::access(parent.c_str(), W_OK) == 0;
}

int LatestVersion() { return static_cast<int>(Migrations().size()); }

// Refuses files that are not ours or are newer than this binary, before anything is written.
Status CheckHeader(Connection& connection) {
  const std::string where = connection.path().string();
  Result<int64_t> application_id = connection.QueryInt("PRAGMA application_id");
  if (!application_id) {
    // The first read is where a read-only folder shows (WAL needs its -shm file there).
    if (!CanWriteNextTo(connection.path())) {
      return Status(StatusCode::kIoError,
                    where + ": cannot be opened for writing: a read-only file system, or no "
                            "write permission on the file or its folder (touchpoint keeps its "
                            "-wal and -shm files next to the database)");
    }
    if (sqlite3_extended_errcode(connection.get()) != SQLITE_NOTADB) {
      return application_id.error().WithContext(where);
    }
    return Status(StatusCode::kDataError,
                  where + ": not a touchpoint database: " + application_id.error().message());
  }
  Result<int64_t> version = connection.QueryInt("PRAGMA user_version");
  Result<int64_t> objects = connection.QueryInt("SELECT count(*) FROM sqlite_master");
  if (!version || !objects) return connection.LastError(where);
  if (*application_id != 0 && *application_id != kApplicationId) {
    return Status(StatusCode::kDataError,
                  where + ": not a touchpoint database (application_id " +
                      std::to_string(*application_id) + "); left untouched");
  }
  if (*application_id == 0 && *objects > 0) {
    return Status(StatusCode::kDataError,
                  where + ": not a touchpoint database (it already holds other tables); left "
                          "untouched");
  }
  if (*version > LatestVersion()) {
    return Status(StatusCode::kDataError,
                  where + ": written by a newer touchpoint (schema version " +
                      std::to_string(*version) + ", this build knows up to " +
                      std::to_string(LatestVersion()) + "); left untouched");
  }
  return Status::Ok();
}

Status SetPragmas(Connection& connection, const StoreOptions& options) {
  const std::string where = connection.path().string();
  Result<std::string> mode = connection.QueryText("PRAGMA journal_mode=WAL");
  if (!mode) return mode.error().WithContext(where + ": enabling WAL");
  if (*mode != "wal") {
    return Status(StatusCode::kIoError, where + ": cannot enable WAL (journal_mode is " + *mode + ")");
  }
  const std::string& sync = options.synchronous;
  if (sync != "NORMAL" && sync != "FULL" && sync != "OFF") {
    return Status(StatusCode::kConfigError, "synchronous must be NORMAL, FULL or OFF, not '" +
                                                sync + "'");
  }
  // A larger page cache keeps bulk imports from spilling the same B-tree pages to the WAL
  // again and again.
  return connection.Exec("PRAGMA synchronous=" + sync +
                         "; PRAGMA foreign_keys=ON; PRAGMA cache_size=-16384;");
}

}  // namespace

Result<Store> Store::Open(const std::filesystem::path& path, const StoreOptions& options) {
  if (!options.create_if_missing && !std::filesystem::exists(path)) {
    return Fail(StatusCode::kNoInput, path.string() + ": no database here yet (import an archive "
                                                      "first, or pass --db)");
  }
  if (Status status = CreateParentDirectory(path); !status.ok()) return Fail(status);
  const bool existed = std::filesystem::exists(path);
  Result<Connection> connection = Connection::Open(path, Connection::Mode::kReadWriteCreate);
  if (!connection) return Fail(connection.error());
  // Owner-only before anything is written; SQLite gives the -wal and -shm files the same
  // mode. An existing file keeps the mode its owner chose.
  if (!existed) ::chmod(path.c_str(), 0600);
  if (Status status = connection->Exec("PRAGMA busy_timeout=" +
                                       std::to_string(options.busy_timeout_ms));
      !status.ok()) {
    return Fail(status);
  }
  if (Status status = CheckHeader(*connection); !status.ok()) return Fail(status);
  if (Status status = SetPragmas(*connection, options); !status.ok()) return Fail(status);
  if (Status status = Migrate(*connection, Migrations()); !status.ok()) return Fail(status);
  return Store(std::move(*connection));
}

Status Store::Migrate(Connection& connection, std::span<const Migration> migrations) {
  Result<int64_t> current = connection.QueryInt("PRAGMA user_version");
  if (!current) return current.error();
  for (const Migration& migration : migrations) {
    if (migration.version <= *current) continue;
    const std::string where = connection.path().string() + ": migration " +
                              std::string(migration.file);
    if (Status status = connection.Exec("BEGIN IMMEDIATE"); !status.ok()) {
      return status.WithContext(where);
    }
    Status status = connection.Exec(migration.sql);
    if (status.ok()) {
      status = connection.Exec("PRAGMA application_id=" + std::to_string(kApplicationId) +
                               "; PRAGMA user_version=" + std::to_string(migration.version));
    }
    if (status.ok()) status = connection.Exec("COMMIT");
    if (!status.ok()) {
      connection.Exec("ROLLBACK");
      return status.WithContext(where);
    }
  }
  return Status::Ok();
}

Result<std::unique_ptr<ImportSession>> Store::BeginImport(const ImportSource& source) {
  return SqliteImportSession::Begin(connection_, source);
}

Result<std::optional<ImportRecord>> Store::FindImport(std::string_view content_hash) {
  Result<Statement> stmt = connection_.Prepare(
      "SELECT id, source, platform, started_at, finished_at, status, events_read, events_added, "
      "events_present, events_skipped, report FROM imports WHERE content_hash = ?1 "
      "ORDER BY id DESC LIMIT 1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, content_hash);
  Result<bool> row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<ImportRecord>();
  ImportRecord record;
  record.id = stmt->Int(0);
  record.source = {std::string(stmt->Text(1)), std::string(content_hash),
                   std::string(stmt->Text(2))};
  record.started_at_ms = stmt->Int(3);
  record.finished_at_ms = stmt->Int(4);
  record.partial = stmt->Text(5) == "partial";
  record.read = stmt->Int(6);
  record.added = stmt->Int(7);
  record.present = stmt->Int(8);
  record.skipped = stmt->Int(9);
  record.report_json = std::string(stmt->Text(10));
  return std::optional<ImportRecord>(std::move(record));
}

Result<std::optional<Identity>> Store::FindOwner(std::string_view platform) {
  Result<Statement> stmt = connection_.Prepare(
      "SELECT coalesce(user_id, ''), coalesce(handle, ''), coalesce(name, ''),"
      " coalesce(profile_url, ''), coalesce(email, '') FROM identities"
      " WHERE platform = ?1 AND is_owner = 1 ORDER BY id LIMIT 1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, platform);
  Result<bool> row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<Identity>();
  return std::optional<Identity>(Identity{std::string(stmt->Text(0)), std::string(stmt->Text(1)),
                                          std::string(stmt->Text(2)), std::string(stmt->Text(3)),
                                          std::string(stmt->Text(4))});
}

Result<std::unique_ptr<PollSession>> Store::BeginPoll(const PollSource& source) {
  return SqlitePollSession::Begin(connection_, source);
}

Result<std::optional<std::string>> Store::Cursor(const PollSource& source,
                                                 std::string_view stream) {
  return ReadCursor(connection_, source, stream);
}

Status Store::SaveTokens(const PollSource& source, const ApiTokens& tokens, int64_t now_ms) {
  return SaveApiTokens(connection_, source, tokens, now_ms);
}

Result<std::optional<ApiTokens>> Store::LoadTokens(const PollSource& source) {
  return LoadApiTokens(connection_, source);
}

Status Store::RecordPollProblem(const PollSource& source, const PollProblem& problem) {
  return WritePollProblem(connection_, source, problem);
}

Result<std::optional<ConnectorHealth>> Store::Health(const PollSource& source) {
  Result<std::vector<ConnectorHealth>> found = ReadHealth(connection_, source);
  if (!found) return Fail(found.error());
  if (found->empty()) return std::optional<ConnectorHealth>();
  return std::optional<ConnectorHealth>(std::move(found->front()));
}

Result<std::vector<ConnectorHealth>> Store::AllHealth() {
  return ReadHealth(connection_, std::nullopt);
}

}  // namespace touchpoint
