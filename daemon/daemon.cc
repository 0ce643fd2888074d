#include "daemon/daemon.h"

#include <unistd.h>

#include <csignal>
#include <cstdlib>

#include <boost/asio/post.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/spdlog.h>

#include "core/feature_store.h"
#include "core/paths.h"
#include "daemon/logging.h"
#include "daemon/systemd_glue.h"
#include "service/json_writer.h"
#include "service/methods.h"

// The daemon's life: start-up, signals, the watchdog, noticing other writers, reload, stop.
namespace touchpoint {
namespace {

constexpr auto kForeignWriteCheck = std::chrono::seconds(2);

StoreOptions StoreOptionsFor(const StorageConfig& storage) {
  StoreOptions options;
  options.synchronous = storage.synchronous == "full" ? "FULL" : "NORMAL";
  options.busy_timeout_ms = static_cast<int>(storage.busy_timeout_ms);
  return options;
}

std::filesystem::path DatabasePathFor(const Config& config) {
  if (!config.storage.database.empty()) return config.storage.database;
  return DefaultDatabasePath();
}

std::filesystem::path SocketPathFor(const Config& config) {
  if (!config.daemon.socket.empty()) return config.daemon.socket;
  return DefaultSocketPath();
}

SessionLimits LimitsFor(const DaemonConfig& daemon) {
  SessionLimits limits;
  limits.io_timeout = std::chrono::seconds(std::max<int64_t>(1, daemon.io_timeout_seconds));
  return limits;
}

}  // namespace

Daemon::Daemon(DaemonOptions options, Config config)
    : options_(std::move(options)),
      config_(std::make_shared<const Config>(std::move(config))),
      signals_(loop_),
      watchdog_timer_(loop_),
      foreign_write_timer_(loop_) {}

Daemon::~Daemon() {
  if (server_) server_->Stop();
  JoinPollThreads();
  if (workers_) workers_->Stop();
}

std::shared_ptr<const Config> Daemon::config() const {
  std::lock_guard lock(config_mutex_);
  return config_;
}

Status Daemon::Start() {
  started_at_ms_ = NowMs();
  const Config& config = *config_;
  database_path_ = DatabasePathFor(config);
  if (database_path_.empty()) {
    return Status(StatusCode::kConfigError,
                  "no database location: set [storage] database, STATE_DIRECTORY or HOME");
  }
  std::error_code ignored;
  std::filesystem::create_directories(database_path_.parent_path(), ignored);
  Result<std::unique_ptr<DatabaseWorkers>> workers = DatabaseWorkers::Open(
      database_path_, StoreOptionsFor(config.storage),
      static_cast<int>(std::max<int64_t>(1, config.daemon.reader_threads)));
  if (!workers) return workers.error();
  workers_ = std::move(*workers);

  server_ = std::make_unique<SocketServer>(
      loop_, LimitsFor(config.daemon), static_cast<size_t>(config.daemon.max_clients),
      [this](const std::shared_ptr<ClientSession>& session, std::string line) {
        OnLine(session, std::move(line));
      });
  std::vector<systemd::ListenFd> fds = systemd::TakeListenFds();
  if (!fds.empty()) {
    const systemd::ListenFd* chosen = &fds.front();
    for (const systemd::ListenFd& fd : fds) {
      if (fd.name == "query") chosen = &fd;
    }
    for (const systemd::ListenFd& fd : fds) {
      if (&fd != chosen) ::close(fd.fd);
    }
    if (Status status = server_->Adopt(chosen->fd); !status.ok()) return status;
  } else if (Status status = server_->Bind(SocketPathFor(config), config.daemon.socket_group);
             !status.ok()) {
    return status;
  }
  server_->Start();
  watcher_ = std::make_unique<FolderWatcher>(
      loop_, FolderWatcherOptions::FromConfig(config.watch),
      [this](const std::filesystem::path& path, ImportDone done) {
        ImportWatched(path, std::move(done));
      });
  watcher_->Start();
  scheduler_ = std::make_unique<Scheduler>(loop_);
  poll_threads_ = std::make_unique<boost::asio::thread_pool>(3);  // one per platform
  ConfigurePolling(config);
  WatchSignals();
  if (std::optional<std::chrono::microseconds> interval = systemd::WatchdogInterval()) {
    PingWatchdog(*interval / 2);
  }
  // The baseline for noticing other writers: what this connection sees now.
  workers_->Write([this](Store& store) {
    Result<int64_t> version = store.connection().QueryInt("PRAGMA data_version");
    if (version) data_version_ = *version;
  });
  WatchForeignWrites();
  spdlog::info("touchpointd {} ready: database {}, socket {}{}", TOUCHPOINT_VERSION,
               database_path_.string(), server_->path().string(),
               server_->activated() ? " (socket-activated)" : "");
  // The database is migrated and the socket accepts: clients may come.
  systemd::Notify("READY=1\nSTATUS=idle");
  state_ = "idle";
  return Status::Ok();
}

int Daemon::Run() {
  loop_.run();
  JoinPollThreads();  // a poll thread may still be waiting for the writer
  if (workers_) workers_->Stop();
  workers_.reset();  // closing the last connection checkpoints and removes the WAL file
  spdlog::info("touchpointd stopped");
  return 0;
}

void Daemon::SetState(std::string state) {
  state_ = std::move(state);
  UpdateStatusLine();
}

void Daemon::WatchSignals() {
  signals_.add(SIGTERM);
  signals_.add(SIGINT);
  signals_.add(SIGHUP);
  signals_.async_wait([this](const boost::system::error_code& error, int signal) {
    if (error) return;
    if (signal == SIGHUP) {
      if (Result<std::string> reloaded = Reload(); !reloaded) {
        spdlog::error("reload: {}; keeping the previous config", reloaded.error().message());
      }
      return WatchSignals();
    }
    if (stopping_) {
      spdlog::warn("second stop signal: exiting at once");
      std::_Exit(1);
    }
    Shutdown();
    WatchSignals();  // to catch the second one
  });
}

void Daemon::PingWatchdog(std::chrono::microseconds half) {
  // From the loop thread, so that a wedged loop stops the pings and systemd restarts us.
  systemd::Notify("WATCHDOG=1");
  watchdog_timer_.expires_after(half);
  watchdog_timer_.async_wait([this, half](const boost::system::error_code& error) {
    if (!error && !stopping_) PingWatchdog(half);
  });
}

void Daemon::WatchForeignWrites() {
  // Another process (a direct `touchpoint import`) may write the database. The writer notices
  // through PRAGMA data_version and catches scores up, so that answers stay current.
  foreign_write_timer_.expires_after(kForeignWriteCheck);
  foreign_write_timer_.async_wait([this](const boost::system::error_code& error) {
    if (error || stopping_) return;
    if (importing_ == 0 && workers_->writer_backlog() == 0) {
      workers_->Write([this](Store& store) {
        Result<int64_t> version = store.connection().QueryInt("PRAGMA data_version");
        if (!version || *version == data_version_) return;
        data_version_ = *version;
        spdlog::debug("another process wrote the database; catching up");
        if (Status status = CatchUpScores(store.connection()); !status.ok()) {
          spdlog::warn("catching up after another writer: {}", status.message());
        }
        boost::asio::post(loop_, [this] { answers_.Invalidate(); });
      });
    }
    WatchForeignWrites();
  });
}

void Daemon::Shutdown() {
  if (stopping_) return;
  stopping_ = true;
  spdlog::info("stopping");
  systemd::Notify("STOPPING=1\nSTATUS=stopping");
  cancel_imports_ = true;  // the running import rolls back its open entry and returns
  server_->Stop();
  watcher_->Stop();
  StopPolling();
  watchdog_timer_.cancel();
  foreign_write_timer_.cancel();
  signals_.cancel();
  // Let the writer finish (it checks the cancel flag per event), then end the loop.
  workers_->Write([this](Store& store) {
    store.connection().Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    boost::asio::post(loop_, [this] { loop_.stop(); });
  });
}

Result<std::string> Daemon::Reload() {
  systemd::Notify("RELOADING=1");
  std::vector<std::string> warnings;
  Result<Config> loaded = options_.config_path.empty() ? Result<Config>(Config{})
                                                       : LoadConfig(options_.config_path, &warnings);
  if (!loaded) {
    spdlog::error("reload: {}; keeping the previous config", loaded.error().message());
    systemd::Notify("READY=1\nSTATUS=" + StatusLine());
    return Fail(loaded.error());
  }
  for (const std::string& warning : warnings) spdlog::warn("{}", warning);
  std::vector<std::string> notes = warnings;
  const std::shared_ptr<const Config> old = config();
  if (loaded->storage.database != old->storage.database ||
      loaded->storage.synchronous != old->storage.synchronous ||
      loaded->storage.busy_timeout_ms != old->storage.busy_timeout_ms) {
    notes.push_back("[storage] changes take effect after a restart");
  }
  if (loaded->daemon.socket != old->daemon.socket ||
      loaded->daemon.socket_group != old->daemon.socket_group ||
      loaded->daemon.reader_threads != old->daemon.reader_threads ||
      loaded->daemon.max_clients != old->daemon.max_clients ||
      loaded->daemon.io_timeout_seconds != old->daemon.io_timeout_seconds) {
    notes.push_back("[daemon] socket, socket_group, reader_threads, max_clients and "
                    "io_timeout_seconds take effect after a restart");
  }
  SetLogLevel(options_.log_level_override.empty() ? loaded->daemon.log_level
                                                  : options_.log_level_override);
  watcher_->Reconfigure(FolderWatcherOptions::FromConfig(loaded->watch));
  ConfigurePolling(*loaded);
  {
    std::lock_guard lock(config_mutex_);
    config_ = std::make_shared<const Config>(std::move(*loaded));
  }
  spdlog::info("config reloaded from {}", options_.config_path.string());
  systemd::Notify("READY=1\nSTATUS=" + StatusLine());
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  BeginDocument(writer);
  WriteMember(writer, "reloaded", true);
  writer.Key("notes");
  writer.StartArray();
  for (const std::string& note : notes) writer.String(note.c_str());
  writer.EndArray();
  writer.EndObject();
  return ToString(buffer);
}

}  // namespace touchpoint
