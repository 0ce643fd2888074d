#include "core/sqlite_poll_session.h"

#include <cassert>
#include <utility>

#include "core/sqlite_api_state.h"

namespace touchpoint {

SqlitePollSession::SqlitePollSession(Connection& connection, PollSource source,
                                     std::unique_ptr<EventWriter> writer)
    : db_(connection), source_(std::move(source)), writer_(std::move(writer)) {}

Result<std::unique_ptr<PollSession>> SqlitePollSession::Begin(Connection& connection,
                                                              const PollSource& source) {
  if (Status status = CheckPollSource(source); !status.ok()) return Fail(status);
  Result<std::unique_ptr<EventWriter>> writer = EventWriter::Create(connection);
  if (!writer) return Fail(writer.error());
  return std::unique_ptr<PollSession>(
      new SqlitePollSession(connection, source, std::move(*writer)));
}

void SqlitePollSession::SetOwner(std::string_view platform, const Identity& owner) {
  writer_->SetOwner(platform, owner);
}

Status SqlitePollSession::Emit(Event event) {
  assert(!committed_ && "Emit after Commit");
  if (event.platform.empty() || event.external_id.empty()) {
    return Status(StatusCode::kDataError, source_.connector + "/" + source_.account +
                                              ": an event without platform or id (from " +
                                              event.source + ")");
  }
  events_.push_back(std::move(event));
  return Status::Ok();
}

Status SqlitePollSession::SetCursor(std::string_view stream, std::string_view value) {
  assert(!committed_ && "SetCursor after Commit");
  if (stream.empty()) {
    return Status(StatusCode::kUsage,
                  source_.connector + "/" + source_.account + ": a cursor needs a name");
  }
  cursors_.insert_or_assign(std::string(stream), std::string(value));
  return Status::Ok();
}

Status SqlitePollSession::WriteAll(int64_t now_ms, PollCounts& counts) {
  const std::string where = source_.connector + "/" + source_.account + ": poll";
  for (const Event& event : events_) {
    Result<WriteOutcome> outcome = writer_->Write(event);
    if (!outcome) {
      return outcome.error().WithContext(where + ": event " + event.platform + "/" +
                                         event.external_id);
    }
    ++(*outcome == WriteOutcome::kAdded ? counts.added : counts.present);
  }
  if (Status status = writer_->ThreadReplies(); !status.ok()) {
    return status.WithContext(where + ": threading replies");
  }
  for (const auto& [stream, value] : cursors_) {
    if (Status status = WriteCursor(db_, source_, stream, value, now_ms); !status.ok()) {
      return status;
    }
  }
  return WritePollSuccess(db_, source_, counts, now_ms);
}

Result<PollCounts> SqlitePollSession::Commit(int64_t now_ms) {
  assert(!committed_ && "Commit twice");
  const std::string what = "committing a poll of " + source_.connector + "/" + source_.account;
  if (Status status = writer_->Begin(what); !status.ok()) return Fail(status);
  PollCounts counts;
  counts.emitted = static_cast<int64_t>(events_.size());
  if (Status status = WriteAll(now_ms, counts); !status.ok()) {
    writer_->Rollback();
    return Fail(status);
  }
  if (Status status = writer_->Commit(what); !status.ok()) {
    writer_->Rollback();
    return Fail(status);
  }
  committed_ = true;
  events_.clear();
  cursors_.clear();
  return counts;
}

}  // namespace touchpoint
