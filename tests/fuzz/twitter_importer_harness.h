#pragma once

#include <string>
#include <string_view>

// Feeds `content` to the Twitter archive importer as the data file `entry_path` of an export
// whose account.js names the owner, whole and in chunks, and checks what comes out
// (tests/fuzz/fuzz_support.h).
namespace touchpoint::fuzz {

void ImportTwitterEntry(const std::string& entry_path, std::string_view content);

}  // namespace touchpoint::fuzz
