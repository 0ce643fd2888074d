#pragma once

#include <optional>

#include "connectors/common/oauth2_session.h"
#include "tests/linkedin_api/fake_linkedin_api.h"

namespace touchpoint::test {

// A TokenKeeper in memory that writes "save <access token>" into the fake API's journal, so
// a test can order the save against the requests that use the new token.
class LinkedinTokenKeeper final : public TokenKeeper {
 public:
  explicit LinkedinTokenKeeper(FakeLinkedinApi& api) : api_(api) {}

  Result<OAuthTokens> Load() override {
    if (!stored) return Fail(StatusCode::kNoInput, "no tokens stored for this account");
    return *stored;
  }
  Status Save(const OAuthTokens& tokens) override {
    api_.Journal("save " + tokens.access_token);
    stored = tokens;
    ++saves;
    return Status::Ok();
  }

  std::optional<OAuthTokens> stored;
  int saves = 0;

 private:
  FakeLinkedinApi& api_;
};

}  // namespace touchpoint::test
