#pragma once

#include <string_view>

#include <rapidjson/document.h>

#include "core/status.h"

namespace touchpoint {

// Null-safe readers for optional JSON members: absent, null and wrongly typed members all
// read as empty, because export formats drop keys freely.

// A member's string value; numbers parsed with kParseNumbersAsStringsFlag count as strings.
inline std::string_view StringField(const rapidjson::Value& object, std::string_view name) {
  if (!object.IsObject()) return {};
  const auto member =
      object.FindMember(rapidjson::Value(rapidjson::StringRef(name.data(), name.size())));
  if (member == object.MemberEnd() || !member->value.IsString()) return {};
  return {member->value.GetString(), member->value.GetStringLength()};
}

// A member that is an object or array, or nullptr.
inline const rapidjson::Value* Member(const rapidjson::Value& object, std::string_view name) {
  if (!object.IsObject()) return nullptr;
  const auto member =
      object.FindMember(rapidjson::Value(rapidjson::StringRef(name.data(), name.size())));
  if (member == object.MemberEnd()) return nullptr;
  return &member->value;
}

inline const rapidjson::Value* ArrayField(const rapidjson::Value& object, std::string_view name) {
  const rapidjson::Value* value = Member(object, name);
  return value != nullptr && value->IsArray() ? value : nullptr;
}

inline const rapidjson::Value* ObjectField(const rapidjson::Value& object,
                                           std::string_view name) {
  const rapidjson::Value* value = Member(object, name);
  return value != nullptr && value->IsObject() ? value : nullptr;
}

// Parses a small JavaScript file that assigns one JSON value to a variable
// (`window.YTD.account.part0 = [...]`, `var user_details = {...}`). `variable` receives the
// trimmed name before the first '='. Errors name `entry_path` and the position.
Result<rapidjson::Document> ParseJsAssignment(std::string_view content, std::string_view entry_path,
                                              std::string* variable = nullptr);

}  // namespace touchpoint
