#pragma once

#include <optional>
#include <string>

#include "connectors/common/oauth2_session.h"

namespace touchpoint::test {

// A TokenKeeper in memory that writes "save <access token>" into a fake API's journal
// (`Api::oauth()`, tests/support/fake_oauth.h), so that a test can order the save against the
// requests that use the new token.
template <typename Api>
class JournalTokenKeeper final : public TokenKeeper {
 public:
  explicit JournalTokenKeeper(Api& api) : api_(api) {}

  Result<OAuthTokens> Load() override {
    ++loads;
    if (!stored) return Fail(StatusCode::kNoInput, "no tokens stored for this account");
    return *stored;
  }
  Status Save(const OAuthTokens& tokens) override {
    if (fail_saves) return Status(StatusCode::kIoError, "disk full");
    api_.oauth()->Journal("save " + tokens.access_token);
    stored = tokens;
    ++saves;
    return Status::Ok();
  }

  std::optional<OAuthTokens> stored;
  bool fail_saves = false;
  int loads = 0;
  int saves = 0;

 private:
  Api& api_;
};

}  // namespace touchpoint::test
