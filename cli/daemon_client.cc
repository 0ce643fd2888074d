#include "cli/daemon_client.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace touchpoint::cli {
namespace {

constexpr size_t kMaxResponse = size_t{256} << 20;  // a sanity bound, far above real answers

StatusCode CodeFromName(std::string_view name) {
  for (StatusCode code : {StatusCode::kUsage, StatusCode::kDataError, StatusCode::kNoInput,
                          StatusCode::kIoError, StatusCode::kConfigError, StatusCode::kUnavailable,
                          StatusCode::kBusy, StatusCode::kPermission}) {
    if (StatusCodeName(code) == name) return code;
  }
  return StatusCode::kInternal;
}

std::string JsonString(std::string_view text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

std::filesystem::path DiscoverSocket(const std::string& explicit_path) {
  if (!explicit_path.empty()) return explicit_path;
  if (const char* env = std::getenv("TOUCHPOINT_SOCKET"); env != nullptr && env[0] != '\0') {
    return env;
  }
  if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime != nullptr && runtime[0] == '/') {
    std::filesystem::path user_socket = std::filesystem::path(runtime) / "touchpoint.sock";
    std::error_code error;
    if (std::filesystem::exists(user_socket, error)) return user_socket;
  }
  return "/run/touchpoint.sock";
}

Result<DaemonClient> DaemonClient::Connect(const std::filesystem::path& path) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (path.string().size() >= sizeof(address.sun_path)) {
    return Fail(StatusCode::kUsage, path.string() + ": socket path too long");
  }
  std::strcpy(address.sun_path, path.c_str());
  const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return Fail(StatusCode::kInternal, std::string("socket: ") + std::strerror(errno));
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
    const int error = errno;
    ::close(fd);
    if (error == EACCES || error == EPERM) {
      return Fail(StatusCode::kPermission,
                  path.string() + ": permission denied (are you in the group 'touchpoint'?)");
    }
    return Fail(StatusCode::kUnavailable,
                path.string() + ": the daemon is not running (" + std::strerror(error) +
                    "); is touchpoint.socket active? (systemctl [--user] start touchpoint.socket)");
  }
  return DaemonClient(fd);
}

DaemonClient::DaemonClient(DaemonClient&& other) noexcept
    : fd_(other.fd_), next_id_(other.next_id_), buffer_(std::move(other.buffer_)) {
  other.fd_ = -1;
}

DaemonClient::~DaemonClient() {
  if (fd_ >= 0) ::close(fd_);
}

Status DaemonClient::Send(const std::string& line, int fd) {
  size_t sent = 0;
  while (sent < line.size()) {
    iovec io{const_cast<char*>(line.data() + sent), line.size() - sent};
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    if (fd >= 0 && sent == 0) {  // the descriptor rides on the request's first byte
      message.msg_control = control;
      message.msg_controllen = sizeof(control);
      cmsghdr* header = CMSG_FIRSTHDR(&message);
      header->cmsg_level = SOL_SOCKET;
      header->cmsg_type = SCM_RIGHTS;
      header->cmsg_len = CMSG_LEN(sizeof(int));
      std::memcpy(CMSG_DATA(header), &fd, sizeof(int));
    }
    const ssize_t n = ::sendmsg(fd_, &message, MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status(StatusCode::kUnavailable,
                    std::string("sending to the daemon: ") + std::strerror(errno));
    }
    sent += static_cast<size_t>(n);
  }
  return Status::Ok();
}

Result<std::string> DaemonClient::ReadLine() {
  for (;;) {
    if (size_t end = buffer_.find('\n'); end != std::string::npos) {
      std::string line = buffer_.substr(0, end);
      buffer_.erase(0, end + 1);
      return line;
    }
    if (buffer_.size() > kMaxResponse) {
      return Fail(StatusCode::kInternal, "the daemon's response is too long");
    }
    char chunk[65536];
    const ssize_t n = ::read(fd_, chunk, sizeof(chunk));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      return Fail(StatusCode::kUnavailable, "the daemon closed the connection before answering");
    }
    buffer_.append(chunk, static_cast<size_t>(n));
  }
}

Result<rapidjson::Document> DaemonClient::Call(std::string_view method,
                                               const std::string& params_json, int fd,
                                               const NotificationHandler& on_notification) {
  const int64_t id = next_id_++;
  const std::string request = "{\"jsonrpc\":\"2.0\",\"id\":" + std::to_string(id) +
                              ",\"method\":" + JsonString(method) + ",\"params\":" + params_json +
                              "}\n";
  if (Status status = Send(request, fd); !status.ok()) return Fail(status);
  for (;;) {
    Result<std::string> line = ReadLine();
    if (!line) return Fail(line.error());
    rapidjson::Document message;
    if (message.Parse(line->data(), line->size()).HasParseError() || !message.IsObject()) {
      return Fail(StatusCode::kInternal, "the daemon sent a line that is not a JSON object");
    }
    if (!message.HasMember("id")) {  // a notification, e.g. import progress
      if (on_notification && message.HasMember("method") && message["method"].IsString()) {
        static const rapidjson::Value kNull;
        auto params = message.FindMember("params");
        on_notification(message["method"].GetString(),
                        params == message.MemberEnd() ? kNull : params->value);
      }
      continue;
    }
    if (!message["id"].IsInt64() || message["id"].GetInt64() != id) continue;
    if (auto error = message.FindMember("error"); error != message.MemberEnd()) {
      const rapidjson::Value& body = error->value;
      std::string text = body.HasMember("message") && body["message"].IsString()
                             ? body["message"].GetString()
                             : "the daemon reported an error";
      StatusCode code = StatusCode::kInternal;
      if (body.HasMember("data") && body["data"].IsObject() && body["data"].HasMember("status") &&
          body["data"]["status"].IsString()) {
        code = CodeFromName(body["data"]["status"].GetString());
      } else if (body.HasMember("code") && body["code"].IsInt() &&
                 body["code"].GetInt() == -32602) {
        code = StatusCode::kUsage;
      }
      return Fail(code, text);
    }
    auto result = message.FindMember("result");
    if (result == message.MemberEnd()) {
      return Fail(StatusCode::kInternal, "the daemon's response has no result");
    }
    rapidjson::Document document;
    document.CopyFrom(result->value, document.GetAllocator());
    return document;
  }
}

}  // namespace touchpoint::cli
