#pragma once

#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <vector>

#include "connectors/event_sink.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::linkedin {

inline constexpr char kSnapshotInboxSource[] = "GET /rest/memberSnapshotData?domain=INBOX";

// The rows of INBOX snapshot elements ({"snapshotDomain": "INBOX", "snapshotData": [{column:
// value}, ...]}), gathered page after page and then read as the archive's messages.csv:
// LinkedIn prepares the snapshot from the same data as the export, with the export's column
// names (UNCONFIRMED: apis.md 3.3 shows the element shape, not the INBOX columns). Reading
// them through the archive importer gives the same events, natural keys and owner detection
// as an imported messages.csv, so backfill and archive never store a message twice.
// Not thread-safe.
class InboxSnapshot {
 public:
  // Adds the rows of one page's `elements`; rows that are not objects, and elements of other
  // domains, are counted in skipped(). Values that are not strings are written as JSON text.
  void AddElements(const rapidjson::Value& elements);

  size_t rows() const noexcept { return rows_.size(); }
  size_t skipped() const noexcept { return skipped_; }

  // Emits the rows as `dm` events (message_reader.h) with source kSnapshotInboxSource, the
  // owner found as owner.h finds it (`known_owner`: a profile URL found before, or nullptr).
  // Returns the owner the rows showed. kDataError when the rows have no messages.csv header
  // columns or the owner cannot be told; the sink's errors.
  Result<Identity> Emit(const Identity* known_owner, EventSink& sink) const;

 private:
  std::vector<std::string> columns_;  // in order of first appearance
  std::vector<std::vector<std::pair<std::string, std::string>>> rows_;
  size_t skipped_ = 0;
};

}  // namespace touchpoint::linkedin
