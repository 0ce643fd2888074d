#include "connectors/facebook/export_layout.h"

#include <algorithm>
#include <array>

namespace touchpoint::facebook {
namespace {

template <size_t N>
using Names = std::array<std::string_view, N>;

constexpr Names<5> kSections = {"inbox", "archived_threads", "filtered_threads", "message_requests",
                                "e2ee_cutover"};
constexpr Names<2> kCommentFolders = {"comments", "comments_and_reactions"};
constexpr Names<2> kFriendsFiles = {"friends.json", "your_friends.json"};
constexpr Names<2> kFriendsFolders = {"friends", "friends_and_followers"};

// "message_12.json" or "message.json".
bool IsThreadFileName(std::string_view name) noexcept {
  if (name == "message.json") return true;
  constexpr std::string_view kPrefix = "message_";
  constexpr std::string_view kSuffix = ".json";
  if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix)) return false;
  const std::string_view number =
      name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
  return !number.empty() && number.front() != '0' &&
         std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

template <size_t N>
bool OneOf(std::string_view value, const Names<N>& options) noexcept {
  return std::find(options.begin(), options.end(), value) != options.end();
}

}  // namespace

FileInfo Classify(std::string_view entry_path) noexcept {
  // The last four path components, innermost first; missing ones are empty.
  std::array<std::string_view, 4> last{};
  std::string_view rest = entry_path;
  for (std::string_view& component : last) {
    if (rest.empty()) break;
    const size_t slash = rest.rfind('/');
    component = slash == std::string_view::npos ? rest : rest.substr(slash + 1);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(0, slash);
  }
  const auto& [name, parent, grandparent, great_grandparent] = last;

  if (IsThreadFileName(name) && great_grandparent == "messages" && OneOf(grandparent, kSections)) {
    return {FileRole::kThread, parent};
  }
  if (name == "profile_information.json" && parent == "profile_information") {
    return {FileRole::kProfile, {}};
  }
  if (name == "comments.json" && OneOf(parent, kCommentFolders)) {
    return {FileRole::kComments, {}};
  }
  if (OneOf(name, kFriendsFiles) && OneOf(parent, kFriendsFolders)) {
    return {FileRole::kFriends, {}};
  }
  return {};
}

}  // namespace touchpoint::facebook
