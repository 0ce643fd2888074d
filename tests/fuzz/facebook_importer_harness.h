#pragma once

#include <string>
#include <string_view>
#include <vector>

// Feeds `content` to the Facebook importer as each file of `entry_paths` of one export, plans
// it with a known owner (so that a file that does not name the owner still gets read), and
// reads every planned entry, whole and in chunks, checking what comes out
// (tests/fuzz/fuzz_support.h).
namespace touchpoint::fuzz {

void ImportFacebookFiles(const std::vector<std::string>& entry_paths, std::string_view content);

}  // namespace touchpoint::fuzz
