// The daemon's socket protocol: bytes as a client sends them, cut into lines as
// ClientSession does, each parsed by ParseRpcRequest. Every answer the daemon would build for
// the line (the error line, or a result, method-not-found and status error with the
// request's id) must be one valid JSON object on one line.
#include <rapidjson/document.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "daemon/json_rpc.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace touchpoint;

void CheckLine(std::string_view line, std::string_view what) {
  if (line.empty() || line.back() != '\n' || line.find('\n') != line.size() - 1) {
    fuzz::InvariantFailed(what, "not exactly one line");
  }
  rapidjson::Document document;
  // Strict clients reject invalid UTF-8, so answers are parsed with the encoding checked.
  document.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size() - 1);
  if (document.HasParseError() || !document.IsObject()) fuzz::InvariantFailed(what, line);
}

void Answer(std::string_view line) {
  ParsedRequest parsed = ParseRpcRequest(line);
  if (!parsed.ok) return CheckLine(parsed.error_line, "error line");
  const RpcRequest& request = parsed.request;
  if (!request.params.IsNull() && !request.params.IsObject()) {
    fuzz::InvariantFailed("params", "neither null nor an object");
  }
  CheckLine(RpcResultLine(request.id, "{}"), "result line");
  CheckLine(RpcErrorLine(request.id, kRpcMethodNotFound, "method not found: " + request.method),
            "method-not-found line");
  CheckLine(RpcStatusLine(request.id, Status(StatusCode::kUsage, request.method)), "status line");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  // A request ends at '\n'; blank lines are skipped; a last line without '\n' still counts
  // here, so that single-line corpus files need no line end.
  while (!input.empty()) {
    const size_t end = std::min(input.find('\n'), input.size());
    const std::string_view line = input.substr(0, end);
    input.remove_prefix(std::min(end + 1, input.size()));
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Answer(line);
  }
  return 0;
}
