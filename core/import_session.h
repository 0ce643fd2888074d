#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/event.h"
#include "core/status.h"

namespace touchpoint {

// Where an import's data comes from.
struct ImportSource {
  std::string name;          // the path or name the user gave
  std::string content_hash;  // ArchiveReader::ContentHash()
  std::string platform;
};

// What one finished import did; stored in the imports table.
struct ImportRecord {
  int64_t id = 0;
  ImportSource source;
  int64_t started_at_ms = 0;
  int64_t finished_at_ms = 0;
  bool partial = false;  // some entries failed and added nothing
  int64_t read = 0;      // events the connector produced
  int64_t added = 0;     // new rows
  int64_t present = 0;   // already in the store
  int64_t skipped = 0;   // items read but not touchpoints (retweets, system messages, ...)
  std::string report_json = "{}";  // skipped reasons and entry errors
};

enum class WriteOutcome { kAdded, kAlreadyPresent };

// One archive import. Each archive entry is one transaction (BeginEntry .. CommitEntry or
// AbortEntry): an entry whose reading fails adds nothing, and entries already committed stay
// when a later one fails or the process dies, so re-running an import completes it. Finish()
// threads replies and records the import in a last transaction. Destroying a session rolls
// back the entry in progress. Not thread-safe.
class ImportSession {
 public:
  virtual ~ImportSession() = default;

  // Records `owner` as the archive owner's identity on `platform`, written with the first
  // event of each entry.
  virtual Status SetOwner(std::string_view platform, const Identity& owner) = 0;

  virtual Status BeginEntry() = 0;
  // Stores one event idempotently: an event with the same (platform, external_id) is left as
  // it is and reported as kAlreadyPresent.
  virtual Result<WriteOutcome> Write(const Event& event) = 0;
  virtual Status CommitEntry() = 0;
  // Drops everything written since BeginEntry().
  virtual void AbortEntry() noexcept = 0;

  // Threads replies into their parents' conversations and stores `record` (its source is the
  // session's). Returns the record's id.
  virtual Result<int64_t> Finish(const ImportRecord& record) = 0;
};

// Where imports are written: the SQLite store, or another backend behind the same contract.
class ImportTarget {
 public:
  virtual ~ImportTarget() = default;
  // Starts a session for one archive. kBusy when another writer holds the store too long.
  virtual Result<std::unique_ptr<ImportSession>> BeginImport(const ImportSource& source) = 0;
  // The most recent finished import of the same content, if any.
  virtual Result<std::optional<ImportRecord>> FindImport(std::string_view content_hash) = 0;
  // The owner's identity on `platform` as earlier imports recorded it, if any.
  virtual Result<std::optional<Identity>> FindOwner(std::string_view platform) = 0;
};

}  // namespace touchpoint
