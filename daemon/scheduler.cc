#include "daemon/scheduler.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <random>
#include <utility>

namespace touchpoint {

using std::chrono::nanoseconds;
using std::chrono::steady_clock;
using std::chrono::system_clock;

struct Scheduler::Entry {
  Entry(boost::asio::io_context& io, std::string name) : timer(io), account(std::move(name)) {}

  boost::asio::steady_timer timer;
  std::string account;
  std::chrono::milliseconds interval{0};
  PollJob job;

  std::string state = "waiting";
  std::string detail;
  std::optional<system_clock::time_point> next_at;
  std::optional<system_clock::time_point> last_ok_at;
  int consecutive_failures = 0;

  Wait wait = Wait::kFirst;
  steady_clock::time_point wait_began;
  system_clock::time_point rate_limit_until;
  // Bumped on every Arm(): a handler already queued for an older expiry must not poll.
  uint64_t timer_seq = 0;
  bool polling = false;
  uint64_t poll_seq = 0;
  bool removed = false;  // Remove() during a poll: erased when the poll reports
  bool restart = false;  // Add() during a poll: that poll's outcome is dropped
};

namespace {

std::function<double()> DefaultRandom() {
  auto engine = std::make_shared<std::mt19937_64>(std::random_device{}());
  return [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

double Seconds(nanoseconds duration) { return std::chrono::duration<double>(duration).count(); }

}  // namespace

Scheduler::Scheduler(boost::asio::io_context& io, std::function<double()> random01,
                     SchedulerOptions options)
    : io_(io), random01_(random01 ? std::move(random01) : DefaultRandom()), options_(options) {}

Scheduler::~Scheduler() = default;

void Scheduler::Add(const std::string& account, std::chrono::milliseconds interval, PollJob job,
                    std::optional<PollOutcome> last) {
  assert(interval.count() > 0);
  assert(job);
  if (stopped_) return;
  std::shared_ptr<Entry>& slot = entries_[account];
  if (!slot) slot = std::make_shared<Entry>(io_, account);
  std::shared_ptr<Entry> entry = slot;
  entry->interval = interval;
  entry->job = std::move(job);
  entry->removed = false;
  if (entry->polling) {
    entry->restart = true;
    return;
  }
  const bool stays_stopped = last && last->kind == PollOutcome::kNeedsReauth;
  const bool still_limited = last && last->kind == PollOutcome::kRateLimited &&
                             last->retry_at && *last->retry_at > system_clock::now();
  if (stays_stopped || still_limited) {
    // Reported through the usual path, so that state, timers and logs are the same.
    entry->polling = true;
    ++entry->poll_seq;
    OnDone(entry, std::move(*last));
    return;
  }
  ArmFirst(entry);
}

void Scheduler::Remove(const std::string& account) {
  auto it = entries_.find(account);
  if (it == entries_.end()) return;
  if (it->second->polling) {
    // Kept until the poll reports, so that an Add() in between cannot start a second poll
    // of the same account while this one still runs.
    it->second->removed = true;
    it->second->restart = false;
    return;
  }
  entries_.erase(it);
}

bool Scheduler::SetInterval(const std::string& account, std::chrono::milliseconds interval) {
  assert(interval.count() > 0);
  auto it = entries_.find(account);
  if (it == entries_.end() || it->second->removed) return false;
  std::shared_ptr<Entry> entry = it->second;
  entry->interval = interval;
  if (entry->polling || entry->wait != Wait::kRegular || !entry->next_at) return true;
  const steady_clock::time_point began = entry->wait_began;
  const steady_clock::time_point due = began + RegularDelay(*entry);
  Arm(entry, Wait::kRegular, std::max<nanoseconds>(due - steady_clock::now(), nanoseconds(0)));
  entry->wait_began = began;
  return true;
}

bool Scheduler::Resume(const std::string& account) {
  auto it = entries_.find(account);
  if (it == entries_.end() || it->second->removed) return false;
  std::shared_ptr<Entry> entry = it->second;
  if (entry->state == "needs-reauth" && !entry->polling) ArmFirst(entry);
  return true;
}

void Scheduler::Stop() {
  stopped_ = true;
  entries_.clear();  // the timers' destructors cancel them
}

std::vector<Scheduler::Health> Scheduler::Snapshot() const {
  std::vector<Health> out;
  for (const auto& [account, entry] : entries_) {
    if (entry->removed) continue;
    out.push_back(Health{account, entry->state, entry->detail, entry->next_at, entry->last_ok_at,
                         entry->consecutive_failures});
  }
  return out;
}

void Scheduler::Arm(const std::shared_ptr<Entry>& entry, Wait wait, nanoseconds delay) {
  entry->wait = wait;
  entry->wait_began = steady_clock::now();
  entry->next_at = system_clock::now() + std::chrono::duration_cast<system_clock::duration>(delay);
  const uint64_t seq = ++entry->timer_seq;
  entry->timer.expires_after(delay);
  std::weak_ptr<Entry> weak = entry;
  entry->timer.async_wait([this, weak, seq](const boost::system::error_code& error) {
    // An expired weak pointer means the entry was removed or the scheduler destroyed: `this`
    // must not be touched then.
    std::shared_ptr<Entry> entry = weak.lock();
    if (error || !entry || entry->timer_seq != seq) return;
    if (entry->wait == Wait::kRateLimit && system_clock::now() < entry->rate_limit_until) {
      // The steady clock ran ahead of the wall clock (NTP slew, suspend): wait the rest.
      ArmUntil(entry, entry->rate_limit_until);
      return;
    }
    StartPoll(entry);
  });
}

void Scheduler::ArmUntil(const std::shared_ptr<Entry>& entry, system_clock::time_point when) {
  entry->rate_limit_until = when;
  const nanoseconds delay = std::max<nanoseconds>(when - system_clock::now(), nanoseconds(0));
  Arm(entry, Wait::kRateLimit, delay);
  entry->next_at = when;
}

void Scheduler::ArmFirst(const std::shared_ptr<Entry>& entry) {
  entry->state = "waiting";
  const std::chrono::milliseconds most = std::min(options_.first_delay, entry->interval);
  Arm(entry, Wait::kFirst,
      std::chrono::duration_cast<nanoseconds>(most * std::clamp(random01_(), 0.0, 1.0)));
}

void Scheduler::StartPoll(const std::shared_ptr<Entry>& entry) {
  assert(!entry->polling);
  entry->polling = true;
  entry->state = "polling";
  entry->next_at.reset();
  const uint64_t seq = ++entry->poll_seq;
  std::weak_ptr<Entry> weak = entry;
  // A copy: the job may call Add() synchronously, which replaces entry->job.
  PollJob job = entry->job;
  job([this, weak, seq](PollOutcome outcome) {
    std::shared_ptr<Entry> entry = weak.lock();
    if (!entry || !entry->polling || entry->poll_seq != seq) return;  // late or repeated
    OnDone(entry, std::move(outcome));
  });
}

void Scheduler::OnDone(const std::shared_ptr<Entry>& entry, PollOutcome outcome) {
  entry->polling = false;
  if (entry->removed) {
    entries_.erase(entry->account);
    return;
  }
  if (entry->restart) {
    entry->restart = false;
    ArmFirst(entry);
    return;
  }
  entry->detail = std::move(outcome.detail);
  const std::string& account = entry->account;
  switch (outcome.kind) {
    case PollOutcome::kOk:
    case PollOutcome::kQuiet:
      if (entry->consecutive_failures > 0) {
        spdlog::info("{}: polling works again after {} failed attempts", account,
                     entry->consecutive_failures);
      }
      entry->consecutive_failures = 0;
      entry->last_ok_at = system_clock::now();
      entry->state = outcome.kind == PollOutcome::kOk ? "ok" : "quiet";
      Arm(entry, Wait::kRegular, RegularDelay(*entry));
      return;
    case PollOutcome::kRateLimited:
      entry->state = "rate-limited";
      if (outcome.retry_at) {
        ArmUntil(entry, *outcome.retry_at);
        spdlog::info("{}: rate-limited; next poll in {:.0f} s", account,
                     Seconds(*outcome.retry_at - system_clock::now()));
        return;
      }
      break;  // no time given: back off as after a failure
    case PollOutcome::kFailed:
      entry->state = "backing-off";
      break;
    case PollOutcome::kNeedsReauth:
      entry->state = "needs-reauth";
      entry->next_at.reset();
      ++entry->timer_seq;
      entry->timer.cancel();
      spdlog::warn(
          "{}: the API refused the credentials ({}); polling stopped until they are "
          "renewed",
          account, entry->detail);
      return;
  }
  ++entry->consecutive_failures;
  const nanoseconds delay = BackoffDelay(*entry);
  // Warn when an account starts failing; the repeats go to debug, the health snapshot has
  // the count.
  if (entry->consecutive_failures == 1) {
    spdlog::warn("{}: poll failed ({}); retrying in {:.0f} s", account, entry->detail,
                 Seconds(delay));
  } else {
    spdlog::debug("{}: poll failed {} times ({}); retrying in {:.0f} s", account,
                  entry->consecutive_failures, entry->detail, Seconds(delay));
  }
  Arm(entry, Wait::kBackoff, delay);
}

nanoseconds Scheduler::RegularDelay(const Entry& entry) {
  const double jitter = options_.interval_jitter * std::clamp(random01_(), 0.0, 1.0);
  return entry.interval + std::chrono::duration_cast<nanoseconds>(entry.interval * jitter);
}

nanoseconds Scheduler::BackoffDelay(const Entry& entry) {
  nanoseconds ceiling = options_.initial_backoff;
  for (int i = 1; i < entry.consecutive_failures && ceiling < options_.max_backoff; ++i) {
    ceiling *= 2;
  }
  ceiling = std::min<nanoseconds>(ceiling, options_.max_backoff);
  return std::chrono::duration_cast<nanoseconds>(ceiling * std::clamp(random01_(), 0.0, 1.0));
}

}  // namespace touchpoint
