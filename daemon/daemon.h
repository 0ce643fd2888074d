#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include "connectors/archive_import.h"
#include "core/config.h"
#include "core/status.h"
#include "daemon/answer_cache.h"
#include "daemon/connector_secrets.h"
#include "daemon/database_workers.h"
#include "daemon/folder_watcher.h"
#include "daemon/scheduler.h"
#include "daemon/json_rpc.h"
#include "daemon/polled_account.h"
#include "daemon/socket_server.h"
#include "service/methods.h"

namespace touchpoint {

// How the daemon was started (command line and environment, resolved by main).
struct DaemonOptions {
  std::filesystem::path config_path;  // empty: run on defaults, nothing to reload from
  std::string log_level_override;     // --log-level; wins over the config file
};

// touchpointd: the event loop and everything on it. The loop thread owns the socket, timers
// and signals; database work runs on DatabaseWorkers' threads and reports back to the loop.
class Daemon {
 public:
  Daemon(DaemonOptions options, Config config);
  ~Daemon();

  // Opens the database and the socket. Errors carry the exit code's category (kConfigError
  // for a bad socket setting, kIoError for the database, kUnavailable when another daemon
  // answers on the socket).
  Status Start();
  // Runs the loop until SIGTERM/SIGINT, then stops cleanly. Returns the exit code.
  int Run();

 private:
  using Reply = std::function<void(Result<std::string>)>;

  void OnLine(const std::shared_ptr<ClientSession>& session, std::string line);
  Reply MakeReply(const std::shared_ptr<ClientSession>& session, std::string id);
  void RunDatabaseMethod(const MethodSpec& method, rapidjson::Document params, Reply reply);
  void Import(const std::shared_ptr<ClientSession>& session, const rapidjson::Document& params,
              Reply reply);
  void ImportWatched(const std::filesystem::path& path, ImportDone done);
  // Loop thread: an import begins (counted, shown as the daemon's state) or ends.
  void ImportStarted(std::string state);
  void ImportEnded();
  // Writer thread: catches scores up after an import that added events.
  static void ScoreImported(Store& store, const FileImportReport& report, const std::string& name);
  // API polling (daemon_polls.cc). Loop thread unless said otherwise.
  struct Polling;
  // Builds, rebuilds or drops each connector's account to match `config`.
  void ConfigurePolling(const Config& config);
  // Stores the credential files' tokens if they are new, then schedules the account,
  // continuing from its stored health.
  void SeedAndSchedule(std::shared_ptr<PolledAccount> account, ConnectorSecrets secrets,
                       std::chrono::milliseconds interval);
  // A poll thread: fetches, then has the writer commit and the loop report to the scheduler.
  void RunPoll(const std::shared_ptr<PolledAccount>& account, const PollDone& done);
  // Writer thread: the poll's events, cursor and health in one transaction, then scores.
  static Status CommitPoll(Store& store, const PollSource& source, const PollResult& result,
                           std::vector<Event> events, PollOutcome& outcome);
  // Any thread but the writer's: runs `job` on the writer and waits for it.
  void CallWriter(const std::function<void(Store&)>& job);
  void StopPolling();
  // Stops every account and waits for the poll threads; before the writer stops.
  void JoinPollThreads();
  std::string HealthOf(const std::string& name, const Polling& polling) const;
  // The STATUS= line: the daemon's state and each enabled connector's health.
  std::string StatusLine() const;
  void UpdateStatusLine();
  std::string StatusJson() const;
  Result<std::string> Reload();
  void SetState(std::string state);
  void WatchSignals();
  void PingWatchdog(std::chrono::microseconds half);
  void WatchForeignWrites();
  void Shutdown();
  std::shared_ptr<const Config> config() const;

  DaemonOptions options_;
  mutable std::mutex config_mutex_;
  std::shared_ptr<const Config> config_;
  std::filesystem::path database_path_;

  boost::asio::io_context loop_;
  boost::asio::signal_set signals_;
  boost::asio::steady_timer watchdog_timer_;
  boost::asio::steady_timer foreign_write_timer_;
  std::unique_ptr<DatabaseWorkers> workers_;
  std::unique_ptr<SocketServer> server_;
  std::unique_ptr<FolderWatcher> watcher_;
  AnswerCache answers_;
  // One timer per connector account; the API connectors (their poll jobs) plug in here.
  std::unique_ptr<Scheduler> scheduler_;

  // Per connector: the account polled, or why there is none. Loop thread only.
  struct Polling {
    std::shared_ptr<PolledAccount> account;  // null when not polled
    std::string problem;                     // why not, when enabled
    std::string blocked;                     // the health then: needs_credentials, ...
    std::string built_from;                  // a change of these settings rebuilds it
    std::optional<ConnectorHealth> health;   // as the store last recorded it
    std::vector<std::string> partial_errors;  // of the last committed poll
  };
  std::map<std::string, Polling> polling_;
  // Where polls wait for the network, so that the writer never does.
  std::unique_ptr<boost::asio::thread_pool> poll_threads_;

  std::atomic<bool> cancel_imports_{false};
  int importing_ = 0;  // imports running: the client's and the watched folders'
  bool client_importing_ = false;
  bool stopping_ = false;
  std::string state_ = "starting";
  int64_t started_at_ms_ = 0;
  int64_t data_version_ = -1;  // the writer connection's PRAGMA data_version, last seen
};

}  // namespace touchpoint
