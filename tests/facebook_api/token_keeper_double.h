#pragma once

#include <optional>
#include <string>

#include "connectors/common/oauth2_session.h"
#include "tests/facebook_api/fake_graph_api.h"

namespace touchpoint::test {

// A TokenKeeper in memory that writes "save <Page token>" into the fake Graph API's journal,
// so a test can order the save against the requests that use the new token.
class GraphTokenKeeper final : public TokenKeeper {
 public:
  explicit GraphTokenKeeper(FakeGraphApi& api) : api_(api) {}

  Result<OAuthTokens> Load() override {
    if (!stored) return Fail(StatusCode::kNoInput, "no tokens stored for this account");
    return *stored;
  }
  Status Save(const OAuthTokens& tokens) override {
    if (fail_saves) return Status(StatusCode::kIoError, "disk full");
    api_.Journal("save " + tokens.access_token);
    stored = tokens;
    ++saves;
    return Status::Ok();
  }

  std::optional<OAuthTokens> stored;
  bool fail_saves = false;
  int saves = 0;

 private:
  FakeGraphApi& api_;
};

}  // namespace touchpoint::test
