#include "connectors/common/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace touchpoint {
namespace {

// curl_global_init is not thread-safe and must run once per process; libcurl >= 7.84 makes
// it safe anyway, but Debian 12's 7.88 still wants it before the first handle.
void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                           text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

struct Transfer {
  HttpResponse* response;
  std::size_t max_body_bytes;
  bool too_large = false;
  const std::atomic<bool>* stop;
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  if (transfer->response->body.size() + bytes > transfer->max_body_bytes) {
    transfer->too_large = true;
    return 0;  // makes curl fail with CURLE_WRITE_ERROR
  }
  transfer->response->body.append(data, bytes);
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  const std::string_view line(data, bytes);
  if (line.starts_with("HTTP/")) {
    // A new response starts (after a 100 Continue or through a proxy's CONNECT): forget the
    // headers of the previous one.
    transfer->response->headers.clear();
    return bytes;
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return bytes;
  std::string name = Lower(Trim(line.substr(0, colon)));
  const std::string_view value = Trim(line.substr(colon + 1));
  auto [it, inserted] = transfer->response->headers.try_emplace(std::move(name), value);
  if (!inserted) it->second.append(", ").append(value);
  return bytes;
}

int OnProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* transfer = static_cast<Transfer*>(user);
  return transfer->stop != nullptr && transfer->stop->load() ? 1 : 0;
}

TransportError Classify(CURLcode code, bool too_large) {
  switch (code) {
    case CURLE_OK:
      return TransportError::kNone;
    case CURLE_OPERATION_TIMEDOUT:
      return TransportError::kTimeout;
    case CURLE_COULDNT_CONNECT:
      return TransportError::kConnectionRefused;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
      return TransportError::kConnectionReset;
    case CURLE_PARTIAL_FILE:
    case CURLE_BAD_CONTENT_ENCODING:
      return TransportError::kTruncated;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_USE_SSL_FAILED:
      return TransportError::kTls;
    case CURLE_FILESIZE_EXCEEDED:
      return TransportError::kTooLarge;
    case CURLE_WRITE_ERROR:
      return too_large ? TransportError::kTooLarge : TransportError::kOther;
    case CURLE_ABORTED_BY_CALLBACK:
      return TransportError::kCancelled;
    default:
      return TransportError::kOther;
  }
}

}  // namespace

std::string_view TransportErrorName(TransportError error) noexcept {
  switch (error) {
    case TransportError::kNone: return "none";
    case TransportError::kTimeout: return "timeout";
    case TransportError::kConnectionRefused: return "connection_refused";
    case TransportError::kConnectionReset: return "connection_reset";
    case TransportError::kTruncated: return "truncated";
    case TransportError::kTls: return "tls";
    case TransportError::kTooLarge: return "too_large";
    case TransportError::kCancelled: return "cancelled";
    case TransportError::kOther: return "other";
  }
  return "other";
}

const std::string* HttpResponse::Header(std::string_view name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? nullptr : &it->second;
}

struct HttpClient::Handle {
  CURL* curl = nullptr;
  char error_buffer[CURL_ERROR_SIZE] = {};
  ~Handle() {
    if (curl != nullptr) curl_easy_cleanup(curl);
  }
};

HttpClient::HttpClient(HttpClientOptions options)
    : options_(std::move(options)), handle_(std::make_unique<Handle>()) {
  InitCurlOnce();
  handle_->curl = curl_easy_init();
}

HttpClient::~HttpClient() = default;

HttpResponse HttpClient::Get(std::string url,
                             std::vector<std::pair<std::string, std::string>> headers) {
  HttpRequest request;
  request.url = std::move(url);
  request.headers = std::move(headers);
  return Perform(request);
}

HttpResponse HttpClient::PostForm(std::string url, std::string form_body,
                                  std::vector<std::pair<std::string, std::string>> headers) {
  HttpRequest request;
  request.method = HttpRequest::Method::kPost;
  request.url = std::move(url);
  request.body = std::move(form_body);
  request.headers = std::move(headers);
  return Perform(request);
}

HttpResponse HttpClient::Perform(const HttpRequest& request) {
  HttpResponse response;
  CURL* curl = handle_->curl;
  if (curl == nullptr) {
    response.error = TransportError::kOther;
    response.error_message = "curl_easy_init failed";
    return response;
  }
  if (options_.stop != nullptr && options_.stop->load()) {
    response.error = TransportError::kCancelled;
    response.error_message = "stopped";
    return response;
  }

  // curl_easy_reset keeps the connection cache, DNS cache and TLS session cache of the handle,
  // so the next request still reuses the connection; it clears the options of the last one.
  curl_easy_reset(curl);
  Transfer transfer{&response, options_.max_body_bytes, false, options_.stop};
  char* error_buffer = handle_->error_buffer;
  error_buffer[0] = '\0';

  curl_slist* header_list = nullptr;
  bool has_content_type = false;
  for (const auto& [name, value] : request.headers) {
    if (Lower(name) == "content-type") has_content_type = true;
    header_list = curl_slist_append(header_list, (name + ": " + value).c_str());
  }
  if (request.method == HttpRequest::Method::kPost && !has_content_type) {
    header_list =
        curl_slist_append(header_list, "Content-Type: application/x-www-form-urlencoded");
  }
  // No "Expect: 100-continue" round trip for small form posts.
  header_list = curl_slist_append(header_list, "Expect:");

  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl decodes
  curl_easy_setopt(curl, CURLOPT_USERAGENT, options_.user_agent.c_str());
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(options_.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, options_.low_speed_bytes);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME,
                   static_cast<long>(options_.low_speed_time.count()));
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE,
                   static_cast<curl_off_t>(options_.max_body_bytes));
  curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, header_list);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, OnProgress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
  if (request.method == HttpRequest::Method::kPost) {
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                     static_cast<curl_off_t>(request.body.size()));
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.c_str());
  } else {
    curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
  }

  const CURLcode code = curl_easy_perform(curl);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
  curl_slist_free_all(header_list);

  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  response.error = Classify(code, transfer.too_large);
  if (response.error != TransportError::kNone) {
    response.error_message = error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(code);
    return response;
  }
  // curl reports a short body as error 18 when the connection closes early; check again in
  // case a body arrived whole but shorter than announced (only meaningful undecoded).
  curl_off_t announced = -1;
  curl_easy_getinfo(curl, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &announced);
  if (announced >= 0 && response.Header("content-encoding") == nullptr &&
      static_cast<curl_off_t>(response.body.size()) != announced) {
    response.error = TransportError::kTruncated;
    response.error_message = "body of " + std::to_string(response.body.size()) +
                             " bytes, Content-Length " + std::to_string(announced);
  }
  return response;
}

}  // namespace touchpoint
