#include "tests/fuzz/facebook_importer_harness.h"

#include "connectors/facebook/facebook_importer.h"
#include "tests/fuzz/fuzz_support.h"

namespace touchpoint::fuzz {

void ImportFacebookFiles(const std::vector<std::string>& entry_paths, std::string_view content) {
  SameForAnyChunking(content, [&](size_t chunk, CheckingSink& sink) {
    MemoryArchive::Files files;
    for (const std::string& path : entry_paths) files.emplace_back(path, std::string(content));
    MemoryArchive archive(std::move(files), chunk);
    facebook::FacebookImporter importer;
    (void)importer.Recognizes(archive);
    const Identity known_owner{"", "", "Mira Kestrel", "", ""};
    Result<ArchivePlan> plan = importer.Plan(archive, &known_owner);
    if (!plan) InvariantFailed("Plan with a known owner", plan.error().message());
    sink.Record(plan->owner.name);
    for (const ArchiveEntry& entry : plan->entries) {
      const Status status = importer.ReadEntry(archive, entry, sink);
      CheckDataStatus(status, entry.path);
      sink.Record(status);
    }
  });
}

}  // namespace touchpoint::fuzz
