#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "core/status.h"

namespace touchpoint::cli {

// A connection to touchpointd's socket, speaking JSON-RPC 2.0, one object per line.
class DaemonClient {
 public:
  // Connects to the socket at `path`. kUnavailable when nothing listens there (with a hint
  // about touchpoint.socket), kPermission when the socket refuses us (hint: the group).
  static Result<DaemonClient> Connect(const std::filesystem::path& path);

  DaemonClient(DaemonClient&& other) noexcept;
  DaemonClient& operator=(DaemonClient&&) = delete;
  ~DaemonClient();

  // Called with each notification's method and params while a call is waiting.
  using NotificationHandler = std::function<void(std::string_view, const rapidjson::Value&)>;

  // Sends one request and waits for its response. `params_json` is a JSON object text. When
  // `fd` >= 0 it travels with the request (SCM_RIGHTS). On a JSON-RPC error the Status has the
  // daemon's status code (its data.status) and message.
  Result<rapidjson::Document> Call(std::string_view method, const std::string& params_json,
                                   int fd = -1, const NotificationHandler& on_notification = {});

 private:
  explicit DaemonClient(int fd) : fd_(fd) {}
  Status Send(const std::string& line, int fd);
  Result<std::string> ReadLine();

  int fd_ = -1;
  int64_t next_id_ = 1;
  std::string buffer_;
};

// The socket a CLI talks to: `explicit_path` (--socket) if given, else $TOUCHPOINT_SOCKET,
// else $XDG_RUNTIME_DIR/touchpoint.sock if it exists, else /run/touchpoint.sock.
std::filesystem::path DiscoverSocket(const std::string& explicit_path);

}  // namespace touchpoint::cli
