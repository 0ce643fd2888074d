#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace touchpoint::linkedin {

// `prefix` followed by the XXH3-128 of `parts` (each preceded by its length, so no two lists
// hash alike by concatenation) as 32 lower-case hex digits: "li:msg:0f3a...".
std::string NaturalKey(std::string_view prefix, std::initializer_list<std::string_view> parts);

// Tells exact repeats apart. Two rows with the same natural key are two events (someone sent
// "ok" twice within a second), so the second becomes "<key>-2", the third "<key>-3". Repeats
// are counted inside a group (a conversation at one time stamp); identical rows sit next to
// each other in every export, so a new group forgets the previous one, which keeps memory
// flat and the numbering the same in every export that holds the rows. Not thread-safe.
class RepeatNumbering {
 public:
  // `key`, or `key` with its repeat number when it was seen before in `group`.
  std::string Number(std::string_view group, std::string key);

 private:
  // Past this many keys in one group, later repeats keep their plain key (and count once).
  static constexpr size_t kMaxKeysPerGroup = 65536;

  std::string group_;
  std::unordered_map<std::string, int> seen_;
};

}  // namespace touchpoint::linkedin
