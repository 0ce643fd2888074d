#include "core/sqlite_import_session.h"

#include <utility>

namespace touchpoint {

SqliteImportSession::SqliteImportSession(Connection& connection, ImportSource source,
                                         std::unique_ptr<EventWriter> writer)
    : db_(connection), source_(std::move(source)), writer_(std::move(writer)) {}

Result<std::unique_ptr<ImportSession>> SqliteImportSession::Begin(Connection& connection,
                                                                  const ImportSource& source) {
  Result<std::unique_ptr<EventWriter>> writer = EventWriter::Create(connection);
  if (!writer) return Fail(writer.error());
  return std::unique_ptr<ImportSession>(
      new SqliteImportSession(connection, source, std::move(*writer)));
}

Status SqliteImportSession::SetOwner(std::string_view platform, const Identity& owner) {
  writer_->SetOwner(platform, owner);
  return Status::Ok();
}

Status SqliteImportSession::BeginEntry() { return writer_->Begin("starting an import entry"); }

Result<WriteOutcome> SqliteImportSession::Write(const Event& event) {
  return writer_->Write(event);
}

Status SqliteImportSession::CommitEntry() { return writer_->Commit("committing an import entry"); }

void SqliteImportSession::AbortEntry() noexcept { writer_->Rollback(); }

Result<int64_t> SqliteImportSession::Finish(const ImportRecord& record) {
  if (Status status = writer_->Begin("recording the import"); !status.ok()) return Fail(status);
  if (Status status = writer_->ThreadReplies(); !status.ok()) return Fail(status);
  Result<Statement> insert = db_.Prepare(
      "INSERT INTO imports(source, content_hash, platform, started_at, finished_at, status,"
      " events_read, events_added, events_present, events_skipped, report)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  if (!insert) return Fail(insert.error());
  insert->Bind(1, source_.name)
      .Bind(2, source_.content_hash)
      .Bind(3, source_.platform)
      .Bind(4, record.started_at_ms)
      .Bind(5, record.finished_at_ms)
      .Bind(6, record.partial ? "partial" : "ok")
      .Bind(7, record.read)
      .Bind(8, record.added)
      .Bind(9, record.present)
      .Bind(10, record.skipped)
      .Bind(11, record.report_json);
  if (Status status = insert->Run(); !status.ok()) return Fail(status);
  const int64_t id = db_.LastInsertRowid();
  if (Status status = writer_->Commit("committing the import record"); !status.ok()) {
    return Fail(status);
  }
  return id;
}

}  // namespace touchpoint
