#include "tests/fuzz/twitter_importer_harness.h"

#include "connectors/common/json_fields.h"
#include "connectors/twitter/twitter_importer.h"
#include "tests/fuzz/fuzz_support.h"

namespace touchpoint::fuzz {
namespace {

constexpr std::string_view kAccount =
    "window.YTD.account.part0 = [ {\"account\": {\"accountId\": \"1000\", "
    "\"username\": \"Owner_Me\", \"accountDisplayName\": \"Owner\"}} ]";

}  // namespace

void ImportTwitterEntry(const std::string& entry_path, std::string_view content) {
  // The owner files (account.js, manifest.js) go through ParseJsAssignment: feed it too.
  std::string variable;
  (void)ParseJsAssignment(content, entry_path, &variable);

  SameForAnyChunking(content, [&](size_t chunk, CheckingSink& sink) {
    MemoryArchive archive(
        {{"data/account.js", std::string(kAccount)}, {entry_path, std::string(content)}}, chunk);
    twitter::TwitterImporter importer;
    Result<ArchivePlan> plan = importer.Plan(archive, nullptr);
    if (!plan) InvariantFailed("Plan with a valid account.js", plan.error().message());
    const Status status = importer.ReadEntry(archive, archive.Entry(entry_path), sink);
    CheckDataStatus(status, entry_path);
    sink.Record(status);
  });
}

}  // namespace touchpoint::fuzz
