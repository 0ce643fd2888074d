#pragma once

#include <string>
#include <vector>

namespace touchpoint::test {

// The OAuth bookkeeping that the fake platform APIs (X, LinkedIn, Graph) share: the one access
// token the API accepts now, the one refresh token the token endpoint accepts now, the tokens
// that endpoint issues, and a journal of what happened on the server, in order, so that a test
// can order a TokenKeeper's saves against the requests that use the new token. On Graph the
// access token is the Page token, the refresh token the user token and a refresh the
// derivation of a Page token.
// Not thread-safe: the fake that owns it guards it with its own mutex.
class FakeOAuth {
 public:
  struct Options {
    std::string access = "access-0";
    std::string refresh = "refresh-0";
    // An issued access token is the prefix, this stem and its number: "access-1".
    std::string issued_access_stem = "access-";
    // Whether a refresh also issues a new refresh token ("refresh-<number>"). Graph derives
    // Page tokens from a user token that stays.
    bool rotates_refresh = true;
    // Whether retiring a token takes a number from the issued tokens' sequence. The fakes'
    // tests expect both ways: "access-2" after one expiry on LinkedIn, "access-1" on X.
    bool retiring_takes_a_number = true;
  };

  FakeOAuth() : FakeOAuth(Options()) {}
  explicit FakeOAuth(Options options);

  void SetTokens(std::string access, std::string refresh);
  // The current access token stops working (as after its lifetime).
  void ExpireAccessToken();
  // The current refresh token is refused (revoked by the user, or already used).
  void RevokeRefreshToken();
  // What tokens issued by a refresh start with; "" by default.
  void SetIssuedTokenPrefix(std::string prefix);

  // Issues a new access token (and a new refresh token when the options say so), counts the
  // refresh and adds " -> <new access token>" to the last journal entry, the request that asked.
  void Refresh();

  // Appends an entry to the journal.
  void Journal(std::string entry);
  // Adds `note` to the last journal entry; the journal must not be empty.
  void AddToLastEntry(const std::string& note);

  std::string access_token() const { return access_; }
  std::string refresh_token() const { return refresh_; }
  int refreshes() const { return refreshes_; }
  std::vector<std::string> journal() const { return journal_; }

 private:
  // The number of a retired token ("expired-<n>", "revoked-<n>"), which no client holds.
  int NextRetiredNumber();

  const Options options_;
  std::string access_;
  std::string refresh_;
  std::string prefix_;
  int issued_ = 0;
  int retired_ = 0;
  int refreshes_ = 0;
  std::vector<std::string> journal_;
};

}  // namespace touchpoint::test
