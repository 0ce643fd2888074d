#pragma once

#include <string>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace touchpoint::cli {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Writes a string member (key and value).
inline void WriteMember(JsonWriter& writer, std::string_view key, std::string_view value) {
  writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

inline void WriteMember(JsonWriter& writer, std::string_view key, int64_t value) {
  writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  writer.Int64(value);
}

// Starts the top-level object every --json document has, with its "version" member.
inline void BeginDocument(JsonWriter& writer) {
  writer.StartObject();
  WriteMember(writer, "version", TOUCHPOINT_VERSION);
}

// Prints a finished document on stdout with a trailing newline.
void PrintDocument(const rapidjson::StringBuffer& buffer);

}  // namespace touchpoint::cli
