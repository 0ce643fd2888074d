#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace touchpoint {

// What one poll of one account came to. A poll reports exactly one outcome.
struct PollOutcome {
  enum Kind {
    kOk,           // new items were fetched
    kQuiet,        // the poll worked and there was nothing new
    kRateLimited,  // the API said "not now"; retry_at says until when, if it said
    kFailed,       // network or server error; retried with backoff
    kNeedsReauth,  // the token was refused; polling stops until Resume() or Add()
  };
  Kind kind = kOk;
  std::optional<std::chrono::system_clock::time_point> retry_at;  // for kRateLimited
  std::string detail;  // shown in the health snapshot; must not hold secrets
};

// A poll runs elsewhere (a worker thread) and reports by calling `done` once, on the loop
// thread (post it there). `done` may also be called synchronously from inside the job. A
// `done` that arrives after Remove(), Stop() or the scheduler's destruction is ignored.
using PollDone = std::function<void(PollOutcome)>;
using PollJob = std::function<void(PollDone done)>;

// Timing knobs. The defaults are the daemon's; tests shrink them to milliseconds.
struct SchedulerOptions {
  // The first poll after Add() or Resume() waits uniformly in [0, min(this, interval)], so
  // that accounts added together at start-up do not poll together.
  std::chrono::milliseconds first_delay = std::chrono::seconds(10);
  // After the n-th consecutive failure the wait is uniform in [0, min(max_backoff,
  // initial_backoff * 2^(n-1))] ("full jitter").
  std::chrono::milliseconds initial_backoff = std::chrono::seconds(30);
  std::chrono::milliseconds max_backoff = std::chrono::hours(1);
  // A regular wait is interval plus a jitter uniform in [0, interval * this].
  double interval_jitter = 0.1;
};

// One timer per connector account on the daemon's io_context. Never runs two polls of one
// account at once: the next wait starts only when the running poll reports.
//   ok, quiet      -> wait interval + jitter; consecutive failures reset to 0
//   failed         -> wait the backoff above
//   rate-limited   -> wait until retry_at (never earlier by the wall clock); without a
//                     retry_at, like failed
//   needs-reauth   -> no more polls until Resume() or Add()
// Not thread-safe: every method, and every `done`, runs on the io_context's thread.
class Scheduler {
 public:
  // `random01` returns uniform values in [0, 1); empty: a seeded std::mt19937_64.
  explicit Scheduler(boost::asio::io_context& io, std::function<double()> random01 = nullptr,
                     SchedulerOptions options = {});
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;
  ~Scheduler();

  // Starts polling `account` every `interval` (> 0), first after the short first_delay.
  // Adding an account that exists replaces its interval and job and restarts it (a poll in
  // flight finishes first and its outcome is dropped; the next one uses the new job), so a
  // config reload that only changes intervals should call SetInterval() instead. `job` must
  // not be empty. Ignored after Stop().
  // `last`, when given, is the outcome the account's previous poll reported before a restart
  // or a reload: a rate limit (retry_at in the future) is waited out and kNeedsReauth keeps
  // the account stopped, as if that poll had just reported; other kinds start as usual.
  void Add(const std::string& account, std::chrono::milliseconds interval, PollJob job,
           std::optional<PollOutcome> last = std::nullopt);

  // Stops polling `account`; a poll in flight finishes and its outcome is ignored. Unknown
  // accounts are ignored.
  void Remove(const std::string& account);

  // Changes the regular interval. An account waiting its regular interval is re-timed from
  // when that wait began; other waits (backoff, rate limit) keep their time. Returns false
  // for an unknown account.
  bool SetInterval(const std::string& account, std::chrono::milliseconds interval);

  // Restarts an account stopped by kNeedsReauth (first poll after first_delay). Returns
  // false for an unknown account; true and nothing else for one not stopped.
  bool Resume(const std::string& account);

  // Cancels every timer and forgets every account; outcomes arriving later are ignored.
  void Stop();

  struct Health {
    std::string account;
    // "waiting" (before the first poll), "polling", "ok", "quiet", "rate-limited",
    // "backing-off", "needs-reauth".
    std::string state;
    std::string detail;                                            // the last outcome's detail
    std::optional<std::chrono::system_clock::time_point> next_at;  // none while polling/stopped
    std::optional<std::chrono::system_clock::time_point> last_ok_at;
    int consecutive_failures = 0;
  };
  // Every account, in account order.
  std::vector<Health> Snapshot() const;

 private:
  struct Entry;
  enum class Wait { kFirst, kRegular, kBackoff, kRateLimit };

  void Arm(const std::shared_ptr<Entry>& entry, Wait wait, std::chrono::nanoseconds delay);
  void ArmUntil(const std::shared_ptr<Entry>& entry, std::chrono::system_clock::time_point when);
  void StartPoll(const std::shared_ptr<Entry>& entry);
  void OnDone(const std::shared_ptr<Entry>& entry, PollOutcome outcome);
  void ArmFirst(const std::shared_ptr<Entry>& entry);
  std::chrono::nanoseconds RegularDelay(const Entry& entry);
  std::chrono::nanoseconds BackoffDelay(const Entry& entry);

  boost::asio::io_context& io_;
  std::function<double()> random01_;
  SchedulerOptions options_;
  bool stopped_ = false;
  // Entries are owned here only: timer handlers and `done` hold weak pointers, so an entry
  // removed (or a scheduler destroyed) silently drops them.
  std::map<std::string, std::shared_ptr<Entry>> entries_;
};

}  // namespace touchpoint
