#include "daemon/polled_account.h"

#include <utility>

#include "connectors/common/oauth2_session.h"
#include "service/methods.h"

namespace touchpoint {
namespace {

// Collects a poll's events: the writer commits them once the whole poll has been fetched.
class CollectingSink final : public EventSink {
 public:
  explicit CollectingSink(std::vector<Event>& events) : events_(events) {}
  Status Emit(Event event) override {
    events_.push_back(std::move(event));
    return Status::Ok();
  }
  void Skip(std::string_view) override {}
  void Progress(uint64_t) override {}

 private:
  std::vector<Event>& events_;
};

}  // namespace

Result<OAuthTokens> StoreTokenKeeper::Load() {
  Result<std::optional<ApiTokens>> stored = std::optional<ApiTokens>();
  writer_([&](Store& store) { stored = store.LoadTokens(source_); });
  if (!stored) return Fail(stored.error());
  if (!*stored) return Fail(NeedsReauth("no tokens are stored for " + source_.account));
  OAuthTokens tokens;
  tokens.access_token = (*stored)->access_token.reveal();
  tokens.refresh_token = (*stored)->refresh_token.reveal();
  tokens.access_expires_at_ms = (*stored)->access_expires_ms;
  return tokens;
}

Status StoreTokenKeeper::Save(const OAuthTokens& tokens) {
  ApiTokens stored;
  stored.access_token = Secret(tokens.access_token);
  stored.refresh_token = Secret(tokens.refresh_token);
  stored.access_expires_ms = tokens.access_expires_at_ms;
  Status saved = Status(StatusCode::kInternal, "the database writer did not run");
  writer_([&](Store& store) { saved = store.SaveTokens(source_, stored, NowMs()); });
  return saved;
}

PolledAccount::PolledAccount(PollSource source, WriterCall writer)
    : source_(std::move(source)), tokens_(std::move(writer), source_) {}

Result<std::unique_ptr<PolledAccount>> PolledAccount::Create(const ConnectorDescriptor& connector,
                                                             PollSource source,
                                                             const PollerOptions& options,
                                                             WriterCall writer) {
  if (connector.make_api_poller == nullptr) {
    return Fail(StatusCode::kConfigError,
                std::string(connector.name) + ": this connector cannot poll an API");
  }
  std::unique_ptr<PolledAccount> account(new PolledAccount(std::move(source), std::move(writer)));
  PollerSettings own(account->clock_, account->tokens_);
  static_cast<PollerOptions&>(own) = options;
  own.http.stop = account->stop_.flag();
  Result<std::unique_ptr<ApiPoller>> poller = connector.make_api_poller(own);
  if (!poller) return Fail(poller.error());
  account->poller_ = std::move(*poller);
  return account;
}

FetchedPoll PolledAccount::Poll(const PollCursor& cursor) {
  FetchedPoll fetched;
  if (stop_.stop_requested()) {
    fetched.result = Fail(StatusCode::kUnavailable, source_.connector + ": stopped");
    return fetched;
  }
  CollectingSink sink(fetched.events);
  fetched.result = poller_->Poll(cursor, sink);
  if (!fetched.result) fetched.events.clear();
  return fetched;
}

}  // namespace touchpoint
