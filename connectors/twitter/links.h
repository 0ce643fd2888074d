#pragma once

#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace touchpoint::twitter {

// Replaces the t.co links in `text` with the addresses they stand for, from a `urls` array of
// {"url": short, <expanded_key>: long} objects (tweets say "expanded_url", DMs "expanded").
// `urls` may be null or not an array; entries missing either field are ignored.
void ExpandLinks(std::string& text, const rapidjson::Value* urls, std::string_view expanded_key);

}  // namespace touchpoint::twitter
