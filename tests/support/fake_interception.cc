#include "tests/support/fake_interception.h"

#include <utility>

namespace touchpoint::test {

void FakeInterception::OnRequest(Hook hook) {
  std::lock_guard lock(mutex_);
  hook_ = std::move(hook);
}

void FakeInterception::QueueFault(const std::string& path, FakeResponse response) {
  std::lock_guard lock(mutex_);
  faults_[path].push_back(std::move(response));
}

void FakeInterception::RunHook(const FakeRequest& request) const {
  if (request.method != "GET") return;
  Hook hook;
  {
    std::lock_guard lock(mutex_);
    hook = hook_;
  }
  // A copy, called unlocked: the hook may replace itself or queue faults.
  if (hook) hook(request);
}

std::optional<FakeResponse> FakeInterception::TakeFault(const std::string& path, FakeOAuth& oauth) {
  std::lock_guard lock(mutex_);
  const auto queued = faults_.find(path);
  if (queued == faults_.end() || queued->second.empty()) return std::nullopt;
  FakeResponse fault = std::move(queued->second.front());
  queued->second.pop_front();
  oauth.AddToLastEntry(" -> fault " + std::to_string(fault.status));
  return fault;
}

}  // namespace touchpoint::test
