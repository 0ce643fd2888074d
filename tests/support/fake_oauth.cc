#include "tests/support/fake_oauth.h"

#include <cassert>
#include <utility>

namespace touchpoint::test {

FakeOAuth::FakeOAuth(Options options)
    : options_(std::move(options)), access_(options_.access), refresh_(options_.refresh) {}

void FakeOAuth::SetTokens(std::string access, std::string refresh) {
  access_ = std::move(access);
  refresh_ = std::move(refresh);
}

void FakeOAuth::ExpireAccessToken() { access_ = "expired-" + std::to_string(NextRetiredNumber()); }

void FakeOAuth::RevokeRefreshToken() {
  refresh_ = "revoked-" + std::to_string(NextRetiredNumber());
}

void FakeOAuth::SetIssuedTokenPrefix(std::string prefix) { prefix_ = std::move(prefix); }

void FakeOAuth::Refresh() {
  ++refreshes_;
  const std::string number = std::to_string(++issued_);
  access_ = prefix_ + options_.issued_access_stem + number;
  if (options_.rotates_refresh) refresh_ = prefix_ + "refresh-" + number;
  AddToLastEntry(" -> " + access_);
}

void FakeOAuth::Journal(std::string entry) { journal_.push_back(std::move(entry)); }

void FakeOAuth::AddToLastEntry(const std::string& note) {
  assert(!journal_.empty());
  journal_.back() += note;
}

int FakeOAuth::NextRetiredNumber() {
  return options_.retiring_takes_a_number ? ++issued_ : ++retired_;
}

}  // namespace touchpoint::test
