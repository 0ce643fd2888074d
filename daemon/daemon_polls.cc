#include <future>
#include <utility>

#include <boost/asio/post.hpp>
#include <spdlog/spdlog.h>

#include "connectors/common/timestamp.h"
#include "core/paths.h"
#include "daemon/connector_secrets.h"
#include "daemon/daemon.h"
#include "daemon/poll_verdict.h"
#include "daemon/systemd_glue.h"
#include "core/sqlite_api_state.h"
#include "service/methods.h"

// API polling: one account per enabled connector, fetched on a poll thread, committed by the
// writer, timed by the scheduler.
namespace touchpoint {
namespace {

struct Platform {
  std::string_view name;
  ConnectorConfig Config::*config;
  std::string_view api_base_url;
  std::string_view account;  // empty: the config must name it
};

constexpr Platform kPlatforms[] = {
    {"twitter", &Config::twitter, "https://api.x.com", "me"},
    {"facebook", &Config::facebook, "https://graph.facebook.com", ""},
    {"linkedin", &Config::linkedin, "https://api.linkedin.com", "me"},
};

const ConnectorDescriptor* FindConnector(std::string_view name) {
  for (const ConnectorDescriptor* connector : Connectors()) {
    if (connector->name == name) return connector;
  }
  return nullptr;
}

// Everything an account is built from but its interval: when it changes, the account is
// rebuilt. Secrets enter only through their fingerprints.
std::string BuiltFrom(const ConnectorConfig& config, const std::string& account,
                      const ConnectorSecrets& secrets) {
  std::string key;
  for (const std::string* part :
       {&config.api_base_url, &config.api_version, &account, &config.client_id,
        &config.organization, &secrets.fingerprint, &secrets.client_secret_fingerprint}) {
    key += *part;
    key += '\n';
  }
  return key;
}

PollerOptions OptionsFor(const ConnectorConfig& config, const Platform& platform,
                         const std::string& account, const ConnectorSecrets& secrets) {
  PollerOptions options;
  options.api_base_url =
      config.api_base_url.empty() ? std::string(platform.api_base_url) : config.api_base_url;
  options.account = account;
  options.client_id = config.client_id;
  options.client_secret = secrets.client_secret.reveal();
  options.api_version = config.api_version;
  options.organization = config.organization;
  // A longer rate limit goes back to the scheduler, which shows it in `status` and honours
  // it across restarts, instead of holding a poll thread.
  options.retry.max_rate_limit_wait = std::chrono::seconds(5);
  return options;
}

std::chrono::milliseconds IntervalOf(const ConnectorConfig& config) {
  return std::chrono::seconds(std::max<int64_t>(1, config.poll_interval.seconds));
}

}  // namespace

void Daemon::CallWriter(const std::function<void(Store&)>& job) {
  std::promise<void> finished;
  std::future<void> done = finished.get_future();
  workers_->Write([&](Store& store) {
    job(store);
    finished.set_value();
  });
  done.wait();
}

void Daemon::ConfigurePolling(const Config& config) {
  const std::filesystem::path dir = config.credentials.dir.empty()
                                        ? DefaultCredentialsDir()
                                        : std::filesystem::path(config.credentials.dir);
  for (const Platform& platform : kPlatforms) {
    const std::string name(platform.name);
    const ConnectorConfig& settings = config.*platform.config;
    Polling& polling = polling_[name];
    const auto not_polled = [&](std::string problem, std::string blocked = "misconfigured") {
      if (polling.account) {
        polling.account->RequestStop();
        scheduler_->Remove(name);
      }
      polling = Polling{};
      polling.problem = std::move(problem);
      if (polling.problem.empty()) return;
      polling.blocked = std::move(blocked);
      spdlog::error("{} is not polled: {}", name, polling.problem);
    };
    if (!settings.enabled) {
      not_polled("");
      continue;
    }
    const std::string account =
        settings.account.empty() ? std::string(platform.account) : settings.account;
    if (account.empty()) {
      not_polled("set account in [connectors." + name + "]");
      continue;
    }
    Result<ConnectorSecrets> secrets = LoadConnectorSecrets(dir, name, settings);
    if (!secrets) {
      not_polled(secrets.error().message(), "needs_credentials");
      continue;
    }
    spdlog::debug("{}: credentials read (access token {})", name, secrets->access_token);
    const std::string built_from = BuiltFrom(settings, account, *secrets);
    if (polling.account && polling.built_from == built_from) {
      scheduler_->SetInterval(name, IntervalOf(settings));
      continue;
    }
    const ConnectorDescriptor* connector = FindConnector(name);
    if (connector == nullptr) {
      not_polled("this build has no " + name + " connector");
      continue;
    }
    Result<std::unique_ptr<PolledAccount>> created = PolledAccount::Create(
        *connector, PollSource{name, account}, OptionsFor(settings, platform, account, *secrets),
        [this](const std::function<void(Store&)>& job) { CallWriter(job); });
    if (!created) {
      not_polled(created.error().message());
      continue;
    }
    not_polled("");
    polling.account = std::shared_ptr<PolledAccount>(std::move(*created));
    polling.built_from = built_from;
    SeedAndSchedule(polling.account, std::move(*secrets), IntervalOf(settings));
  }
}

void Daemon::SeedAndSchedule(std::shared_ptr<PolledAccount> account, ConnectorSecrets secrets,
                             std::chrono::milliseconds interval) {
  workers_->Write([this, account, secrets = std::move(secrets), interval](Store& store) {
    const PollSource& source = account->source();
    // New credential files (a first start, a re-authorization) replace the stored tokens;
    // the same files again leave the rotated ones alone.
    bool seeded = false;
    Result<std::optional<ApiTokens>> stored = store.LoadTokens(source);
    if (stored && (!*stored || (*stored)->seeded_from != secrets.fingerprint)) {
      ApiTokens tokens;
      tokens.access_token = secrets.access_token;
      tokens.refresh_token = secrets.refresh_token;
      tokens.seeded_from = secrets.fingerprint;
      if (Status saved = store.SaveTokens(source, tokens, NowMs()); !saved.ok()) {
        spdlog::error("{}: storing the credentials: {}", source.connector, saved.message());
      } else {
        seeded = true;
        spdlog::info("{}/{}: tokens taken from the credential files", source.connector,
                     source.account);
      }
    } else if (!stored) {
      spdlog::error("{}: reading the stored tokens: {}", source.connector,
                    stored.error().message());
    }
    Result<std::optional<ConnectorHealth>> health = store.Health(source);
    std::optional<ConnectorHealth> last = health ? *health : std::nullopt;
    boost::asio::post(loop_, [this, account, interval, seeded, last = std::move(last)] {
      Polling& polling = polling_[account->source().connector];
      if (polling.account != account || stopping_) return;  // rebuilt or stopped meanwhile
      polling.health = last;
      std::optional<PollOutcome> resume;
      if (last && !seeded) resume = ResumeFrom(*last, NowMs());
      const std::string name = account->source().connector;
      scheduler_->Add(
          name, interval,
          [this, account](PollDone done) {
            boost::asio::post(*poll_threads_, [this, account, done = std::move(done)] {
              RunPoll(account, done);
            });
          },
          resume);
      UpdateStatusLine();
    });
  });
}

void Daemon::RunPoll(const std::shared_ptr<PolledAccount>& account, const PollDone& done) {
  const PollSource& source = account->source();
  PollCursor cursor;
  Status read = Status::Ok();
  CallWriter([&](Store& store) {
    Result<StoredCursor> stored = ReadCursors(store.connection(), source);
    if (stored) cursor = std::move(*stored);
    else read = stored.error();
  });
  FetchedPoll fetched = read.ok() ? account->Poll(cursor) : FetchedPoll{Fail(read), {}};
  workers_->Write([this, account, done, fetched = std::move(fetched)](Store& store) mutable {
    const PollSource& source = account->source();
    PollOutcome outcome;
    std::vector<std::string> partial_errors;
    Status failed = fetched.result ? CommitPoll(store, source, *fetched.result,
                                                std::move(fetched.events), outcome)
                                   : fetched.result.error();
    if (fetched.result) partial_errors = fetched.result->partial_errors;
    if (!failed.ok()) {
      const PollVerdict verdict = JudgeFailedPoll(failed, NowMs());
      outcome = verdict.outcome;
      // A poll cut short by shutdown or a rebuild is not the API's fault: nothing recorded.
      if (account->stop_requested()) return;
      if (Status recorded = store.RecordPollProblem(source, verdict.problem); !recorded.ok()) {
        spdlog::error("{}/{}: {}", source.connector, source.account, recorded.message());
      }
    }
    Result<std::optional<ConnectorHealth>> health = store.Health(source);
    boost::asio::post(loop_, [this, account, done, outcome = std::move(outcome),
                              partial_errors = std::move(partial_errors),
                              health = health ? *health : std::nullopt]() mutable {
      Polling& polling = polling_[account->source().connector];
      if (polling.account == account) {
        polling.health = std::move(health);
        polling.partial_errors = std::move(partial_errors);
      }
      if (outcome.kind == PollOutcome::kOk) answers_.Invalidate();
      done(std::move(outcome));
      UpdateStatusLine();
    });
  });
}

Status Daemon::CommitPoll(Store& store, const PollSource& source, const PollResult& result,
                          std::vector<Event> events, PollOutcome& outcome) {
  const std::string who = source.connector + "/" + source.account;
  Result<std::unique_ptr<PollSession>> session = store.BeginPoll(source);
  if (!session) return session.error();
  if (result.owner) (*session)->SetOwner(source.connector, *result.owner);
  for (Event& event : events) {
    if (Status status = (*session)->Emit(std::move(event)); !status.ok()) {
      return status.WithContext(who);
    }
  }
  for (const auto& [stream, value] : result.cursor) {
    if (Status status = (*session)->SetCursor(stream, value); !status.ok()) return status;
  }
  Result<PollCounts> counts = (*session)->Commit(NowMs());
  if (!counts) return counts.error().WithContext(who);
  for (const std::string& problem : result.partial_errors) {
    spdlog::warn("{}: the API left out an item: {}", who, problem);
  }
  outcome.kind = counts->added > 0 ? PollOutcome::kOk : PollOutcome::kQuiet;
  if (counts->added == 0) {
    spdlog::debug("{}: nothing new ({} items seen again)", who, counts->present);
    return Status::Ok();
  }
  spdlog::info("{}: {} new events ({} already stored)", who, counts->added, counts->present);
  if (Status status = CatchUpScores(store.connection()); !status.ok()) {
    spdlog::warn("{}: scoring after the poll: {}", who, status.message());
  }
  return Status::Ok();
}

std::string Daemon::HealthOf(const std::string& name, const Polling& polling) const {
  if (!polling.account) return polling.problem.empty() ? "disabled" : polling.blocked;
  for (const Scheduler::Health& entry : scheduler_->Snapshot()) {
    if (entry.account == name && entry.state == "polling") return "polling";
  }
  if (polling.health) return std::string(ConnectorStateName(polling.health->state));
  return "waiting";
}

void Daemon::StopPolling() {
  for (auto& [name, polling] : polling_) {
    if (polling.account) polling.account->RequestStop();
  }
  scheduler_->Stop();
}

void Daemon::JoinPollThreads() {
  if (!poll_threads_) return;
  for (auto& [name, polling] : polling_) {
    if (polling.account) polling.account->RequestStop();
  }
  poll_threads_->join();
}

std::string Daemon::StatusLine() const {
  std::string line = state_;
  std::string separator = "; ";
  for (const auto& [name, polling] : polling_) {
    const std::string health = HealthOf(name, polling);
    if (health == "disabled") continue;
    line += separator + name + " " + health;
    separator = ", ";
    if (polling.health && polling.health->until_ms &&
        (health == "rate_limited" || health == "backing_off")) {
      line += " until " + FormatIso8601Ms(*polling.health->until_ms);
    }
  }
  return line;
}

void Daemon::UpdateStatusLine() { systemd::Notify("STATUS=" + StatusLine()); }

}  // namespace touchpoint
