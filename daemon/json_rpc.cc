#include "daemon/json_rpc.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace touchpoint {
namespace {

std::string JsonText(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// `text` with every byte that is not part of valid UTF-8 replaced by U+FFFD: error messages
// echo what a client sent ("method not found: ..."), and an answer must stay valid JSON text
// for strict clients whatever the request held.
std::string ValidUtf8(std::string_view text) {
  const std::string copy(text);  // StringStream reads up to a terminating NUL
  rapidjson::StringStream stream(copy.c_str());
  rapidjson::StringBuffer character;  // Validate copies bytes as it reads, good or bad
  std::string valid;
  valid.reserve(copy.size());
  while (stream.Tell() < copy.size()) {
    const size_t start = stream.Tell();
    character.Clear();
    if (rapidjson::UTF8<>::Validate(stream, character)) {
      valid.append(character.GetString(), character.GetSize());
      continue;
    }
    // Go on right after the bad lead byte, so that a valid character behind it survives.
    stream.src_ = copy.c_str() + start + 1;
    valid += "\xEF\xBF\xBD";
  }
  return valid;
}

std::string Quoted(std::string_view text) {
  const std::string valid = ValidUtf8(text);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string ErrorLine(std::string_view id, int code, std::string_view message,
                      std::string_view data) {
  std::string line = "{\"jsonrpc\":\"2.0\",\"id\":";
  line += id.empty() ? "null" : id;
  line += ",\"error\":{\"code\":" + std::to_string(code) + ",\"message\":" + Quoted(message);
  if (!data.empty()) line += ",\"data\":" + std::string(data);
  return line + "}}\n";
}

ParsedRequest Invalid(std::string id, int code, std::string_view message) {
  ParsedRequest parsed;
  parsed.error_line = ErrorLine(id, code, message, "");
  return parsed;
}

}  // namespace

ParsedRequest ParseRpcRequest(std::string_view line) {
  rapidjson::Document document;
  // JSON text is UTF-8 (RFC 8259): bytes that are not would reach names, searches and echoes.
  document.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  if (document.HasParseError()) {
    return Invalid("", kRpcParseError,
                   document.GetParseError() == rapidjson::kParseErrorStringInvalidEncoding
                       ? "parse error: a string is not valid UTF-8"
                       : "parse error: not JSON");
  }
  if (!document.IsObject()) {
    return Invalid("", kRpcInvalidRequest, "invalid request: expected an object");
  }
  std::string id;
  if (auto member = document.FindMember("id"); member != document.MemberEnd()) {
    const rapidjson::Value& value = member->value;
    if (!value.IsString() && !value.IsInt64() && !value.IsNull()) {
      return Invalid("", kRpcInvalidRequest, "invalid request: id must be a string or integer");
    }
    id = JsonText(value);
  }
  auto version = document.FindMember("jsonrpc");
  if (version == document.MemberEnd() || !version->value.IsString() ||
      std::string_view(version->value.GetString()) != "2.0") {
    return Invalid(id, kRpcInvalidRequest, "invalid request: jsonrpc must be \"2.0\"");
  }
  auto method = document.FindMember("method");
  if (method == document.MemberEnd() || !method->value.IsString()) {
    return Invalid(id, kRpcInvalidRequest, "invalid request: method must be a string");
  }
  ParsedRequest parsed;
  parsed.ok = true;
  parsed.request.id = id;
  parsed.request.method.assign(method->value.GetString(), method->value.GetStringLength());
  parsed.request.params.SetNull();
  if (auto params = document.FindMember("params"); params != document.MemberEnd()) {
    if (!params->value.IsObject() && !params->value.IsNull()) {
      return Invalid(id, kRpcInvalidParams, "invalid params: expected an object");
    }
    parsed.request.params.CopyFrom(params->value, parsed.request.params.GetAllocator());
  }
  return parsed;
}

std::string RpcResultLine(std::string_view id, std::string_view result) {
  std::string line = "{\"jsonrpc\":\"2.0\",\"id\":";
  line += id.empty() ? "null" : id;
  line += ",\"result\":";
  line += result;
  return line + "}\n";
}

std::string RpcErrorLine(std::string_view id, int code, std::string_view message) {
  return ErrorLine(id, code, message, "");
}

std::string RpcStatusLine(std::string_view id, const Status& status) {
  const int code = status.code() == StatusCode::kUsage ? kRpcInvalidParams : kRpcServerError;
  const std::string data = "{\"status\":" + Quoted(StatusCodeName(status.code())) +
                           ",\"exit_code\":" + std::to_string(ExitCodeFor(status.code())) + "}";
  return ErrorLine(id, code, status.message(), data);
}

std::string RpcNotificationLine(std::string_view method, std::string_view params) {
  return "{\"jsonrpc\":\"2.0\",\"method\":" + Quoted(method) + ",\"params\":" +
         std::string(params) + "}\n";
}

}  // namespace touchpoint
