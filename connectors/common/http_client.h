#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace touchpoint {

// Why a transfer did not produce a complete HTTP response. kNone means it did (whatever the
// HTTP status).
enum class TransportError {
  kNone,
  kTimeout,            // connect or total timeout, or slower than the low-speed limit
  kConnectionRefused,  // nothing listens (the request never left)
  kConnectionReset,    // reset or closed before a complete response (request may have arrived)
  kTruncated,          // body shorter than Content-Length (curl error 18) or undecodable
  kTls,                // handshake or certificate verification failed
  kTooLarge,           // body above HttpClientOptions::max_body_bytes
  kCancelled,          // the stop flag was raised
  kOther,              // DNS, proxy, protocol errors, ...
};

// Stable lower-case name for logs ("timeout", "connection_reset", ...).
std::string_view TransportErrorName(TransportError error) noexcept;

struct HttpRequest {
  enum class Method { kGet, kPost };
  Method method = Method::kGet;
  std::string url;
  // Sent as given ("Authorization", "Bearer ..."). Never logged by this module or by
  // api_fetch: values may be secrets.
  std::vector<std::pair<std::string, std::string>> headers;
  // POST only: sent as application/x-www-form-urlencoded unless a Content-Type header is set.
  std::string body;
};

struct HttpResponse {
  TransportError error = TransportError::kNone;
  std::string error_message;  // curl's description when error != kNone; holds no URL query
  long status = 0;            // 0 when no status line arrived
  // Response header names lower-cased; a repeated header keeps its values joined by ", ".
  std::map<std::string, std::string, std::less<>> headers;
  std::string body;  // decoded (gzip/deflate undone)

  bool complete() const noexcept { return error == TransportError::kNone; }
  // The header's value, or nullptr. `name` must be lower case.
  const std::string* Header(std::string_view name) const;
};

struct HttpClientOptions {
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds total_timeout{60'000};
  // A transfer slower than low_speed_bytes per second for low_speed_time is a timeout.
  long low_speed_bytes = 1;
  std::chrono::seconds low_speed_time{30};
  std::size_t max_body_bytes = 64u << 20;
  std::string user_agent = "touchpoint/" TOUCHPOINT_VERSION;
  // When set and raised, a running transfer aborts within about a second (kCancelled) and new
  // ones fail at once. Must outlive the client.
  const std::atomic<bool>* stop = nullptr;
};

// HTTP/1.1 and HTTP/2 over libcurl with one reused easy handle, so consecutive requests to the
// same host reuse the connection. Always: TLS peer and host verification, gzip/deflate
// accepted and decoded, http and https only, no redirects followed, no signals, proxies from
// http_proxy / https_proxy / no_proxy (libcurl's defaults). Never logs; never sets
// CURLOPT_VERBOSE. Not thread-safe: one client per account and thread.
class HttpClient {
 public:
  explicit HttpClient(HttpClientOptions options = {});
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;
  ~HttpClient();

  // Performs one request. Never throws; every failure is in HttpResponse::error. An HTTP
  // error status (4xx, 5xx) is a complete response, not a transport error.
  HttpResponse Perform(const HttpRequest& request);

  HttpResponse Get(std::string url, std::vector<std::pair<std::string, std::string>> headers = {});
  HttpResponse PostForm(std::string url, std::string form_body,
                        std::vector<std::pair<std::string, std::string>> headers = {});

  const HttpClientOptions& options() const noexcept { return options_; }

 private:
  struct Handle;
  HttpClientOptions options_;
  std::unique_ptr<Handle> handle_;
};

}  // namespace touchpoint
