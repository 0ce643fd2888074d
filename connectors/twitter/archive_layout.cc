#include "connectors/twitter/archive_layout.h"

#include <algorithm>

namespace touchpoint::twitter {
namespace {

constexpr std::string_view kYtdPrefix = "window.YTD.";

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](char c) { return c >= '0' && c <= '9'; });
}

// "tweets-part12" -> "tweets"; names without a part suffix are returned unchanged.
std::string_view StripPart(std::string_view stem) {
  const size_t dash = stem.rfind("-part");
  if (dash != std::string_view::npos && AllDigits(stem.substr(dash + 5))) {
    return stem.substr(0, dash);
  }
  return stem;
}

std::string YtdVariable(std::string_view stem) {
  std::string name(stem);
  std::replace(name.begin(), name.end(), '-', '_');
  return std::string(kYtdPrefix) + name + ".part";
}

bool IsClassicMonth(std::string_view stem) {
  // "2015_01"
  return stem.size() == 7 && AllDigits(stem.substr(0, 4)) && stem[4] == '_' &&
         AllDigits(stem.substr(5));
}

}  // namespace

FileInfo Classify(std::string_view entry_path) {
  const size_t slash = entry_path.rfind('/');
  const std::string_view base =
      slash == std::string_view::npos ? entry_path : entry_path.substr(slash + 1);
  if (base.size() < 4 || base.substr(base.size() - 3) != ".js") return {};
  const std::string_view stem = base.substr(0, base.size() - 3);
  const std::string_view name = StripPart(stem);

  if (name == "account") return {FileRole::kAccount, YtdVariable(name)};
  if (name == "manifest") return {FileRole::kManifest, "window.__THAR_CONFIG"};
  if (name == "tweet" || name == "tweets") return {FileRole::kTweets, YtdVariable(name)};
  if (name == "direct-message" || name == "direct-messages" || name == "direct-message-group" ||
      name == "direct-messages-group") {
    return {FileRole::kDirectMessages, YtdVariable(name)};
  }
  if (name == "user_details") return {FileRole::kClassicUser, "var user_details"};
  const std::string_view dir =
      slash == std::string_view::npos ? std::string_view() : entry_path.substr(0, slash);
  const bool in_classic_dir = dir == "js/tweets" || (dir.size() > 10 && dir.ends_with("/js/tweets"));
  if (in_classic_dir && IsClassicMonth(stem)) {
    return {FileRole::kClassicTweets, "Grailbird.data.tweets_" + std::string(stem)};
  }
  return {};
}

bool VariableMatches(const FileInfo& info, std::string_view variable) {
  const std::string& expected = info.expected_variable;
  if (!expected.ends_with(".part")) return variable == expected;
  return variable.starts_with(expected) && AllDigits(variable.substr(expected.size()));
}

}  // namespace touchpoint::twitter
