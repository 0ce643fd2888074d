#include "connectors/twitter/twitter_importer.h"

#include <string>

#include "connectors/common/js_array_reader.h"
#include "connectors/common/json_fields.h"
#include "connectors/twitter/api_poller.h"
#include "connectors/twitter/archive_layout.h"
#include "connectors/twitter/dm_reader.h"
#include "connectors/twitter/tweet_reader.h"

namespace touchpoint {
namespace twitter {
namespace {

constexpr uint64_t kMaxMetadataBytes = 16 * 1024 * 1024;  // account.js, manifest.js

std::string_view DirectoryOf(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

// The shallowest entry with `role`: a re-zipped copy may nest a second export deeper.
const ArchiveEntry* FindRole(const ArchiveReader& archive, FileRole role) {
  const ArchiveEntry* best = nullptr;
  for (const ArchiveEntry& entry : archive.entries()) {
    if (Classify(entry.path).role != role) continue;
    if (best == nullptr || entry.path.size() < best->path.size()) best = &entry;
  }
  return best;
}

bool StartsWithVariable(ArchiveReader& archive, const ArchiveEntry& entry,
                        const FileInfo& info) {
  Result<std::unique_ptr<EntryStream>> stream = archive.OpenEntry(entry);
  if (!stream) return false;
  Result<std::string_view> head = (*stream)->Read();
  if (!head) return false;
  const size_t equals = head->find('=');
  if (equals == std::string_view::npos) return false;
  std::string_view variable = head->substr(0, equals);
  while (!variable.empty() && variable.back() == ' ') variable.remove_suffix(1);
  return VariableMatches(info, variable);
}

Result<Identity> OwnerFromAccount(const rapidjson::Value& document) {
  const rapidjson::Value* account = nullptr;
  if (document.IsArray() && !document.Empty()) account = ObjectField(document[0], "account");
  if (account == nullptr) return Fail(StatusCode::kDataError, "no account object");
  Identity owner{std::string(StringField(*account, "accountId")),
                 std::string(StringField(*account, "username")),
                 std::string(StringField(*account, "accountDisplayName")), "", ""};
  return owner;
}

Result<Identity> OwnerFromManifest(const rapidjson::Value& document) {
  const rapidjson::Value* user = ObjectField(document, "userInfo");
  if (user == nullptr) return Fail(StatusCode::kDataError, "no userInfo object");
  Identity owner{std::string(StringField(*user, "accountId")),
                 std::string(StringField(*user, "userName")),
                 std::string(StringField(*user, "displayName")), "", ""};
  return owner;
}

Result<Identity> OwnerFromUserDetails(const rapidjson::Value& document) {
  Identity owner{std::string(StringField(document, "id")),
                 std::string(StringField(document, "screen_name")),
                 std::string(StringField(document, "full_name")), "", ""};
  return owner;
}

struct OwnerSource {
  FileRole role;
  Result<Identity> (*read)(const rapidjson::Value&);
};

constexpr OwnerSource kOwnerSources[] = {
    {FileRole::kAccount, OwnerFromAccount},
    {FileRole::kManifest, OwnerFromManifest},
    {FileRole::kClassicUser, OwnerFromUserDetails},
};

}  // namespace

bool TwitterImporter::Recognizes(ArchiveReader& archive) {
  for (const OwnerSource& source : kOwnerSources) {
    const ArchiveEntry* entry = FindRole(archive, source.role);
    if (entry != nullptr && StartsWithVariable(archive, *entry, Classify(entry->path))) {
      return true;
    }
  }
  return false;
}

// Every Twitter archive names its owner, so `known_owner` is not needed.
Result<ArchivePlan> TwitterImporter::Plan(ArchiveReader& archive, const Identity* /*known_owner*/) {
  ArchivePlan plan;
  std::string_view root;
  bool classic = false;
  for (const OwnerSource& source : kOwnerSources) {
    const ArchiveEntry* entry = FindRole(archive, source.role);
    if (entry == nullptr) continue;
    Result<std::string> content = archive.ReadAll(*entry, kMaxMetadataBytes);
    if (!content) return Fail(content.error());
    Result<rapidjson::Document> document = ParseJsAssignment(*content, entry->path);
    if (!document) return Fail(document.error().WithContext(archive.display_name()));
    Result<Identity> owner = source.read(*document);
    if (!owner || owner->user_id.empty()) {
      return Fail(StatusCode::kDataError, archive.display_name() + ": " + entry->path +
                                              ": the owner's account id is missing");
    }
    plan.owner = std::move(*owner);
    root = DirectoryOf(entry->path);
    classic = source.role == FileRole::kClassicUser;
    break;
  }
  if (plan.owner.user_id.empty()) {
    return Fail(StatusCode::kDataError,
                archive.display_name() +
                    ": no account.js, manifest.js or user_details.js: cannot tell whose archive "
                    "this is");
  }
  for (const ArchiveEntry& entry : archive.entries()) {
    const FileRole role = Classify(entry.path).role;
    const std::string_view dir = DirectoryOf(entry.path);
    const bool tweets = classic ? role == FileRole::kClassicTweets && dir.starts_with(root)
                                : role == FileRole::kTweets && dir == root;
    const bool messages = !classic && role == FileRole::kDirectMessages && dir == root;
    if (tweets || messages) plan.entries.push_back(entry);
  }
  owner_.emplace(plan.owner);
  return plan;
}

Status TwitterImporter::ReadEntry(ArchiveReader& archive, const ArchiveEntry& entry,
                                  EventSink& sink) {
  if (!owner_) return Status(StatusCode::kInternal, "ReadEntry before Plan");
  const FileInfo info = Classify(entry.path);
  Result<std::unique_ptr<EntryStream>> stream = archive.OpenEntry(entry);
  if (!stream) return stream.error();
  JsArrayReader reader(**stream, entry.path, [&sink](uint64_t bytes) { sink.Progress(bytes); });
  if (Status status = reader.Open(
          [&info](std::string_view variable) { return VariableMatches(info, variable); },
          info.expected_variable + (info.expected_variable.ends_with(".part") ? "N" : ""));
      !status.ok()) {
    return status;
  }
  const bool messages = info.role == FileRole::kDirectMessages;
  for (;;) {
    Result<const rapidjson::Value*> item = reader.Next();
    if (!item) return item.error();
    if (*item == nullptr) return Status::Ok();
    Status status = messages ? ReadDmConversation(**item, *owner_, entry.path, sink)
                             : ReadTweet(**item, *owner_, entry.path, sink);
    if (!status.ok()) {
      return status.WithContext(entry.path + ": item " + std::to_string(reader.items()));
    }
  }
}

}  // namespace twitter

namespace {
std::unique_ptr<ArchiveImporter> MakeTwitterImporter() {
  return std::make_unique<twitter::TwitterImporter>();
}
}  // namespace

extern const ConnectorDescriptor kTwitterConnector;
constinit const ConnectorDescriptor kTwitterConnector = {
    "twitter",
    "Twitter/X data export (account.js, tweets.js, direct-messages.js); API v2 polling of "
    "mentions and DMs",
    MakeTwitterImporter,
    twitter::TwitterApiPoller::Create,
};

}  // namespace touchpoint
