#include "connectors/common/http_client.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "connectors/common/clock.h"
#include "tests/support/fake_api_server.h"

namespace touchpoint {
namespace {

using std::chrono::milliseconds;
using test::FakeApiServer;
using test::FakeRequest;
using test::FakeResponse;

HttpClientOptions Short() {
  HttpClientOptions options;
  options.connect_timeout = milliseconds(1000);
  options.total_timeout = milliseconds(2000);
  return options;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(HttpClientTest, ReturnsStatusLowerCasedHeadersAndBodyAndSendsHeaders) {
  FakeApiServer server;
  server.Route("GET", "/2/users/me", [](const FakeRequest&) {
    return FakeResponse::Json(200, R"({"data":{"id":"1"}})").WithHeader("X-Rate-Limit-Limit", "75");
  });
  HttpClient client(Short());
  const HttpResponse response =
      client.Get(server.base_url() + "/2/users/me?user.fields=username",
                 {{"Authorization", "Bearer abc"}});
  ASSERT_TRUE(response.complete()) << response.error_message;
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"id":"1"}})");
  ASSERT_NE(response.Header("x-rate-limit-limit"), nullptr);
  EXPECT_EQ(*response.Header("x-rate-limit-limit"), "75");
  EXPECT_EQ(*response.Header("content-type"), "application/json");

  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].query.at("user.fields"), "username");
  EXPECT_EQ(requests[0].Header("authorization"), "Bearer abc");
  EXPECT_EQ(requests[0].Header("user-agent"), "touchpoint/" TOUCHPOINT_VERSION);
}

TEST(HttpClientTest, ReusesOneConnectionForConsecutiveRequests) {
  FakeApiServer server;
  server.Route("GET", "/page", [](const FakeRequest&) { return FakeResponse::Json(200, "{}"); });
  HttpClient client(Short());
  for (int i = 0; i < 5; ++i) {
    ASSERT_EQ(client.Get(server.base_url() + "/page").status, 200);
  }
  EXPECT_EQ(server.request_count(), 5u);
  EXPECT_EQ(server.connections_accepted(), 1);
}

TEST(HttpClientTest, AcceptsAndDecodesGzip) {
  FakeApiServer server;
  const std::string body = R"({"data":[)" + std::string(2000, ' ') + "]}";
  server.Route("GET", "/feed", [&](const FakeRequest&) {
    FakeResponse response = FakeResponse::Json(200, body);
    response.gzip = true;
    return response;
  });
  HttpClient client(Short());
  const HttpResponse response = client.Get(server.base_url() + "/feed");
  ASSERT_TRUE(response.complete()) << response.error_message;
  EXPECT_EQ(*response.Header("content-encoding"), "gzip");
  EXPECT_EQ(response.body, body);
  EXPECT_NE(server.requests()[0].Header("accept-encoding").find("gzip"), std::string::npos);
}

TEST(HttpClientTest, PostsAForm) {
  FakeApiServer server;
  server.Route("POST", "/2/oauth2/token",
               [](const FakeRequest&) { return FakeResponse::Json(200, "{}"); });
  HttpClient client(Short());
  const HttpResponse response = client.PostForm(
      server.base_url() + "/2/oauth2/token", "grant_type=refresh_token&refresh_token=a%2Bb");
  ASSERT_EQ(response.status, 200);
  const FakeRequest request = server.requests().at(0);
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.Header("content-type"), "application/x-www-form-urlencoded");
  EXPECT_EQ(request.form.at("grant_type"), "refresh_token");
  EXPECT_EQ(request.form.at("refresh_token"), "a+b");
}

TEST(HttpClientTest, SlowReplyPastTheTimeoutIsATimeout) {
  FakeApiServer server;
  server.Route("GET", "/slow", [](const FakeRequest&) {
    FakeResponse response = FakeResponse::Json(200, "{}");
    response.delay = milliseconds(3000);
    return response;
  });
  HttpClientOptions options = Short();
  options.total_timeout = milliseconds(300);
  HttpClient client(options);
  const auto start = std::chrono::steady_clock::now();
  const HttpResponse response = client.Get(server.base_url() + "/slow");
  EXPECT_EQ(response.error, TransportError::kTimeout) << response.error_message;
  EXPECT_LT(SecondsSince(start), 1.5);
}

TEST(HttpClientTest, BodyShorterThanContentLengthIsTruncated) {
  FakeApiServer server;
  server.Route("GET", "/short", [](const FakeRequest&) {
    FakeResponse response = FakeResponse::Json(200, R"({"data":[1,2,3,4,5,6,7,8]})");
    response.fault = FakeResponse::Fault::kTruncate;
    return response;
  });
  HttpClient client(Short());
  const HttpResponse response = client.Get(server.base_url() + "/short");
  EXPECT_EQ(response.error, TransportError::kTruncated) << response.error_message;
}

TEST(HttpClientTest, ResetBeforeAnswerIsAConnectionReset) {
  FakeApiServer server;
  server.Route("GET", "/reset", [](const FakeRequest&) {
    FakeResponse response;
    response.fault = FakeResponse::Fault::kReset;
    return response;
  });
  HttpClient client(Short());
  const HttpResponse response = client.Get(server.base_url() + "/reset");
  EXPECT_EQ(response.error, TransportError::kConnectionReset) << response.error_message;
}

TEST(HttpClientTest, ClosedPortIsRefused) {
  std::string url;
  {
    FakeApiServer server;
    url = server.base_url() + "/gone";
  }
  HttpClient client(Short());
  const HttpResponse response = client.Get(url);
  EXPECT_EQ(response.error, TransportError::kConnectionRefused) << response.error_message;
}

TEST(HttpClientTest, HttpsToAPlainServerIsATlsError) {
  FakeApiServer server;
  HttpClient client(Short());
  const HttpResponse response =
      client.Get("https://127.0.0.1:" + std::to_string(server.port()) + "/x");
  EXPECT_EQ(response.error, TransportError::kTls) << response.error_message;
}

TEST(HttpClientTest, BodyAboveTheCapIsTooLarge) {
  FakeApiServer server;
  server.Route("GET", "/big",
               [](const FakeRequest&) { return FakeResponse::Json(200, std::string(5000, ' ')); });
  HttpClientOptions options = Short();
  options.max_body_bytes = 1000;
  HttpClient client(options);
  const HttpResponse response = client.Get(server.base_url() + "/big");
  EXPECT_EQ(response.error, TransportError::kTooLarge) << response.error_message;
}

// Restores (or removes) an environment variable when the test ends.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(HttpClientTest, UsesTheProxyFromTheEnvironment) {
  FakeApiServer proxy;
  proxy.Route("GET", "/2/users/me",
              [](const FakeRequest&) { return FakeResponse::Json(200, R"({"via":"proxy"})"); });
  ScopedEnv http_proxy("http_proxy", proxy.base_url());
  ScopedEnv no_proxy("no_proxy", "");
  HttpClient client(Short());
  // .invalid never resolves: only the proxy can answer.
  const HttpResponse response = client.Get("http://api.example.invalid/2/users/me");
  ASSERT_TRUE(response.complete()) << response.error_message;
  EXPECT_EQ(response.body, R"({"via":"proxy"})");
  EXPECT_EQ(proxy.requests().at(0).target, "http://api.example.invalid/2/users/me");
}

TEST(HttpClientTest, NoProxyBypassesTheProxy) {
  FakeApiServer server;
  server.Route("GET", "/direct", [](const FakeRequest&) { return FakeResponse::Json(200, "{}"); });
  std::string dead_proxy;
  {
    FakeApiServer gone;
    dead_proxy = gone.base_url();
  }
  ScopedEnv http_proxy("http_proxy", dead_proxy);
  ScopedEnv no_proxy("no_proxy", "127.0.0.1");
  HttpClient client(Short());
  const HttpResponse response = client.Get(server.base_url() + "/direct");
  ASSERT_TRUE(response.complete()) << response.error_message;
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(server.requests().at(0).target, "/direct");
}

TEST(HttpClientTest, StopFlagAbortsARunningTransfer) {
  FakeApiServer server;
  server.Route("GET", "/slow", [](const FakeRequest&) {
    FakeResponse response = FakeResponse::Json(200, "{}");
    response.delay = milliseconds(5000);
    return response;
  });
  StopFlag stop;
  HttpClientOptions options = Short();
  options.total_timeout = milliseconds(10'000);
  options.stop = stop.flag();
  HttpClient client(options);
  std::thread stopper([&] {
    std::this_thread::sleep_for(milliseconds(100));
    stop.RequestStop();
  });
  const auto start = std::chrono::steady_clock::now();
  const HttpResponse response = client.Get(server.base_url() + "/slow");
  stopper.join();
  EXPECT_EQ(response.error, TransportError::kCancelled) << response.error_message;
  EXPECT_LT(SecondsSince(start), 2.5);
  // Once stopped, nothing more is sent.
  EXPECT_EQ(client.Get(server.base_url() + "/slow").error, TransportError::kCancelled);
  EXPECT_EQ(server.request_count(), 1u);
}

}  // namespace
}  // namespace touchpoint
