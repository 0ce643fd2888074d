#pragma once

#include <sys/types.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>

#include "core/status.h"
#include "daemon/client_session.h"

namespace touchpoint {

// The Unix socket the daemon answers on: adopted from socket activation, or bound by the
// daemon itself. Accepts clients up to a limit, checks who they are, and runs one
// ClientSession each. Loop thread only.
class SocketServer {
 public:
  SocketServer(boost::asio::io_context& loop, SessionLimits limits, size_t max_clients,
               ClientSession::LineHandler on_line);
  ~SocketServer();

  // Takes over a listening socket passed by systemd. It is never unlinked or shut down by us:
  // systemd owns it and hands it to the next start.
  Status Adopt(int fd);
  // Binds `path` itself: mode 0600, or 0660 owned by `group` when one is named. A stale
  // socket file nobody answers on is replaced; a live one is kUnavailable ("already
  // running"). The file is removed again by Stop().
  Status Bind(const std::filesystem::path& path, const std::string& group);

  void Start();
  // Stops accepting and closes every client. Idempotent.
  void Stop();

  size_t clients() const { return clients_; }
  const std::filesystem::path& path() const { return path_; }
  bool activated() const { return adopted_; }

 private:
  void Accept();
  bool PeerAllowed(uid_t uid) const;

  boost::asio::io_context& loop_;
  boost::asio::local::stream_protocol::acceptor acceptor_;
  SessionLimits limits_;
  size_t max_clients_;
  ClientSession::LineHandler on_line_;
  std::filesystem::path path_;
  bool adopted_ = false;
  bool bound_ = false;
  bool group_access_ = false;  // the socket file lets its group connect
  bool stopped_ = false;
  size_t clients_ = 0;
  std::shared_ptr<std::vector<std::weak_ptr<ClientSession>>> sessions_;
};

}  // namespace touchpoint
