#include "daemon/answer_cache.h"

namespace touchpoint {

void AnswerCache::Invalidate() {
  ++generation_;
  stored_.clear();
}

std::optional<std::string> AnswerCache::Find(const std::string& key,
                                             Clock::duration max_age) const {
  auto found = stored_.find(key);
  if (found == stored_.end() || Clock::now() - found->second.at > max_age) return std::nullopt;
  return found->second.answer;
}

bool AnswerCache::Wait(const std::string& key, Waiter waiter) {
  auto [entry, first] = pending_.try_emplace(key);
  entry->second.push_back(std::move(waiter));
  return first;
}

void AnswerCache::Complete(const std::string& key, uint64_t generation,
                           const Result<std::string>& answer) {
  if (answer && generation == generation_) {
    if (stored_.size() >= kMaxEntries) stored_.clear();  // rare: many distinct questions
    stored_[key] = Stored{*answer, Clock::now()};
  }
  auto waiting = pending_.extract(key);
  if (waiting.empty()) return;
  for (Waiter& waiter : waiting.mapped()) waiter(answer);
}

}  // namespace touchpoint
