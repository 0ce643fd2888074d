#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "connectors/common/clock.h"
#include "connectors/connector.h"
#include "core/poll_session.h"
#include "core/status.h"
#include "core/store.h"
#include "daemon/connector_secrets.h"

namespace touchpoint {

// Runs `job` on the database writer thread and waits for it: how a poll thread reaches the
// store (tokens must be durable before they are used).
using WriterCall = std::function<void(std::function<void(Store&)> job)>;

// The account's OAuth tokens in the store, reached from the poll thread through the writer.
class StoreTokenKeeper final : public TokenKeeper {
 public:
  StoreTokenKeeper(WriterCall writer, PollSource source)
      : writer_(std::move(writer)), source_(std::move(source)) {}
  Result<OAuthTokens> Load() override;
  Status Save(const OAuthTokens& tokens) override;

 private:
  WriterCall writer_;
  PollSource source_;
};

// What one poll fetched, before the writer commits it.
struct FetchedPoll {
  Result<PollResult> result = PollResult{};
  std::vector<Event> events;
};

// One connector account the daemon polls: the connector's long-lived poller (which keeps its
// HTTP connection and rate-limit state between polls), its token keeper and its stop flag.
// Poll() runs on a poll thread, one at a time (the scheduler sees to it).
class PolledAccount {
 public:
  // The account owns the clock (stopped by RequestStop) and the token keeper.
  // kConfigError when the connector cannot poll or refuses the options.
  static Result<std::unique_ptr<PolledAccount>> Create(const ConnectorDescriptor& connector,
                                                       PollSource source,
                                                       const PollerOptions& options,
                                                       WriterCall writer);
  PolledAccount(const PolledAccount&) = delete;
  PolledAccount& operator=(const PolledAccount&) = delete;

  // Fetches everything new since `cursor`. Never throws; errors are in the result.
  FetchedPoll Poll(const PollCursor& cursor);
  // Ends a running poll's waits and transfers; later polls fail at once. Thread-safe.
  void RequestStop() { stop_.RequestStop(); }
  bool stop_requested() const noexcept { return stop_.stop_requested(); }
  const PollSource& source() const noexcept { return source_; }

 private:
  PolledAccount(PollSource source, WriterCall writer);

  PollSource source_;
  StopFlag stop_;
  SystemClock clock_{&stop_};
  StoreTokenKeeper tokens_;
  std::unique_ptr<ApiPoller> poller_;
};

}  // namespace touchpoint
