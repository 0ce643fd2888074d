#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace touchpoint::test {

// One request as the fake server received it.
struct FakeRequest {
  std::string method;  // "GET", "POST"
  std::string target;  // as sent: origin form, or absolute form through a proxy
  std::string path;    // target without scheme, authority and query
  std::map<std::string, std::string> query;    // percent- and plus-decoded
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::map<std::string, std::string> form;  // body decoded as x-www-form-urlencoded
  std::chrono::system_clock::time_point received_at;  // by the server's clock
  int connection = 0;                                 // 1 for the first accepted connection

  // The header's value, or "" when absent. `name` must be lower case.
  std::string Header(const std::string& name) const;
};

// What the fake server answers, and how it misbehaves.
struct FakeResponse {
  enum class Fault {
    kNone,
    kTruncate,  // send the head with the full Content-Length, then part of the body, then close
    kReset,     // after reading the request, close with SO_LINGER 0 (a TCP reset), no answer
  };
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string content_type = "application/json";
  std::chrono::milliseconds delay{0};  // wait before answering (ends early when stopping)
  Fault fault = Fault::kNone;
  std::size_t truncate_at = 0;  // kTruncate: bytes of the body sent (0 means half)
  bool gzip = false;            // gzip the body when the request accepts gzip
  bool close = false;           // close the connection after this answer

  static FakeResponse Json(int status, std::string body);
  // An HTML error page such as a proxy or load balancer sends.
  static FakeResponse Html(int status);
  FakeResponse& WithHeader(std::string name, std::string value);
};

using FakeHandler = std::function<FakeResponse(const FakeRequest&)>;

// A real HTTP/1.1 server on 127.0.0.1 (ephemeral port) for tests: an accept thread and one
// thread per connection, keep-alive supported. Routes map (method, path) to handlers;
// unknown routes get a JSON 404. Every request is recorded. Handlers run on the server's
// threads, one request at a time per connection; they must be thread-safe if the test sends
// from several threads. The destructor stops accepting, ends delays, shuts every connection
// down and joins all threads (bounded: nothing blocks on the client).
class FakeApiServer {
 public:
  using Now = std::function<std::chrono::system_clock::time_point()>;

  // `now` stamps FakeRequest::received_at (the test's fake clock, or the system clock). It is
  // called on server threads.
  explicit FakeApiServer(Now now = &std::chrono::system_clock::now);
  FakeApiServer(const FakeApiServer&) = delete;
  FakeApiServer& operator=(const FakeApiServer&) = delete;
  ~FakeApiServer();

  // Replaces the handler of (method, path). Thread-safe.
  void Route(std::string method, std::string path, FakeHandler handler);

  std::uint16_t port() const noexcept { return port_; }
  std::string base_url() const;  // "http://127.0.0.1:<port>"

  std::vector<FakeRequest> requests() const;
  std::size_t request_count() const;
  int connections_accepted() const;

 private:
  struct Connection;
  void AcceptLoop();
  void Serve(std::shared_ptr<Connection> connection);
  FakeResponse Dispatch(const FakeRequest& request);
  // Waits `delay` or until the server stops; false when stopping.
  bool Sleep(std::chrono::milliseconds delay);

  Now now_;
  std::uint16_t port_ = 0;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  mutable std::mutex mutex_;
  std::condition_variable stopping_changed_;
  bool stopping_ = false;
  std::map<std::pair<std::string, std::string>, FakeHandler> routes_;
  std::vector<FakeRequest> requests_;
  std::vector<std::shared_ptr<Connection>> connections_;
  std::vector<std::thread> threads_;
  std::thread acceptor_thread_;
};

}  // namespace touchpoint::test
