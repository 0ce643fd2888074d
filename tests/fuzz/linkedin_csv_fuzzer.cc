// The CSV files of a LinkedIn export: the CSV reader (quotes, both escape dialects, line
// ends, byte order mark, limits), header lookup, the owner search over Invitations.csv and
// messages.csv, and the row readers (dates in four formats, HTML message bodies, profile
// URLs). The same bytes go to every file the importer reads.
#include <cstddef>
#include <cstdint>
#include <string>

#include "connectors/linkedin/linkedin_importer.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace touchpoint;
  const std::string content(reinterpret_cast<const char*>(data), size);
  fuzz::SameForAnyChunking(content, [&content](size_t chunk, fuzz::CheckingSink& sink) {
    fuzz::MemoryArchive archive({{"messages.csv", content},
                                 {"Connections.csv", content},
                                 {"Invitations.csv", content},
                                 {"Comments.csv", content},
                                 {"Profile.csv", content}},
                                chunk);
    linkedin::LinkedinImporter importer;
    sink.Record(importer.Recognizes(archive) ? "recognized" : "not recognized");
    // An owner recorded earlier: rows without URLs then still get read. When the rows name
    // other people in a way that rules the owner out, Plan fails (kDataError), reading nothing.
    const Identity known{"", "", "Owner Person", "https://www.linkedin.com/in/owner-person", ""};
    Result<ArchivePlan> plan = importer.Plan(archive, &known);
    if (!plan) {
      fuzz::CheckDataStatus(plan.error(), "Plan");
      return sink.Record(plan.error());
    }
    sink.Record(plan->owner.name + " " + plan->owner.profile_url);
    for (const ArchiveEntry& entry : plan->entries) {
      const Status status = importer.ReadEntry(archive, entry, sink);
      fuzz::CheckDataStatus(status, entry.path);
      sink.Record(status);
    }
  });
  return 0;
}
