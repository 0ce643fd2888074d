#pragma once

#include <optional>

#include "connectors/connector.h"
#include "connectors/linkedin/owner.h"

namespace touchpoint::linkedin {

// Imports LinkedIn "Get a copy of your data" exports, Basic and Complete: messages.csv ->
// `dm`, Connections.csv -> `connection`, Invitations.csv -> `invitation`, Comments.csv ->
// `comment` events (see message_reader.h and activity_reader.h). Files are found by name at
// the archive root or under one wrapper folder (archive_layout.h); the owner is derived in
// Plan() (owner.h). Every event has a natural key, so Basic and Complete exports of the same
// account, and re-exports, overlap without duplicates.
class LinkedinImporter final : public ArchiveImporter {
 public:
  // True when a messages, Connections, Invitations or Comments file has its header.
  bool Recognizes(ArchiveReader& archive) override;
  Result<ArchivePlan> Plan(ArchiveReader& archive, const Identity* known_owner) override;
  Status ReadEntry(ArchiveReader& archive, const ArchiveEntry& entry, EventSink& sink) override;

 private:
  std::optional<Owner> owner_;
};

}  // namespace touchpoint::linkedin
