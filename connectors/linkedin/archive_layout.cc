#include "connectors/linkedin/archive_layout.h"

#include <algorithm>
#include <array>
#include <string>

#include "connectors/linkedin/text.h"

namespace touchpoint::linkedin {
namespace {

constexpr std::string_view kCsv = ".csv";

constexpr std::array<std::string_view, 4> kMessageColumns = {"CONVERSATION ID", "FROM", "DATE",
                                                             "CONTENT"};
constexpr std::array<std::string_view, 3> kConnectionColumns = {"First Name", "Last Name",
                                                                "Connected On"};
constexpr std::array<std::string_view, 4> kInvitationColumns = {"From", "To", "Sent At",
                                                                "Direction"};
constexpr std::array<std::string_view, 3> kCommentColumns = {"Date", "Link", "Message"};
constexpr std::array<std::string_view, 2> kProfileColumns = {"First Name", "Last Name"};

std::string_view DirectoryOf(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

size_t Depth(std::string_view path) {
  return static_cast<size_t>(std::count(path.begin(), path.end(), '/'));
}

// "Comments_123.csv" -> "comments", "Company Follows.csv" -> "companyfollows".
std::string NameKey(std::string_view basename) {
  std::string_view stem = basename.substr(0, basename.size() - kCsv.size());
  if (const size_t underscore = stem.rfind('_');
      underscore != std::string_view::npos && underscore + 1 < stem.size()) {
    const std::string_view suffix = stem.substr(underscore + 1);
    if (suffix.find_first_not_of("0123456789") == std::string_view::npos) {
      stem = stem.substr(0, underscore);
    }
  }
  std::string key;
  for (char c : stem) {
    if (c == ' ' || c == '_') continue;
    key += AsciiLower(c);
  }
  return key;
}

bool EndsWithCsv(std::string_view name) {
  if (name.size() <= kCsv.size()) return false;
  return EqualsIgnoringCase(name.substr(name.size() - kCsv.size()), kCsv);
}

}  // namespace

FileRole Classify(std::string_view entry_path) {
  const size_t slash = entry_path.rfind('/');
  const std::string_view base =
      slash == std::string_view::npos ? entry_path : entry_path.substr(slash + 1);
  if (!EndsWithCsv(base)) return FileRole::kOther;
  const std::string key = NameKey(base);
  if (key == "messages") return FileRole::kMessages;
  if (key == "connections") return FileRole::kConnections;
  if (key == "invitations") return FileRole::kInvitations;
  if (key == "comments") return FileRole::kComments;
  if (key == "profile") return FileRole::kProfile;
  return FileRole::kOther;
}

std::span<const std::string_view> RequiredColumns(FileRole role) {
  switch (role) {
    case FileRole::kMessages:
      return kMessageColumns;
    case FileRole::kConnections:
      return kConnectionColumns;
    case FileRole::kInvitations:
      return kInvitationColumns;
    case FileRole::kComments:
      return kCommentColumns;
    case FileRole::kProfile:
      return kProfileColumns;
    case FileRole::kOther:
      break;
  }
  return {};
}

const ArchiveEntry* Layout::Find(FileRole role) const {
  for (const ArchiveEntry& entry : entries) {
    if (Classify(entry.path) == role) return &entry;
  }
  return nullptr;
}

Layout FindLayout(const ArchiveReader& archive) {
  const ArchiveEntry* shallowest = nullptr;
  for (const ArchiveEntry& entry : archive.entries()) {
    if (Classify(entry.path) == FileRole::kOther) continue;
    if (shallowest == nullptr || Depth(entry.path) < Depth(shallowest->path)) shallowest = &entry;
  }
  Layout layout;
  if (shallowest == nullptr) return layout;
  const std::string_view root = DirectoryOf(shallowest->path);
  for (const ArchiveEntry& entry : archive.entries()) {
    if (Classify(entry.path) != FileRole::kOther && DirectoryOf(entry.path) == root) {
      layout.entries.push_back(entry);
    }
  }
  return layout;
}

}  // namespace touchpoint::linkedin
