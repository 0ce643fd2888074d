#pragma once

#include <memory>
#include <optional>

#include "connectors/connector.h"
#include "connectors/twitter/owner.h"

namespace touchpoint::twitter {

// Imports Twitter/X data exports of every era: classic (data/js/tweets/YYYY_MM.js), GDPR v1
// (.js files at the root), GDPR v2 and X (data/ with manifest.js), also when nested under a
// wrapper folder. The owner comes from account.js, else manifest.js, else user_details.js.
class TwitterImporter final : public ArchiveImporter {
 public:
  bool Recognizes(ArchiveReader& archive) override;
  Result<ArchivePlan> Plan(ArchiveReader& archive, const Identity* known_owner) override;
  Status ReadEntry(ArchiveReader& archive, const ArchiveEntry& entry, EventSink& sink) override;

 private:
  std::optional<Owner> owner_;
};

}  // namespace touchpoint::twitter
