#pragma once

#include <sys/types.h>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/steady_timer.hpp>

namespace touchpoint {

// Limits that keep one client from hurting the others.
struct SessionLimits {
  size_t max_line_bytes = size_t{1} << 20;        // a longer request is refused
  std::chrono::milliseconds io_timeout{10000};     // mid-line silence, or a stuck reply
  std::chrono::milliseconds idle_timeout{300000};  // no request at all
  size_t max_in_flight = 8;                        // requests answered out of order at most
  size_t max_queued_bytes = size_t{64} << 20;      // replies the client is not reading
};

// One client connection: reads request lines (with any descriptors passed alongside them,
// SCM_RIGHTS), hands each line to the daemon, writes replies in any order. Everything runs on
// the event-loop thread; Send() and RequestDone() must be called there.
class ClientSession : public std::enable_shared_from_this<ClientSession> {
 public:
  using Socket = boost::asio::local::stream_protocol::socket;
  using LineHandler = std::function<void(const std::shared_ptr<ClientSession>&, std::string)>;

  ClientSession(Socket socket, const SessionLimits& limits, LineHandler on_line,
                std::function<void()> on_closed);
  ~ClientSession();

  void Start();
  // Queues one reply line (ending in '\n'). Ignored once closed.
  void Send(std::string line);
  // Marks one request handed to the daemon as answered; reading resumes if it was paused.
  void RequestDone();
  // The oldest descriptor received and not yet taken, or -1. The caller owns it.
  int TakeDescriptor();
  void Close();

  pid_t peer_pid() const { return peer_pid_; }
  uid_t peer_uid() const { return peer_uid_; }
  bool closed() const { return closed_; }

 private:
  void ReadMore();
  void OnReadable();
  void DispatchLines();
  void WriteNext();
  void ArmReadTimer();
  void CloseAfterWrites();

  Socket socket_;
  SessionLimits limits_;
  LineHandler on_line_;
  std::function<void()> on_closed_;
  boost::asio::steady_timer read_timer_;
  boost::asio::steady_timer write_timer_;
  std::string input_;
  std::deque<int> descriptors_;
  std::deque<std::string> output_;
  size_t queued_bytes_ = 0;
  size_t in_flight_ = 0;
  bool reading_ = false;
  bool writing_ = false;
  bool peer_done_ = false;        // the client closed its side
  bool close_after_writes_ = false;
  bool closed_ = false;
  pid_t peer_pid_ = 0;
  uid_t peer_uid_ = 0;
};

}  // namespace touchpoint
