#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/event_writer.h"
#include "core/poll_session.h"
#include "core/sqlite.h"

namespace touchpoint {

// PollSession on one SQLite connection: collects the poll in memory, then writes it through
// an EventWriter in one transaction together with the cursors and the connector's health.
class SqlitePollSession final : public PollSession {
 public:
  // kUsage when the source names no connector or account; SQLite errors from preparing.
  static Result<std::unique_ptr<PollSession>> Begin(Connection& connection,
                                                    const PollSource& source);

  void SetOwner(std::string_view platform, const Identity& owner) override;
  Status Emit(Event event) override;
  Status SetCursor(std::string_view stream, std::string_view value) override;
  Result<PollCounts> Commit(int64_t now_ms) override;

 private:
  SqlitePollSession(Connection& connection, PollSource source, std::unique_ptr<EventWriter> writer);
  // Everything but COMMIT, inside the writer's transaction.
  Status WriteAll(int64_t now_ms, PollCounts& counts);

  Connection& db_;
  PollSource source_;
  std::unique_ptr<EventWriter> writer_;
  std::vector<Event> events_;
  std::map<std::string, std::string, std::less<>> cursors_;
  bool committed_ = false;
};

}  // namespace touchpoint
