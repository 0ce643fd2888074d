#include "connectors/linkedin/linkedin_importer.h"

#include "connectors/linkedin/activity_reader.h"
#include "connectors/linkedin/api_poller.h"
#include "connectors/linkedin/archive_layout.h"
#include "connectors/linkedin/csv_table.h"
#include "connectors/linkedin/message_reader.h"

namespace touchpoint {
namespace linkedin {
namespace {

bool IsDataFile(FileRole role) { return role != FileRole::kOther && role != FileRole::kProfile; }

}  // namespace

bool LinkedinImporter::Recognizes(ArchiveReader& archive) {
  for (const ArchiveEntry& entry : FindLayout(archive).entries) {
    const FileRole role = Classify(entry.path);
    if (!IsDataFile(role)) continue;
    Result<std::unique_ptr<CsvTable>> table = CsvTable::Open(archive, entry, RequiredColumns(role));
    if (table && !(*table)->empty()) return true;
  }
  return false;
}

Result<ArchivePlan> LinkedinImporter::Plan(ArchiveReader& archive, const Identity* known_owner) {
  const Layout layout = FindLayout(archive);
  Result<Identity> owner = FindOwner(archive, layout, known_owner);
  if (!owner) return Fail(owner.error());
  ArchivePlan plan;
  plan.owner = *owner;
  for (const ArchiveEntry& entry : layout.entries) {
    if (IsDataFile(Classify(entry.path))) plan.entries.push_back(entry);
  }
  owner_.emplace(std::move(*owner));
  return plan;
}

Status LinkedinImporter::ReadEntry(ArchiveReader& archive, const ArchiveEntry& entry,
                                   EventSink& sink) {
  if (!owner_) return Status(StatusCode::kInternal, "ReadEntry before Plan");
  const FileRole role = Classify(entry.path);
  Result<std::unique_ptr<CsvTable>> table = CsvTable::Open(
      archive, entry, RequiredColumns(role), [&sink](uint64_t bytes) { sink.Progress(bytes); });
  if (!table) return table.error();
  switch (role) {
    case FileRole::kMessages:
      return ReadMessages(**table, *owner_, sink);
    case FileRole::kConnections:
      return ReadConnections(**table, *owner_, sink);
    case FileRole::kInvitations:
      return ReadInvitations(**table, *owner_, sink);
    case FileRole::kComments:
      return ReadComments(**table, *owner_, sink);
    case FileRole::kProfile:
    case FileRole::kOther:
      break;
  }
  return Status(StatusCode::kInternal, entry.path + ": not a planned LinkedIn file");
}

}  // namespace linkedin

namespace {
std::unique_ptr<ArchiveImporter> MakeLinkedinImporter() {
  return std::make_unique<linkedin::LinkedinImporter>();
}
}  // namespace

extern const ConnectorDescriptor kLinkedinConnector;
constinit const ConnectorDescriptor kLinkedinConnector = {
    "linkedin",
    "LinkedIn data export, Basic or Complete (messages.csv, Connections.csv, Invitations.csv, "
    "Comments.csv); API polling of messages and comments (Member Data Portability) and of an "
    "organization's Page comments and mentions",
    MakeLinkedinImporter,
    linkedin::LinkedinApiPoller::Create,
};

}  // namespace touchpoint
