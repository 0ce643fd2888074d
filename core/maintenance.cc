#include "core/maintenance.h"

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace touchpoint {

Status BackupDatabase(Connection& source, const std::filesystem::path& destination) {
  std::error_code error;
  if (std::filesystem::equivalent(source.path(), destination, error)) {
    return Status(StatusCode::kUsage, destination.string() + ": is the database itself");
  }
  const std::filesystem::path partial = destination.string() + ".partial";
  std::filesystem::remove(partial, error);
  Result<Connection> target = Connection::Open(partial, Connection::Mode::kReadWriteCreate);
  if (!target) return target.error();
  sqlite3_backup* backup = sqlite3_backup_init(target->get(), "main", source.get(), "main");
  if (backup == nullptr) return target->LastError(partial.string() + ": backup");
  int rc = SQLITE_OK;
  do {
    rc = sqlite3_backup_step(backup, 256);
    // Busy or locked: a writer is committing; give it the lock and continue.
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) {
    std::filesystem::remove(partial, error);
    return Status(StatusCodeForSqlite(rc),
                  destination.string() + ": backup failed: " + sqlite3_errstr(rc));
  }
  // The copy keeps the source's WAL mode; fold it into one self-contained file.
  if (Status status = target->Exec("PRAGMA journal_mode=DELETE"); !status.ok()) return status;
  target = Result<Connection>(tl::unexpect, Status());  // close before renaming
  std::filesystem::rename(partial, destination, error);
  if (error) {
    std::filesystem::remove(partial, error);
    return Status(StatusCode::kIoError, destination.string() + ": " + error.message());
  }
  return Status::Ok();
}

Result<std::vector<std::string>> CheckDatabase(Connection& db) {
  std::vector<std::string> problems;
  Result<Statement> integrity = db.Prepare("PRAGMA integrity_check");
  if (!integrity) return Fail(integrity.error());
  for (;;) {
    Result<bool> row = integrity->Step();
    if (!row) {
      // Damage bad enough to stop the check itself is its finding, not a failure to check.
      const int code = sqlite3_errcode(db.get());
      if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB) return Fail(row.error());
      problems.push_back(row.error().message());
      return problems;
    }
    if (!*row) break;
    if (integrity->Text(0) != "ok") problems.emplace_back(integrity->Text(0));
  }
  Result<Statement> keys = db.Prepare("PRAGMA foreign_key_check");
  if (!keys) return Fail(keys.error());
  for (;;) {
    Result<bool> row = keys->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    problems.push_back("foreign key: table " + std::string(keys->Text(0)) + " row " +
                       std::to_string(keys->Int(1)) + " points at a missing " +
                       std::string(keys->Text(2)));
  }
  return problems;
}

}  // namespace touchpoint
