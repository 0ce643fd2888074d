#include "connectors/facebook/facebook_importer.h"

#include <algorithm>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "connectors/facebook/activity_reader.h"
#include "connectors/facebook/api_poller.h"
#include "connectors/facebook/export_layout.h"
#include "connectors/facebook/json_entry.h"
#include "connectors/facebook/owner.h"
#include "connectors/facebook/thread_reader.h"

namespace touchpoint {
namespace facebook {
namespace {

// Files of a known role whose opening bytes Recognizes() looks at before giving up.
constexpr int kRecognizeProbes = 8;

// Keys, one of which a file of `role` names near its start (the first key of real exports).
std::vector<std::string_view> OpeningKeys(FileRole role) {
  switch (role) {
    case FileRole::kThread:
      return {"\"participants\"", "\"messages\""};
    case FileRole::kProfile:
      return {"\"profile_v2\"", "\"profile\""};
    case FileRole::kComments:
      return {"\"comments_v2\"", "\"comments\""};
    case FileRole::kFriends:
      return {"\"friends_v2\"", "\"friends\""};
    case FileRole::kOther:
      break;
  }
  return {};
}

bool OpensAs(ArchiveReader& archive, const ArchiveEntry& entry, FileRole role) {
  Result<std::unique_ptr<EntryStream>> stream = archive.OpenEntry(entry);
  if (!stream) return false;
  Result<std::string_view> head = (*stream)->Read();
  if (!head) return false;
  std::string_view text = *head;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || text[first] != '{') return false;
  for (const std::string_view key : OpeningKeys(role)) {
    if (text.find(key) != std::string_view::npos) return true;
  }
  return false;
}

std::string_view DirectoryOf(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

}  // namespace

template <typename Use>
Status FacebookImporter::WithDocument(ArchiveReader& archive, const ArchiveEntry& entry,
                                      const ProgressFn& progress, Use&& use) {
  Status status;
  {
    rapidjson::Document document(&pool_);
    status = ParseJsonEntry(archive, entry, document, progress);
    if (status.ok()) status = use(static_cast<const rapidjson::Value&>(document));
  }
  pool_.Clear();  // the document is gone: its memory goes back before the next file
  return status;
}

Result<std::string> FacebookImporter::OwnerName(ArchiveReader& archive, const ArchiveEntry* profile,
                                                const Identity* known_owner) {
  std::string profile_problem = "no profile_information.json";
  if (profile != nullptr) {
    std::string name;
    Status status = WithDocument(archive, *profile, {}, [&name](const rapidjson::Value& document) {
      name = ProfileOwnerName(document);
      return Status::Ok();
    });
    if (!name.empty()) return name;
    profile_problem =
        status.ok() ? profile->path + ": no profile_v2.name.full_name" : status.message();
  }
  // The smallest part of every thread: each part repeats the participants.
  std::unordered_map<std::string_view, const ArchiveEntry*> samples;
  for (const ArchiveEntry& entry : archive.entries()) {
    if (Classify(entry.path).role != FileRole::kThread) continue;
    const ArchiveEntry*& sample = samples[DirectoryOf(entry.path)];
    if (sample == nullptr || entry.size < sample->size) sample = &entry;
  }
  OwnerVote vote;
  for (const ArchiveEntry& entry : archive.entries()) {
    const auto sample = samples.find(DirectoryOf(entry.path));
    if (sample == samples.end() || sample->second != &entry) continue;
    // A thread that does not parse fails later, when it is read; it just does not vote.
    WithDocument(archive, entry, {}, [&vote](const rapidjson::Value& document) {
      vote.AddThread(document);
      return Status::Ok();
    });
  }
  if (std::optional<std::string> name = vote.Decide(known_owner)) return *name;
  std::string threads = vote.threads() == 0 ? "no Messenger thread to tell by"
                                            : "no single name takes part in all " +
                                                  std::to_string(vote.threads()) + " threads";
  return Fail(StatusCode::kDataError,
              archive.display_name() + ": cannot tell whose Facebook export this is: " +
                  profile_problem + ", and " + threads +
                  "; import the part of the export that holds profile_information.json first");
}

namespace {

// A part of a split export may hold only the media of some threads:
// ".../messages/<section>/<thread>/photos/123.jpg".
bool IsThreadMedia(std::string_view path) {
  static constexpr std::string_view kMediaFolders[] = {"/photos/", "/videos/", "/gifs/",
                                                       "/audio/", "/files/"};
  if (path.find("messages/") == std::string_view::npos) return false;
  for (std::string_view folder : kMediaFolders) {
    if (path.find(folder) != std::string_view::npos) return true;
  }
  return false;
}

bool OnlyThreadMedia(const ArchiveReader& archive) {
  return !archive.entries().empty() &&
         std::all_of(archive.entries().begin(), archive.entries().end(),
                     [](const ArchiveEntry& entry) { return IsThreadMedia(entry.path); });
}

}  // namespace

bool FacebookImporter::Recognizes(ArchiveReader& archive) {
  if (OnlyThreadMedia(archive)) return true;
  int probes = 0;
  for (const ArchiveEntry& entry : archive.entries()) {
    const FileRole role = Classify(entry.path).role;
    if (role == FileRole::kOther) continue;
    if (OpensAs(archive, entry, role)) return true;
    if (++probes == kRecognizeProbes) break;
  }
  return false;
}

Result<ArchivePlan> FacebookImporter::Plan(ArchiveReader& archive, const Identity* known_owner) {
  ArchivePlan plan;
  if (OnlyThreadMedia(archive)) {
    plan.nothing_to_import =
        "only message media (photos, videos, files) of a split Facebook export: nothing to "
        "import from this part";
    return plan;
  }
  const ArchiveEntry* profile = nullptr;
  for (const ArchiveEntry& entry : archive.entries()) {
    switch (Classify(entry.path).role) {
      case FileRole::kThread:
      case FileRole::kComments:
      case FileRole::kFriends:
        plan.entries.push_back(entry);
        break;
      case FileRole::kProfile:
        // The shallowest: a re-zipped copy may nest a second export deeper.
        if (profile == nullptr || entry.path.size() < profile->path.size()) profile = &entry;
        break;
      case FileRole::kOther:
        break;
    }
  }
  Result<std::string> owner = OwnerName(archive, profile, known_owner);
  if (!owner) return Fail(owner.error());
  plan.owner.name = std::move(*owner);
  owner_ = plan.owner;
  return plan;
}

Status FacebookImporter::ReadEntry(ArchiveReader& archive, const ArchiveEntry& entry,
                                   EventSink& sink) {
  if (!owner_) return Status(StatusCode::kInternal, "ReadEntry before Plan");
  const FileInfo info = Classify(entry.path);
  const ProgressFn progress = [&sink](uint64_t bytes) { sink.Progress(bytes); };
  return WithDocument(archive, entry, progress, [&](const rapidjson::Value& document) {
    switch (info.role) {
      case FileRole::kThread:
        return ReadThread(document, info.thread_folder, *owner_, entry.path, sink);
      case FileRole::kComments:
        return ReadComments(document, *owner_, entry.path, sink);
      case FileRole::kFriends:
        return ReadFriends(document, *owner_, entry.path, sink);
      case FileRole::kProfile:
      case FileRole::kOther:
        break;
    }
    return Status(StatusCode::kUsage, entry.path + ": not an entry of the plan");
  });
}

}  // namespace facebook

namespace {
std::unique_ptr<ArchiveImporter> MakeFacebookImporter() {
  return std::make_unique<facebook::FacebookImporter>();
}
}  // namespace

extern const ConnectorDescriptor kFacebookConnector;
constinit const ConnectorDescriptor kFacebookConnector = {
    "facebook",
    "Facebook \"Download Your Information\" export in JSON (messages, comments, friends)",
    MakeFacebookImporter,
    facebook::GraphApiPoller::Create,
};

}  // namespace touchpoint
