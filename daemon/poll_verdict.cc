#include "daemon/poll_verdict.h"

#include <chrono>

#include "connectors/common/api_fetch.h"
#include "connectors/common/oauth2_session.h"

namespace touchpoint {
namespace {

using std::chrono::system_clock;

system_clock::time_point TimeOf(int64_t ms) {
  return system_clock::time_point(std::chrono::milliseconds(ms));
}

int64_t MsOf(system_clock::time_point time) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

}  // namespace

PollVerdict JudgeFailedPoll(const Status& error, int64_t now_ms) {
  PollVerdict verdict;
  verdict.outcome.detail = error.message();
  verdict.problem.detail = error.message();
  verdict.problem.at_ms = now_ms;
  if (IsNeedsReauth(error)) {
    verdict.outcome.kind = PollOutcome::kNeedsReauth;
    verdict.problem.state = ConnectorState::kNeedsReauth;
    return verdict;
  }
  switch (error.code()) {
    case StatusCode::kBusy:
      if (std::optional<system_clock::time_point> until = ParseRateLimitedUntil(error)) {
        verdict.outcome.kind = PollOutcome::kRateLimited;
        verdict.outcome.retry_at = *until;
        verdict.problem.state = ConnectorState::kRateLimited;
        verdict.problem.until_ms = MsOf(*until);
        return verdict;
      }
      [[fallthrough]];
    case StatusCode::kUnavailable:
      verdict.outcome.kind = PollOutcome::kFailed;
      verdict.problem.state = ConnectorState::kBackingOff;
      return verdict;
    default:
      verdict.outcome.kind = PollOutcome::kFailed;
      verdict.problem.state = ConnectorState::kFailing;
      return verdict;
  }
}

std::optional<PollOutcome> ResumeFrom(const ConnectorHealth& health, int64_t now_ms) {
  PollOutcome outcome;
  outcome.detail = health.detail;
  if (health.state == ConnectorState::kNeedsReauth) {
    outcome.kind = PollOutcome::kNeedsReauth;
    return outcome;
  }
  if (health.state == ConnectorState::kRateLimited && health.until_ms &&
      *health.until_ms > now_ms) {
    outcome.kind = PollOutcome::kRateLimited;
    outcome.retry_at = TimeOf(*health.until_ms);
    return outcome;
  }
  return std::nullopt;
}

}  // namespace touchpoint
