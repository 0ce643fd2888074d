#include "tests/support/fake_api_server.h"

#include <sys/socket.h>
#include <zlib.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace touchpoint::test {
namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string Decode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::strtol(std::string(text.substr(i + 1, 2)).c_str(), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::map<std::string, std::string> ParseForm(std::string_view text) {
  std::map<std::string, std::string> fields;
  while (!text.empty()) {
    const size_t amp = text.find('&');
    const std::string_view pair = text.substr(0, amp);
    const size_t eq = pair.find('=');
    if (!pair.empty()) {
      fields[Decode(pair.substr(0, eq))] =
          eq == std::string_view::npos ? "" : Decode(pair.substr(eq + 1));
    }
    if (amp == std::string_view::npos) break;
    text.remove_prefix(amp + 1);
  }
  return fields;
}

std::string Gzip(const std::string& data) {
  z_stream stream{};
  deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, data.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

}  // namespace

std::string FakeRequest::Header(const std::string& name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

FakeResponse FakeResponse::Json(int status, std::string body) {
  FakeResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

FakeResponse FakeResponse::Html(int status) {
  FakeResponse response;
  response.status = status;
  response.content_type = "text/html";
  response.body = "<html><head><title>" + std::to_string(status) +
                  "</title></head><body><h1>Bad Gateway</h1><p>The proxy could not reach the "
                  "upstream server.</p></body></html>\n";
  return response;
}

FakeResponse& FakeResponse::WithHeader(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
  return *this;
}

struct FakeApiServer::Impl {
  asio::io_context io;
  tcp::acceptor acceptor{io};
};

struct FakeApiServer::Connection {
  explicit Connection(tcp::socket s, int n) : socket(std::move(s)), number(n) {}
  tcp::socket socket;
  int number;
  bool closed = false;  // guarded by FakeApiServer::mutex_
};

FakeApiServer::FakeApiServer(Now now) : now_(std::move(now)), impl_(std::make_unique<Impl>()) {
  const tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), 0);
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.set_option(tcp::acceptor::reuse_address(true));
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen();
  port_ = impl_->acceptor.local_endpoint().port();
  acceptor_thread_ = std::thread([this] { AcceptLoop(); });
}

FakeApiServer::~FakeApiServer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    for (auto& connection : connections_) {
      if (!connection->closed) ::shutdown(connection->socket.native_handle(), SHUT_RDWR);
    }
  }
  stopping_changed_.notify_all();
  // Wake the blocking accept with a connection of our own.
  {
    asio::io_context io;
    tcp::socket waker(io);
    boost::system::error_code ignored;
    waker.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_), ignored);
  }
  acceptor_thread_.join();
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(mutex_);
    threads.swap(threads_);
  }
  for (auto& thread : threads) thread.join();
}

void FakeApiServer::Route(std::string method, std::string path, FakeHandler handler) {
  std::lock_guard lock(mutex_);
  routes_[{std::move(method), std::move(path)}] = std::move(handler);
}

std::string FakeApiServer::base_url() const {
  return "http://127.0.0.1:" + std::to_string(port_);
}

std::vector<FakeRequest> FakeApiServer::requests() const {
  std::lock_guard lock(mutex_);
  return requests_;
}

std::size_t FakeApiServer::request_count() const {
  std::lock_guard lock(mutex_);
  return requests_.size();
}

int FakeApiServer::connections_accepted() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(connections_.size());
}

void FakeApiServer::AcceptLoop() {
  for (;;) {
    boost::system::error_code error;
    tcp::socket socket(impl_->io);
    impl_->acceptor.accept(socket, error);
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    if (error) continue;
    auto connection = std::make_shared<Connection>(std::move(socket),
                                                   static_cast<int>(connections_.size()) + 1);
    connections_.push_back(connection);
    threads_.emplace_back([this, connection] { Serve(connection); });
  }
}

bool FakeApiServer::Sleep(std::chrono::milliseconds delay) {
  std::unique_lock lock(mutex_);
  return !stopping_changed_.wait_for(lock, delay, [this] { return stopping_; });
}

FakeResponse FakeApiServer::Dispatch(const FakeRequest& request) {
  FakeHandler handler;
  {
    std::lock_guard lock(mutex_);
    const auto it = routes_.find({request.method, request.path});
    if (it != routes_.end()) handler = it->second;
  }
  if (!handler) return FakeResponse::Json(404, R"({"title":"Not Found Error"})");
  return handler(request);
}

void FakeApiServer::Serve(std::shared_ptr<Connection> connection) {
  tcp::socket& socket = connection->socket;
  boost::beast::flat_buffer buffer;
  const auto close = [&](bool reset) {
    std::lock_guard lock(mutex_);
    boost::system::error_code ignored;
    if (reset) socket.set_option(asio::socket_base::linger(true, 0), ignored);
    socket.close(ignored);
    connection->closed = true;
  };
  for (;;) {
    http::request<http::string_body> message;
    boost::system::error_code error;
    http::read(socket, buffer, message, error);
    if (error) break;

    FakeRequest request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    std::string_view target = request.target;
    if (const size_t scheme = target.find("://"); scheme != std::string_view::npos) {
      const size_t path = target.find('/', scheme + 3);
      target = path == std::string_view::npos ? "/" : target.substr(path);
    }
    const size_t question = target.find('?');
    request.path = std::string(target.substr(0, question));
    if (question != std::string_view::npos) request.query = ParseForm(target.substr(question + 1));
    for (const auto& field : message) {
      request.headers[Lower(std::string(field.name_string()))] = std::string(field.value());
    }
    request.body = message.body();
    if (Lower(request.Header("content-type")).find("x-www-form-urlencoded") != std::string::npos) {
      request.form = ParseForm(request.body);
    }
    request.received_at = now_();
    request.connection = connection->number;
    {
      std::lock_guard lock(mutex_);
      requests_.push_back(request);
    }

    FakeResponse response = Dispatch(request);
    if (response.delay.count() > 0 && !Sleep(response.delay)) break;
    if (response.fault == FakeResponse::Fault::kReset) {
      close(true);
      return;
    }
    std::string body = response.body;
    const bool gzip =
        response.gzip && request.Header("accept-encoding").find("gzip") != std::string::npos;
    if (gzip) body = Gzip(body);
    std::string head = "HTTP/1.1 " + std::to_string(response.status) + " " +
                       std::string(http::obsolete_reason(static_cast<http::status>(
                           response.status))) + "\r\n";
    head += "Content-Type: " + response.content_type + "\r\n";
    if (gzip) head += "Content-Encoding: gzip\r\n";
    for (const auto& [name, value] : response.headers) head += name + ": " + value + "\r\n";
    head += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    const bool keep_alive = message.keep_alive() && !response.close &&
                            response.fault == FakeResponse::Fault::kNone;
    if (!keep_alive) head += "Connection: close\r\n";
    head += "\r\n";
    if (response.fault == FakeResponse::Fault::kTruncate) {
      const size_t sent = response.truncate_at != 0 ? std::min(response.truncate_at, body.size())
                                                     : body.size() / 2;
      body.resize(sent);
    }
    asio::write(socket, asio::buffer(head + body), error);
    if (error || !keep_alive) break;
  }
  close(false);
}

}  // namespace touchpoint::test
