#pragma once

#include <string>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace touchpoint {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Writes a string member (key and value).
inline void WriteMember(JsonWriter& writer, std::string_view key, std::string_view value) {
  writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

inline void WriteMember(JsonWriter& writer, std::string_view key, const char* value) {
  WriteMember(writer, key, std::string_view(value));
}

inline void WriteMember(JsonWriter& writer, std::string_view key, int64_t value) {
  writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  writer.Int64(value);
}

inline void WriteMember(JsonWriter& writer, std::string_view key, bool value) {
  writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  writer.Bool(value);
}

// Starts the top-level object every result document has, with its "version" member.
inline void BeginDocument(JsonWriter& writer) {
  writer.StartObject();
  WriteMember(writer, "version", TOUCHPOINT_VERSION);
}

inline std::string ToString(const rapidjson::StringBuffer& buffer) {
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace touchpoint
