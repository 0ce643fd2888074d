#pragma once

#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "tests/support/fake_api_server.h"
#include "tests/support/fake_oauth.h"

namespace touchpoint::test {

// What a test slips in ahead of a fake platform API's real handler, shared by the fakes of X,
// LinkedIn and Graph: a hook called with each GET, and faults queued per path that are answered,
// once each and in order, instead of the real answer. Thread-safe on its own mutex, which it
// never holds while the hook runs: a hook may add items to the fake, queue faults or replace
// itself.
class FakeInterception {
 public:
  using Hook = std::function<void(const FakeRequest&)>;

  // Replaces the hook; an empty one removes it.
  void OnRequest(Hook hook);
  // Answered to the next request of `path` (a FakeRequest::path) after the ones queued before.
  void QueueFault(const std::string& path, FakeResponse response);

  // Calls the hook with `request` when it is a GET, as the fakes always did: hooks act on page
  // requests, and a seeded soak test draws a random number per call, so calling it on token
  // refreshes (POST) too would change its run. Call it holding none of the fake's locks, as the
  // hook may call the fake.
  void RunHook(const FakeRequest& request) const;
  // The first fault queued for `path`, taken off the queue, with " -> fault <status>" added to
  // the last entry of `oauth`'s journal (the request it answers); nullopt when none is queued.
  // Call it holding the lock that guards `oauth`.
  std::optional<FakeResponse> TakeFault(const std::string& path, FakeOAuth& oauth);

 private:
  mutable std::mutex mutex_;
  Hook hook_;
  std::map<std::string, std::deque<FakeResponse>> faults_;
};

}  // namespace touchpoint::test
