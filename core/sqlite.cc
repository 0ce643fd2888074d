#include "core/sqlite.h"

#include <string>

namespace touchpoint {

StatusCode StatusCodeForSqlite(int rc) noexcept {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return StatusCode::kBusy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return StatusCode::kPermission;
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return StatusCode::kIoError;
    default:
      return StatusCode::kInternal;
  }
}

std::string WithSqliteHint(std::string message, int rc) {
  switch (rc & 0xff) {
    case SQLITE_FULL:
      message += " (the disk is full: free some space and run it again)";
      break;
    case SQLITE_CORRUPT:
      message += " (the database file is damaged: `touchpoint db check` lists the damage; "
                 "restore a backup)";
      break;
    case SQLITE_READONLY:
      message += " (the database cannot be written here: a read-only file system, or no "
                 "write permission on the file or its folder)";
      break;
    case SQLITE_IOERR:
      message += " (the disk reported an error)";
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      message += " (another process is writing it; try again when it is done)";
      break;
    default:
      break;
  }
  return message;
}

Statement& Statement::Bind(int index, std::string_view text) {
  // An empty view may carry a null pointer, which SQLite would bind as NULL.
  sqlite3_bind_text(stmt_.get(), index, text.empty() ? "" : text.data(),
                    static_cast<int>(text.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}

Statement& Statement::BindOptional(int index, std::string_view text) {
  return text.empty() ? BindNull(index) : Bind(index, text);
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_.get(), index);
  return *this;
}

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3* db = sqlite3_db_handle(stmt_.get());
  std::string message = sqlite3_errmsg(db);
  message += " (in: ";
  message += sqlite3_sql(stmt_.get());
  message += ")";
  const int code = sqlite3_extended_errcode(db);
  sqlite3_reset(stmt_.get());
  return Fail(StatusCodeForSqlite(code), WithSqliteHint(std::move(message), code));
}

Status Statement::Run() {
  for (;;) {
    Result<bool> row = Step();
    if (!row) return row.error();
    if (!*row) break;
  }
  Reset();
  return Status::Ok();
}

void Statement::Reset() noexcept {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

int64_t Statement::Int(int column) const noexcept {
  return sqlite3_column_int64(stmt_.get(), column);
}

std::string_view Statement::Text(int column) const noexcept {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), column));
  if (text == nullptr) return {};
  return std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(stmt_.get(), column)));
}

bool Statement::IsNull(int column) const noexcept {
  return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

Result<Connection> Connection::Open(const std::filesystem::path& path, Mode mode) {
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
    case Mode::kReadWriteCreate:
      flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
      break;
    case Mode::kReadWrite:
      flags |= SQLITE_OPEN_READWRITE;
      break;
    case Mode::kReadOnly:
      flags |= SQLITE_OPEN_READONLY;
      break;
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = path.string() + ": cannot open database: ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    const bool missing = mode != Mode::kReadWriteCreate && !std::filesystem::exists(path);
    return Fail(missing ? StatusCode::kNoInput : StatusCode::kIoError, std::move(message));
  }
  sqlite3_extended_result_codes(db, 1);
  return Connection(db, path);
}

Status Connection::LastError(std::string_view what) const {
  std::string message(what);
  message += ": ";
  message += sqlite3_errmsg(db_.get());
  const int code = sqlite3_extended_errcode(db_.get());
  return Status(StatusCodeForSqlite(code), WithSqliteHint(std::move(message), code));
}

Status Connection::Exec(std::string_view sql) {
  const std::string owned(sql);
  char* error = nullptr;
  const int rc = sqlite3_exec(db_.get(), owned.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string message = error != nullptr ? error : sqlite3_errstr(rc);
  sqlite3_free(error);
  const int code = sqlite3_extended_errcode(db_.get());
  return Status(StatusCodeForSqlite(code), WithSqliteHint(std::move(message), code));
}

Result<Statement> Connection::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return Fail(LastError("preparing SQL"));
  return Statement(stmt);
}

Result<int64_t> Connection::QueryInt(std::string_view sql) {
  Result<Statement> stmt = Prepare(sql);
  if (!stmt) return Fail(stmt.error());
  Result<bool> row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return Fail(StatusCode::kInternal, "query returned no row: " + std::string(sql));
  return stmt->Int(0);
}

Result<std::string> Connection::QueryText(std::string_view sql) {
  Result<Statement> stmt = Prepare(sql);
  if (!stmt) return Fail(stmt.error());
  Result<bool> row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return Fail(StatusCode::kInternal, "query returned no row: " + std::string(sql));
  return std::string(stmt->Text(0));
}

int64_t Connection::LastInsertRowid() const noexcept {
  return sqlite3_last_insert_rowid(db_.get());
}

int Connection::Changes() const noexcept { return sqlite3_changes(db_.get()); }

Status Transaction::Begin() {
  Status status = db_.Exec("BEGIN IMMEDIATE");
  open_ = status.ok();
  return status;
}

Status Transaction::Commit() {
  Status status = db_.Exec("COMMIT");
  if (status.ok()) open_ = false;
  return status;
}

Result<int64_t> CaughtUpThrough(Connection& db, std::string_view key) {
  Result<Statement> stmt = db.Prepare(
      "SELECT coalesce((SELECT value FROM store_state WHERE key = ?1), 0)");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, key);
  Result<bool> row = stmt->Step();
  if (!row) return Fail(row.error());
  return stmt->Int(0);
}

Status MarkCaughtUp(Connection& db, std::string_view key) {
  Result<Statement> stmt = db.Prepare(
      "INSERT INTO store_state(key, value) SELECT ?1, coalesce(max(id), 0) FROM events "
      "WHERE true ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (!stmt) return stmt.error();
  stmt->Bind(1, key);
  return stmt->Run();
}

}  // namespace touchpoint
