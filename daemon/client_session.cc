#include "daemon/client_session.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <boost/asio/write.hpp>
#include <spdlog/spdlog.h>

#include "daemon/json_rpc.h"

namespace touchpoint {
namespace {

constexpr size_t kMaxDescriptorsPerMessage = 4;

}  // namespace

ClientSession::ClientSession(Socket socket, const SessionLimits& limits, LineHandler on_line,
                             std::function<void()> on_closed)
    : socket_(std::move(socket)),
      limits_(limits),
      on_line_(std::move(on_line)),
      on_closed_(std::move(on_closed)),
      read_timer_(socket_.get_executor()),
      write_timer_(socket_.get_executor()) {
  ucred credentials{};
  socklen_t size = sizeof(credentials);
  if (::getsockopt(socket_.native_handle(), SOL_SOCKET, SO_PEERCRED, &credentials, &size) == 0) {
    peer_pid_ = credentials.pid;
    peer_uid_ = credentials.uid;
  }
}

ClientSession::~ClientSession() {
  for (int fd : descriptors_) ::close(fd);
}

void ClientSession::Start() {
  boost::system::error_code ignored;
  socket_.non_blocking(true, ignored);
  ReadMore();
}

void ClientSession::ReadMore() {
  if (closed_ || reading_ || peer_done_ || in_flight_ >= limits_.max_in_flight) return;
  reading_ = true;
  ArmReadTimer();
  socket_.async_wait(Socket::wait_read,
                     [self = shared_from_this()](const boost::system::error_code& error) {
                       self->reading_ = false;
                       if (error || self->closed_) return;
                       self->OnReadable();
                     });
}

void ClientSession::ArmReadTimer() {
  // Mid-line silence is a stalled client. A client waiting for its answer is not timed (an
  // import may take minutes); a quiet connection between requests may idle longer.
  if (input_.empty() && in_flight_ > 0) {
    read_timer_.cancel();
    return;
  }
  read_timer_.expires_after(input_.empty() ? limits_.idle_timeout : limits_.io_timeout);
  read_timer_.async_wait([self = shared_from_this()](const boost::system::error_code& error) {
    if (error || self->closed_ || !self->reading_) return;
    spdlog::debug("client pid {}: timed out waiting for a request", self->peer_pid_);
    self->Close();
  });
}

void ClientSession::OnReadable() {
  read_timer_.cancel();
  char data[65536];
  iovec io{data, sizeof(data)};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxDescriptorsPerMessage)];
  msghdr message{};
  message.msg_iov = &io;
  message.msg_iovlen = 1;
  message.msg_control = control;
  message.msg_controllen = sizeof(control);
  const ssize_t n = ::recvmsg(socket_.native_handle(), &message, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
  if (n < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return ReadMore();
    return Close();
  }
  for (cmsghdr* header = CMSG_FIRSTHDR(&message); header != nullptr;
       header = CMSG_NXTHDR(&message, header)) {
    if (header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS) continue;
    const size_t count = (header->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    for (size_t i = 0; i < count; ++i) {
      int fd;
      std::memcpy(&fd, CMSG_DATA(header) + i * sizeof(int), sizeof(int));
      descriptors_.push_back(fd);
    }
  }
  if (n == 0) {
    peer_done_ = true;
    if (in_flight_ == 0 && output_.empty()) return Close();
    return;
  }
  input_.append(data, static_cast<size_t>(n));
  DispatchLines();
  if (closed_ || close_after_writes_) return;
  if (input_.size() > limits_.max_line_bytes) {
    Send(RpcErrorLine("", kRpcInvalidRequest, "invalid request: a line longer than 1 MiB"));
    return CloseAfterWrites();
  }
  ReadMore();
}

void ClientSession::DispatchLines() {
  while (!closed_ && in_flight_ < limits_.max_in_flight) {
    const size_t end = input_.find('\n');
    if (end == std::string::npos) return;
    if (end > limits_.max_line_bytes) {
      Send(RpcErrorLine("", kRpcInvalidRequest, "invalid request: a line longer than 1 MiB"));
      return CloseAfterWrites();
    }
    std::string line = input_.substr(0, end);
    input_.erase(0, end + 1);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++in_flight_;
    on_line_(shared_from_this(), std::move(line));
  }
}

void ClientSession::RequestDone() {
  if (in_flight_ > 0) --in_flight_;
  if (closed_) return;
  DispatchLines();
  if (peer_done_ && in_flight_ == 0 && output_.empty() && !writing_) return Close();
  ReadMore();
}

int ClientSession::TakeDescriptor() {
  if (descriptors_.empty()) return -1;
  const int fd = descriptors_.front();
  descriptors_.pop_front();
  return fd;
}

void ClientSession::Send(std::string line) {
  if (closed_) return;
  queued_bytes_ += line.size();
  if (queued_bytes_ > limits_.max_queued_bytes) {
    spdlog::debug("client pid {}: not reading its replies; closing", peer_pid_);
    return Close();
  }
  output_.push_back(std::move(line));
  WriteNext();
}

void ClientSession::WriteNext() {
  if (closed_ || writing_) return;
  if (output_.empty()) {
    if (close_after_writes_ || (peer_done_ && in_flight_ == 0)) Close();
    return;
  }
  writing_ = true;
  write_timer_.expires_after(limits_.io_timeout);
  write_timer_.async_wait([self = shared_from_this()](const boost::system::error_code& error) {
    if (error || self->closed_ || !self->writing_) return;
    spdlog::debug("client pid {}: reply stuck; closing", self->peer_pid_);
    self->Close();
  });
  boost::asio::async_write(
      socket_, boost::asio::buffer(output_.front()),
      [self = shared_from_this()](const boost::system::error_code& error, size_t written) {
        self->writing_ = false;
        self->write_timer_.cancel();
        if (error) return self->Close();  // the client went away mid-reply
        self->queued_bytes_ -= written;
        self->output_.pop_front();
        self->WriteNext();
      });
}

void ClientSession::CloseAfterWrites() {
  close_after_writes_ = true;
  if (!writing_ && output_.empty()) Close();
}

void ClientSession::Close() {
  if (closed_) return;
  closed_ = true;
  boost::system::error_code ignored;
  read_timer_.cancel();
  write_timer_.cancel();
  socket_.shutdown(Socket::shutdown_both, ignored);
  socket_.close(ignored);
  if (on_closed_) on_closed_();
}

}  // namespace touchpoint
