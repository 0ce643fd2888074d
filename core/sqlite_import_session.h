#pragma once

#include <cstdint>
#include <memory>

#include "core/event_writer.h"
#include "core/import_session.h"
#include "core/sqlite.h"

namespace touchpoint {

// ImportSession on one SQLite connection: a transaction per archive entry and one for the
// import record, written through an EventWriter.
class SqliteImportSession final : public ImportSession {
 public:
  static Result<std::unique_ptr<ImportSession>> Begin(Connection& connection,
                                                      const ImportSource& source);

  Status SetOwner(std::string_view platform, const Identity& owner) override;
  Status BeginEntry() override;
  Result<WriteOutcome> Write(const Event& event) override;
  Status CommitEntry() override;
  void AbortEntry() noexcept override;
  Result<int64_t> Finish(const ImportRecord& record) override;

 private:
  SqliteImportSession(Connection& connection, ImportSource source,
                      std::unique_ptr<EventWriter> writer);

  Connection& db_;
  ImportSource source_;
  std::unique_ptr<EventWriter> writer_;
};

}  // namespace touchpoint
