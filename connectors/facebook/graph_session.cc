#include "connectors/facebook/graph_session.h"

#include <spdlog/spdlog.h>

#include <utility>

#include "connectors/common/json_fields.h"
#include "connectors/common/url_encoding.h"
#include "connectors/facebook/app_secret_proof.h"

namespace touchpoint::facebook {

bool IsInvalidToken(const Status& status) {
  // ApiFetcher words a Graph error "HTTP <status>: (#<code>) <message>".
  const std::string& message = status.message();
  return status.code() == StatusCode::kPermission &&
         (message.find("(#190)") != std::string::npos ||
          message.find("HTTP 401") != std::string::npos);
}

GraphSession::GraphSession(ApiFetcher& fetcher, TokenKeeper& keeper, GraphEndpoint endpoint,
                           std::string token_bucket)
    : fetcher_(fetcher),
      keeper_(keeper),
      endpoint_(std::move(endpoint)),
      token_bucket_(std::move(token_bucket)) {}

Status GraphSession::Begin() {
  Result<OAuthTokens> loaded = keeper_.Load();
  if (!loaded) return loaded.error();
  tokens_ = std::move(*loaded);
  derived_ = false;
  if (!tokens_.access_token.empty()) return Status::Ok();
  if (tokens_.refresh_token.empty()) return NeedsReauth("no Page token and no user token stored");
  return DerivePageToken();
}

Result<rapidjson::Document> GraphSession::Send(std::string_view bucket, const std::string& url,
                                               const std::string& token) {
  HttpRequest request;
  request.url = url;
  if (!endpoint_.app_secret.empty()) {
    // Appended in two steps: GCC 12 at -O2 warns falsely (-Wrestrict) on "&" + temporary.
    request.url += '&';
    request.url += EncodeParams({{"appsecret_proof", AppSecretProof(endpoint_.app_secret, token)}});
  }
  request.headers = {{"Authorization", "Bearer " + token}};
  return fetcher_.Fetch(bucket, request);
}

Result<rapidjson::Document> GraphSession::Get(std::string_view bucket, const std::string& url) {
  for (;;) {
    Result<rapidjson::Document> answer = Send(bucket, url, tokens_.access_token);
    if (answer || derived_ || !IsInvalidToken(answer.error())) return answer;
    // The Page token was refused (expired, or the user changed their password): one new
    // one from the user token tells whether the user must authorise again.
    if (Status derived = DerivePageToken(); !derived.ok()) {
      if (IsNeedsReauth(derived)) {
        return Fail(NeedsReauth(answer.error().message() + "; " +
                                derived.message().substr(kNeedsReauthPrefix.size())));
      }
      return Fail(derived);
    }
  }
}

Status GraphSession::DerivePageToken() {
  derived_ = true;
  if (tokens_.refresh_token.empty()) {
    return NeedsReauth("the Page token was refused and there is no user token to renew it");
  }
  const std::string url = endpoint_.versioned_base + "/" + PercentEncode(endpoint_.page_id) + "?" +
                          EncodeParams({{"fields", "access_token"}});
  Result<rapidjson::Document> answer = Send(token_bucket_, url, tokens_.refresh_token);
  if (!answer) {
    if (answer.error().code() == StatusCode::kPermission) {
      return NeedsReauth("the user token was refused too: " + answer.error().message());
    }
    return answer.error().WithContext("renewing the Page token");
  }
  OAuthTokens fresh;
  fresh.access_token = std::string(StringField(*answer, "access_token"));
  fresh.refresh_token = tokens_.refresh_token;
  if (fresh.access_token.empty()) {
    // Facebook leaves the field out when the user has no task on the Page any more.
    HttpRequest request;
    request.url = url;
    return NeedsReauth(
        DescribeRequest(request) +
        ": no access_token in the answer: the user may have lost access to the Page");
  }
  // Stored before used: the next poll must start from the token that works.
  if (Status saved = keeper_.Save(fresh); !saved.ok()) {
    return saved.WithContext("storing the renewed Page token");
  }
  tokens_ = std::move(fresh);
  spdlog::info("facebook page {}: Page token renewed from the user token", endpoint_.page_id);
  return Status::Ok();
}

}  // namespace touchpoint::facebook
