#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "connectors/common/api_fetch.h"
#include "connectors/common/oauth2_session.h"
#include "core/status.h"

namespace touchpoint::facebook {

// Where a Graph API session sends its calls and how it proves who it is.
struct GraphEndpoint {
  std::string versioned_base;  // "https://graph.facebook.com/v19.0", no trailing slash
  std::string page_id;
  std::string app_secret;  // empty: no appsecret_proof is sent
};

// Bearer-authorised Graph GETs for one poll of one Page (apis.md 2.1). The TokenKeeper holds
// the Page token as access_token and the long-lived user token it was derived from as
// refresh_token (may be empty). When a call is refused for an invalid token (code 190, or
// HTTP 401), the session derives a new Page token once per session with
// GET /{page-id}?fields=access_token and the user token, saves it through the TokenKeeper,
// and only then uses it for the retry. Without a user token, or when Facebook refuses it too,
// the call fails with NeedsReauth(). With an app secret, every call carries
// appsecret_proof for the token it uses. Tokens travel only in the Authorization header,
// never in a URL, a log line or a Status. Create one per poll; not thread-safe.
class GraphSession {
 public:
  // All references must outlive the session. `token_bucket` is the rate-limit bucket of
  // the Page-token call.
  GraphSession(ApiFetcher& fetcher, TokenKeeper& keeper, GraphEndpoint endpoint,
               std::string token_bucket);

  // Loads the tokens; derives a Page token first when only the user token is stored.
  // Errors: the keeper's, NeedsReauth() when no token is stored at all, the derivation's.
  Status Begin();

  // GET `url` (which already has a query) through `bucket`. Errors are the fetcher's, or
  // NeedsReauth() as described above.
  Result<rapidjson::Document> Get(std::string_view bucket, const std::string& url);

  std::optional<int64_t> access_expires_at_ms() const noexcept {
    return tokens_.access_expires_at_ms;
  }

 private:
  Result<rapidjson::Document> Send(std::string_view bucket, const std::string& url,
                                   const std::string& token);
  // Trades the user token for a fresh Page token and saves it.
  Status DerivePageToken();

  ApiFetcher& fetcher_;
  TokenKeeper& keeper_;
  const GraphEndpoint endpoint_;
  const std::string token_bucket_;
  OAuthTokens tokens_;
  bool derived_ = false;
};

// True for a refusal that a new token can mend: Graph code 190 or HTTP 401.
bool IsInvalidToken(const Status& status);

}  // namespace touchpoint::facebook
