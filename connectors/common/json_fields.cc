#include "connectors/common/json_fields.h"

#include <algorithm>
#include <string>

#include <rapidjson/error/en.h>

namespace touchpoint {

Result<rapidjson::Document> ParseJsAssignment(std::string_view content, std::string_view entry_path,
                                              std::string* variable) {
  const size_t equals = content.find('=');
  const size_t newline = content.find('\n');
  if (equals == std::string_view::npos || (newline != std::string_view::npos && newline < equals)) {
    return Fail(StatusCode::kDataError,
                std::string(entry_path) + ": line 1: expected a JavaScript assignment '<name> = '");
  }
  if (variable != nullptr) {
    std::string_view name = content.substr(0, equals);
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    *variable = std::string(name);
  }
  std::string json(content.substr(equals + 1));
  // Drop one trailing ';' (and the whitespace around it) that ends the JS statement.
  size_t end = json.find_last_not_of(" \t\r\n");
  if (end != std::string::npos && json[end] == ';') json.resize(end);
  rapidjson::Document document;
  document.Parse<rapidjson::kParseNumbersAsStringsFlag>(json.data(), json.size());
  if (document.HasParseError()) {
    const size_t offset = equals + 1 + document.GetErrorOffset();
    const std::string_view before = content.substr(0, std::min(offset, content.size()));
    const size_t line = static_cast<size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
    const size_t line_start = before.rfind('\n');
    const size_t column = offset - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
    return Fail(StatusCode::kDataError,
                std::string(entry_path) + ": " + rapidjson::GetParseError_En(document.GetParseError()) +
                    " (line " + std::to_string(line) + ", column " + std::to_string(column) +
                    ", byte " + std::to_string(offset) + ")");
  }
  return document;
}

}  // namespace touchpoint
