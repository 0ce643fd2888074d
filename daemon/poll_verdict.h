#pragma once

#include <cstdint>

#include "core/poll_session.h"
#include "core/status.h"
#include "daemon/scheduler.h"

namespace touchpoint {

// How a poll that did not commit shows: the scheduler's next step and the stored health.
struct PollVerdict {
  PollOutcome outcome;
  PollProblem problem;
};

// Judges a failed poll by its error (the ApiPoller contract, connectors/connector.h):
//   needs re-auth (IsNeedsReauth)             -> stop polling; needs_reauth
//   kBusy naming "rate-limited until T"       -> wait until T; rate_limited until T
//   kBusy otherwise, kUnavailable             -> back off; backing_off
//   anything else (a refused permission, a bad answer, a retired API version)
//                                             -> back off; failing, which retrying alone will
//                                                not fix
// The problem's detail is the error's message, which never holds a token.
PollVerdict JudgeFailedPoll(const Status& error, int64_t now_ms);

// Continues, after a restart or a reload, from the health stored by the last poll: a rate
// limit still running is waited out and an account that needs re-authorization stays
// stopped; nullopt means start as usual.
std::optional<PollOutcome> ResumeFrom(const ConnectorHealth& health, int64_t now_ms);

}  // namespace touchpoint
