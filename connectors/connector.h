#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "connectors/common/archive_reader.h"
#include "connectors/event_sink.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint {

// What an archive importer will read: the owner and the entries that hold touchpoints, in
// reading order.
struct ArchivePlan {
  Identity owner;
  std::vector<ArchiveEntry> entries;
  // Set when the archive is this platform's but holds nothing to import by design (a
  // media-only part of a split export): the import then succeeds with this note instead of
  // failing for having no events.
  std::string nothing_to_import;
};

// Reads one platform's export archives. One instance per import; not thread-safe.
class ArchiveImporter {
 public:
  virtual ~ArchiveImporter() = default;

  // True when `archive` holds this platform's export, judged by content (entry names and
  // their first bytes), never by the archive's file name.
  virtual bool Recognizes(ArchiveReader& archive) = 0;

  // Reads the archive's metadata (who the owner is) and lists the data entries to import.
  // `known_owner` is the owner an earlier import of this platform recorded, or nullptr: one
  // part of a split export may not say who the owner is. kDataError when the archive is this
  // platform's but unusable (no owner can be found).
  virtual Result<ArchivePlan> Plan(ArchiveReader& archive, const Identity* known_owner) = 0;

  // Streams one planned entry into `sink`. On error the caller discards everything the entry
  // emitted; the message names the entry, the item and the position.
  virtual Status ReadEntry(ArchiveReader& archive, const ArchiveEntry& entry,
                           EventSink& sink) = 0;
};

// A connector is data: its name (also the events' platform), a description, and factories for
// what it can do. Registered in connectors/registry.cc.
struct ConnectorDescriptor {
  std::string_view name;
  std::string_view description;
  std::unique_ptr<ArchiveImporter> (*make_archive_importer)();
};

// Every connector compiled in (TOUCHPOINT_CONNECTOR_* CMake options), in a fixed order.
std::span<const ConnectorDescriptor* const> Connectors() noexcept;

}  // namespace touchpoint
