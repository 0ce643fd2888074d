#pragma once

#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "core/status.h"

namespace touchpoint {

// JSON-RPC 2.0 framing, one object per line. The standard error codes:
constexpr int kRpcParseError = -32700;
constexpr int kRpcInvalidRequest = -32600;
constexpr int kRpcMethodNotFound = -32601;
constexpr int kRpcInvalidParams = -32602;
constexpr int kRpcServerError = -32000;  // a Status other than kUsage; data says which

struct RpcRequest {
  std::string id;  // the id as JSON text ("7", "\"a\""); empty for a notification
  std::string method;
  rapidjson::Document params;  // null when absent
};

// Parses one request line. On failure, returns the complete error response line to send
// instead (with the request's id when it could be read, else null).
struct ParsedRequest {
  bool ok = false;
  RpcRequest request;
  std::string error_line;
};
ParsedRequest ParseRpcRequest(std::string_view line);

// Response lines, each ending in '\n'. `result` is a JSON text.
std::string RpcResultLine(std::string_view id, std::string_view result);
std::string RpcErrorLine(std::string_view id, int code, std::string_view message);
// An error from a Status: kUsage is invalid params, anything else a server error whose data
// carries the status name and the CLI exit code ({"status":"no_input","exit_code":66}).
std::string RpcStatusLine(std::string_view id, const Status& status);
std::string RpcNotificationLine(std::string_view method, std::string_view params);

}  // namespace touchpoint
