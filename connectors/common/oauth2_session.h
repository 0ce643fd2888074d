#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "connectors/common/api_fetch.h"
#include "connectors/common/clock.h"
#include "core/status.h"

namespace touchpoint {

// An account's OAuth tokens. Secrets: never log them or put them into a Status.
struct OAuthTokens {
  std::string access_token;
  std::string refresh_token;                    // empty when the platform issued none
  std::optional<int64_t> access_expires_at_ms;  // UTC ms; nullopt when unknown or never
};

// Where an account's OAuth tokens live; the daemon implements it over the database so that
// connectors stay free of SQL. Called only from the poller's thread.
class TokenKeeper {
 public:
  virtual ~TokenKeeper() = default;
  // The stored pair. An error (no tokens stored yet included) fails the poll with it.
  virtual Result<OAuthTokens> Load() = 0;
  // Replaces the stored pair and returns only once it is durable: a rotated refresh token is
  // stored before it is used. On error the poller does not use the new pair.
  virtual Status Save(const OAuthTokens& tokens) = 0;
};

// A poll failed because the user must authorise the account again (the refresh grant was
// rejected, or there is no refresh token left): kPermission with this prefix, so the daemon
// can tell it from a plain 401/403 and mark the account "needs re-auth" instead of retrying.
inline constexpr std::string_view kNeedsReauthPrefix = "needs re-auth: ";

inline Status NeedsReauth(std::string_view detail) {
  return Status(StatusCode::kPermission, std::string(kNeedsReauthPrefix) + std::string(detail));
}

inline bool IsNeedsReauth(const Status& status) noexcept {
  return status.code() == StatusCode::kPermission &&
         status.message().starts_with(kNeedsReauthPrefix);
}

// An OAuth 2.0 client: where to refresh and who is asking.
struct OAuth2Client {
  // How a confidential client proves itself to the token endpoint (RFC 6749 2.3.1).
  enum class SecretIn {
    kBasicAuth,  // HTTP Basic (X)
    kForm,       // client_secret in the form beside client_id (LinkedIn)
  };
  std::string token_url;      // e.g. "https://api.x.com/2/oauth2/token"
  std::string client_id;      // sent in the form
  std::string client_secret;  // when set, sent as `secret_in` says (a confidential client)
  SecretIn secret_in = SecretIn::kBasicAuth;
};

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

// Bearer-authorised GETs for one poll of one account, refreshing the access token by the
// rules of apis.md 0.5 and 1.1: only when it has expired (a 401/403 answer) or expires
// within kRefreshMargin; at most once per session; the new pair is saved through the
// TokenKeeper before it is used, and a rejected refresh ends in NeedsReauth(). Create one
// session per poll: the daemon polls an account from one thread, one poll at a time, so a
// refresh is single-flight by construction. Never logs or returns a token. Not thread-safe.
class OAuth2Session {
 public:
  static constexpr std::chrono::minutes kRefreshMargin{5};

  // All references must outlive the session. `refresh_bucket` is the rate-limit bucket of
  // the token endpoint.
  OAuth2Session(ApiFetcher& fetcher, TokenKeeper& keeper, Clock& clock, OAuth2Client client,
                std::string refresh_bucket);

  // Loads the stored tokens and refreshes them first when they expire within
  // kRefreshMargin. When that refresh fails for a transient reason (kUnavailable, kBusy, a
  // bad answer) while the access token has not expired yet, logs a warning and goes on with
  // it. Errors: the keeper's, NeedsReauth() (no refresh token, or the refresh was rejected),
  // or the refresh call's own when the access token has expired.
  Status Begin();

  // GET `url` with the access token (and `headers`: an API version, a protocol version)
  // through the fetcher's `bucket`. On kPermission the session refreshes once (if it has not
  // yet) and retries once. Errors are the fetcher's, Begin()'s, or NeedsReauth() for
  // kPermission without a refresh token.
  Result<rapidjson::Document> Get(std::string_view bucket, const std::string& url,
                                  const HttpHeaders& headers = {});

  // When the access token in use expires (UTC ms), if known; after Begin().
  std::optional<int64_t> access_expires_at_ms() const noexcept {
    return tokens_.access_expires_at_ms;
  }

 private:
  // Trades the refresh token for a new pair and saves it.
  Status Refresh();

  ApiFetcher& fetcher_;
  TokenKeeper& keeper_;
  Clock& clock_;
  const OAuth2Client client_;
  const std::string refresh_bucket_;
  OAuthTokens tokens_;
  bool refreshed_ = false;
};

}  // namespace touchpoint
