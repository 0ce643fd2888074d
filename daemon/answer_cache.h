#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"

namespace touchpoint {

// Answers to read queries, kept until the data changes. Many clients asking the same thing
// (every morning's `calls`, a dashboard polling `stats`) then cost one query, and identical
// questions that arrive while it runs wait for that one answer instead of queueing their own
// (single flight). Loop thread only.
class AnswerCache {
 public:
  using Clock = std::chrono::steady_clock;
  using Waiter = std::function<void(const Result<std::string>&)>;

  // Bumps the data generation: every stored answer is dropped. Call after any write.
  void Invalidate();
  uint64_t generation() const { return generation_; }

  // A stored answer to `key` younger than `max_age`, if any.
  std::optional<std::string> Find(const std::string& key, Clock::duration max_age) const;

  // Queues `waiter` for `key`. True when the caller must compute the answer (nobody is yet);
  // false when it will come with the computation already running.
  bool Wait(const std::string& key, Waiter waiter);

  // Hands the answer computed under `generation` to everyone waiting for `key`, and stores it
  // when it succeeded and the data did not change meanwhile.
  void Complete(const std::string& key, uint64_t generation, const Result<std::string>& answer);

 private:
  static constexpr size_t kMaxEntries = 256;

  struct Stored {
    std::string answer;
    Clock::time_point at;
  };
  std::map<std::string, Stored> stored_;
  std::map<std::string, std::vector<Waiter>> pending_;
  uint64_t generation_ = 0;
};

}  // namespace touchpoint
