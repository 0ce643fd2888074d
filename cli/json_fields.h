#pragma once

#include <string>

#include <rapidjson/document.h>

namespace touchpoint::cli {

// A string member of a result document, or "" when it is absent or not a string.
inline std::string Text(const rapidjson::Value& object, const char* key) {
  auto member = object.FindMember(key);
  return member != object.MemberEnd() && member->value.IsString() ? member->value.GetString()
                                                                   : "";
}

}  // namespace touchpoint::cli
