#include "connectors/linkedin/people.h"

#include <algorithm>

#include "connectors/common/profile_url.h"
#include "connectors/linkedin/text.h"

namespace touchpoint::linkedin {
namespace {

bool LooksLikeNameSuffix(std::string_view part) {
  if (part.empty() || part.size() > 10 || part.find(' ') != std::string_view::npos) return false;
  int capitals = 0;
  for (char c : part) capitals += c >= 'A' && c <= 'Z';
  return capitals >= 2 || part.back() == '.';
}

}  // namespace

// Every position of a URL list, normalized: "" where a recipient has no usable URL (a
// hidden member between two others: "a,,b").
std::vector<std::string> UrlPositions(std::string_view field) {
  std::vector<std::string> urls;
  if (TrimBlanks(field).empty()) return urls;
  for (;;) {
    const size_t end = field.find_first_of(",;");
    urls.push_back(NormalizeProfileUrl(field.substr(0, end)));
    if (end == std::string_view::npos) return urls;
    field.remove_prefix(end + 1);
  }
}

void DropBlanks(std::vector<std::string>& urls) {
  urls.erase(std::remove(urls.begin(), urls.end(), std::string()), urls.end());
}

std::vector<std::string> SplitProfileUrls(std::string_view field) {
  std::vector<std::string> urls = UrlPositions(field);
  DropBlanks(urls);
  return urls;
}

std::vector<std::string> SplitNames(std::string_view to, size_t expected) {
  to = TrimBlanks(to);
  if (to.empty()) return {};
  if (expected == 1) return {std::string(to)};
  std::vector<std::string> names;
  for (;;) {
    const size_t comma = to.find(", ");
    const std::string_view part = TrimBlanks(to.substr(0, comma));
    if (!part.empty()) names.emplace_back(part);
    if (comma == std::string_view::npos) break;
    to.remove_prefix(comma + 2);
  }
  // Join suffixes to the name before them while there are more names than people.
  size_t surplus = expected == 0             ? names.size()
                   : names.size() > expected ? names.size() - expected
                                             : 0;
  std::vector<std::string> joined;
  joined.reserve(names.size());
  for (std::string& name : names) {
    if (!joined.empty() && surplus > 0 && LooksLikeNameSuffix(name)) {
      joined.back() += ", " + name;
      --surplus;
    } else {
      joined.push_back(std::move(name));
    }
  }
  names = std::move(joined);
  if (expected != 0 && names.size() != expected) names.clear();
  return names;
}

std::string FullName(std::string_view first, std::string_view last) {
  std::string name(first);
  if (!name.empty() && !last.empty()) name += ' ';
  name += last;
  return name;
}

std::vector<Identity> Recipients(std::string_view to, std::string_view urls) {
  std::vector<std::string> profile_urls = UrlPositions(urls);
  std::vector<std::string> names = SplitNames(to, profile_urls.size());
  if (names.empty() && !profile_urls.empty()) {
    // A stray separator ("a,b,") rather than a hidden member: pair without blank positions.
    DropBlanks(profile_urls);
    names = SplitNames(to, profile_urls.size());
  }
  std::vector<Identity> people;
  const size_t count =
      std::min(kMaxRecipients, profile_urls.empty() ? names.size() : profile_urls.size());
  people.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    Identity person;
    if (i < names.size()) person.name = names[i];
    if (i < profile_urls.size()) person.profile_url = profile_urls[i];
    if (!person.empty()) people.push_back(std::move(person));
  }
  return people;
}

}  // namespace touchpoint::linkedin
