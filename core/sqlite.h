#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace touchpoint {

// A prepared statement. Bind with 1-based indices, Step() until it returns false, Reset() to
// reuse. Not thread-safe; owned by one connection.
class Statement {
 public:
  Statement() = default;
  explicit Statement(sqlite3_stmt* stmt) noexcept : stmt_(stmt) {}

  // Text is not copied: it must stay alive until the statement is stepped and reset.
  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, int64_t value);
  // Binds NULL when `text` is empty: optional columns are NULL rather than ''.
  Statement& BindOptional(int index, std::string_view text);
  Statement& BindNull(int index);

  // Runs one step: true when a row is available, false when done. Errors carry the SQL.
  Result<bool> Step();
  // Runs to completion, for statements that return no rows.
  Status Run();
  void Reset() noexcept;

  int64_t Int(int column) const noexcept;
  std::string_view Text(int column) const noexcept;  // "" for NULL
  bool IsNull(int column) const noexcept;

  sqlite3_stmt* get() const noexcept { return stmt_.get(); }

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }
  };
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

// One SQLite connection. Not thread-safe: use one per thread.
class Connection {
 public:
  enum class Mode { kReadWriteCreate, kReadWrite, kReadOnly };

  // Opens the database file. Errors: kNoInput when it does not exist in a non-creating mode,
  // kIoError otherwise; both name the path.
  static Result<Connection> Open(const std::filesystem::path& path, Mode mode);

  Connection(Connection&&) noexcept = default;
  Connection& operator=(Connection&&) noexcept = default;

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // Runs a query that returns one integer in its first row, first column.
  Result<int64_t> QueryInt(std::string_view sql);
  Result<std::string> QueryText(std::string_view sql);

  int64_t LastInsertRowid() const noexcept;
  int Changes() const noexcept;
  sqlite3* get() const noexcept { return db_.get(); }
  const std::filesystem::path& path() const noexcept { return path_; }

  // An error status for the connection's last failure, prefixed with `what`.
  Status LastError(std::string_view what) const;

 private:
  struct Closer {
    void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
  };
  Connection(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}

  std::unique_ptr<sqlite3, Closer> db_;
  std::filesystem::path path_;
};

// A write transaction (BEGIN IMMEDIATE) rolled back on destruction unless committed.
class Transaction {
 public:
  explicit Transaction(Connection& db) : db_(db) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    if (open_) db_.Exec("ROLLBACK");
  }
  // IMMEDIATE: a second writer waits for busy_timeout here, then fails with kBusy, instead of
  // deadlocking halfway through.
  Status Begin();
  Status Commit();

 private:
  Connection& db_;
  bool open_ = false;
};

// The store's own bookkeeping (table store_state): how far a derived structure has caught up
// with the events table, as the last event id it covers (0 when never).
Result<int64_t> CaughtUpThrough(Connection& db, std::string_view key);
// Records that `key` now covers every stored event.
Status MarkCaughtUp(Connection& db, std::string_view key);

// Maps an SQLite result code to our status categories (full disk and I/O errors to kIoError,
// busy/locked to kBusy, read-only to kPermission).
StatusCode StatusCodeForSqlite(int rc) noexcept;
// `message` and, for errors a user can act on (disk full, a damaged or read-only database,
// a lock held by another process), what to do about it.
std::string WithSqliteHint(std::string message, int rc);

}  // namespace touchpoint
