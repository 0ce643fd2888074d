#include "daemon/socket_server.h"

#include <grp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <spdlog/spdlog.h>

namespace touchpoint {
namespace {

// The filesystem path a listening socket is bound to (empty for abstract/unnamed ones).
std::filesystem::path BoundPath(int fd) {
  sockaddr_un address{};
  socklen_t size = sizeof(address);
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0) return {};
  if (size <= sizeof(sa_family_t) || address.sun_path[0] == '\0') return {};
  return std::string(address.sun_path);
}

bool SomeoneAnswers(const std::filesystem::path& path) {
  boost::asio::io_context probe;
  boost::asio::local::stream_protocol::socket socket(probe);
  boost::system::error_code error;
  socket.connect(boost::asio::local::stream_protocol::endpoint(path.string()), error);
  return !error;
}

}  // namespace

SocketServer::SocketServer(boost::asio::io_context& loop, SessionLimits limits,
                           size_t max_clients, ClientSession::LineHandler on_line)
    : loop_(loop),
      acceptor_(loop),
      limits_(limits),
      max_clients_(max_clients),
      on_line_(std::move(on_line)),
      sessions_(std::make_shared<std::vector<std::weak_ptr<ClientSession>>>()) {}

SocketServer::~SocketServer() { Stop(); }

Status SocketServer::Adopt(int fd) {
  boost::system::error_code error;
  acceptor_.assign(boost::asio::local::stream_protocol(), fd, error);
  if (error) {
    return Status(StatusCode::kUnavailable, "socket-activated descriptor: " + error.message());
  }
  adopted_ = true;
  path_ = BoundPath(fd);
  struct stat st;
  group_access_ = !path_.empty() && ::stat(path_.c_str(), &st) == 0 && (st.st_mode & S_IWGRP);
  return Status::Ok();
}

Status SocketServer::Bind(const std::filesystem::path& path, const std::string& group) {
  if (path.empty()) {
    return Status(StatusCode::kConfigError,
                  "no socket path: set [daemon] socket or XDG_RUNTIME_DIR");
  }
  std::error_code exists_error;
  if (std::filesystem::exists(std::filesystem::symlink_status(path, exists_error))) {
    if (SomeoneAnswers(path)) {
      return Status(StatusCode::kUnavailable,
                    path.string() + ": another touchpointd already answers there");
    }
    std::filesystem::remove(path, exists_error);  // left behind by a crash
  }
  std::filesystem::create_directories(path.parent_path(), exists_error);
  // Create the socket file with its final mode: no window in which others may connect.
  const mode_t mode = group.empty() ? 0600 : 0660;
  const mode_t old_mask = ::umask(0777 & ~mode);
  boost::system::error_code error;
  acceptor_.open(boost::asio::local::stream_protocol(), error);
  if (!error) acceptor_.bind(boost::asio::local::stream_protocol::endpoint(path.string()), error);
  ::umask(old_mask);
  if (!error) acceptor_.listen(boost::asio::socket_base::max_listen_connections, error);
  if (error) return Status(StatusCode::kUnavailable, path.string() + ": " + error.message());
  bound_ = true;
  path_ = path;
  if (!group.empty()) {
    group_access_ = true;
    const struct group* entry = ::getgrnam(group.c_str());
    if (entry == nullptr || ::chown(path.c_str(), static_cast<uid_t>(-1), entry->gr_gid) != 0) {
      return Status(StatusCode::kConfigError,
                    path.string() + ": cannot give the socket to group '" + group + "'");
    }
  }
  return Status::Ok();
}

void SocketServer::Start() { Accept(); }

bool SocketServer::PeerAllowed(uid_t uid) const {
  // The socket file's mode already decides who can connect; this is the second check, for a
  // socket that only its owner may use.
  return uid == 0 || uid == ::geteuid() || group_access_;
}

void SocketServer::Accept() {
  acceptor_.async_accept([this](const boost::system::error_code& error,
                                boost::asio::local::stream_protocol::socket socket) {
    if (stopped_) return;
    if (error) {
      if (error == boost::asio::error::operation_aborted) return;
      spdlog::warn("accepting a client failed: {}", error.message());
      // Out of descriptors, say: do not spin; try again shortly.
      auto timer = std::make_shared<boost::asio::steady_timer>(loop_, std::chrono::milliseconds(100));
      timer->async_wait([this, timer](const boost::system::error_code&) {
        if (!stopped_) Accept();
      });
      return;
    }
    if (clients_ >= max_clients_) {
      spdlog::warn("{} clients connected, the limit: refusing one more", clients_);
      boost::system::error_code ignored;
      socket.close(ignored);
      return Accept();
    }
    ucred peer{};
    socklen_t size = sizeof(peer);
    if (::getsockopt(socket.native_handle(), SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0 ||
        !PeerAllowed(peer.uid)) {
      spdlog::warn("refused a client with uid {}", peer.uid);
      boost::system::error_code ignored;
      socket.close(ignored);
      return Accept();
    }
    auto session = std::make_shared<ClientSession>(std::move(socket), limits_, on_line_,
                                                   [this] { --clients_; });
    ++clients_;
    auto& sessions = *sessions_;
    std::erase_if(sessions, [](const std::weak_ptr<ClientSession>& s) { return s.expired(); });
    sessions.push_back(session);
    session->Start();
    Accept();
  });
}

void SocketServer::Stop() {
  if (stopped_) return;
  stopped_ = true;
  boost::system::error_code ignored;
  // A socket systemd passed stays as it is, open in systemd's hands: closing our copy of the
  // descriptor does not affect it, but shutdown() would.
  acceptor_.close(ignored);
  for (const std::weak_ptr<ClientSession>& weak : *sessions_) {
    if (auto session = weak.lock()) session->Close();
  }
  std::error_code remove_error;
  if (bound_) std::filesystem::remove(path_, remove_error);
}

}  // namespace touchpoint
