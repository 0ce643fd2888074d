#include "connectors/common/oauth2_session.h"

#include <spdlog/spdlog.h>

#include <utility>

#include "connectors/common/json_fields.h"
#include "connectors/common/url_encoding.h"

namespace touchpoint {
namespace {

int64_t NowMs(Clock& clock) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(clock.Now().time_since_epoch())
      .count();
}

}  // namespace

OAuth2Session::OAuth2Session(ApiFetcher& fetcher, TokenKeeper& keeper, Clock& clock,
                             OAuth2Client client, std::string refresh_bucket)
    : fetcher_(fetcher),
      keeper_(keeper),
      clock_(clock),
      client_(std::move(client)),
      refresh_bucket_(std::move(refresh_bucket)) {}

Status OAuth2Session::Begin() {
  Result<OAuthTokens> loaded = keeper_.Load();
  if (!loaded) return loaded.error();
  tokens_ = std::move(*loaded);
  refreshed_ = false;
  const int64_t margin_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(kRefreshMargin).count();
  const int64_t now_ms = NowMs(clock_);
  const std::optional<int64_t> expires = tokens_.access_expires_at_ms;
  const bool expiring = expires.has_value() && *expires - now_ms <= margin_ms;
  if (!expiring && !tokens_.access_token.empty()) return Status::Ok();
  Status refreshed = Refresh();
  // Ahead of expiry a failed call to the token endpoint (5xx, a lost answer) can wait for the
  // next poll: the access token still works. A rejection cannot.
  const bool still_valid =
      !tokens_.access_token.empty() && expires.has_value() && *expires > now_ms;
  if (refreshed.ok() || IsNeedsReauth(refreshed) || !still_valid) return refreshed;
  spdlog::warn("{}; going on with the current access token until it expires", refreshed.message());
  return Status::Ok();
}

Result<rapidjson::Document> OAuth2Session::Get(std::string_view bucket, const std::string& url,
                                               const HttpHeaders& headers) {
  for (;;) {
    HttpRequest request;
    request.url = url;
    request.headers = headers;
    request.headers.emplace_back("Authorization", "Bearer " + tokens_.access_token);
    Result<rapidjson::Document> answer = fetcher_.Fetch(bucket, request);
    if (answer || answer.error().code() != StatusCode::kPermission || refreshed_) return answer;
    // The access token was refused: expired early, or revoked. One refresh tells which.
    if (Status refreshed = Refresh(); !refreshed.ok()) {
      if (IsNeedsReauth(refreshed)) {
        return Fail(NeedsReauth(answer.error().message() + "; " +
                                refreshed.message().substr(kNeedsReauthPrefix.size())));
      }
      return Fail(refreshed);
    }
  }
}

Status OAuth2Session::Refresh() {
  refreshed_ = true;
  if (tokens_.refresh_token.empty()) {
    return NeedsReauth("the access token expired and there is no refresh token");
  }
  HttpRequest request;
  request.method = HttpRequest::Method::kPost;
  request.url = client_.token_url;
  std::vector<std::pair<std::string, std::string>> form = {{"grant_type", "refresh_token"},
                                                           {"refresh_token", tokens_.refresh_token},
                                                           {"client_id", client_.client_id}};
  const bool secret_in_form = client_.secret_in == OAuth2Client::SecretIn::kForm;
  if (secret_in_form && !client_.client_secret.empty()) {
    form.emplace_back("client_secret", client_.client_secret);
  }
  request.body = EncodeParams(form);
  if (!secret_in_form && !client_.client_secret.empty()) {
    request.headers = {{"Authorization",
                        "Basic " + Base64Encode(client_.client_id + ":" + client_.client_secret)}};
  }
  Result<rapidjson::Document> answer = fetcher_.Fetch(refresh_bucket_, request);
  if (!answer) {
    // 400 invalid_request (a used or revoked refresh token), 401 unauthorized_client: only
    // the user can mend the chain. Anything else (a lost answer, 5xx) may pass.
    if (answer.error().code() == StatusCode::kPermission) {
      return NeedsReauth("the token refresh was rejected: " + answer.error().message());
    }
    return answer.error().WithContext("refreshing the access token");
  }
  OAuthTokens fresh;
  fresh.access_token = std::string(StringField(*answer, "access_token"));
  if (fresh.access_token.empty()) {
    return Status(StatusCode::kDataError,
                  DescribeRequest(request) + ": token response without access_token");
  }
  fresh.refresh_token = std::string(StringField(*answer, "refresh_token"));
  // RFC 6749 6: a server that does not rotate keeps the old refresh token valid.
  if (fresh.refresh_token.empty()) fresh.refresh_token = tokens_.refresh_token;
  const auto expires_in =
      answer->IsObject() ? answer->FindMember("expires_in") : answer->MemberEnd();
  if (expires_in != answer->MemberEnd() && expires_in->value.IsInt64()) {
    fresh.access_expires_at_ms = NowMs(clock_) + expires_in->value.GetInt64() * 1000;
  }
  // Stored before used: if the pair is lost after X rotated it, the chain is broken for good.
  if (Status saved = keeper_.Save(fresh); !saved.ok()) {
    return saved.WithContext("storing the refreshed tokens");
  }
  tokens_ = std::move(fresh);
  spdlog::info("{}: access token refreshed", DescribeRequest(request));
  return Status::Ok();
}

}  // namespace touchpoint
