#include "daemon/daemon.h"

#include <unistd.h>

#include <csignal>
#include <cstdlib>

#include <boost/asio/post.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/spdlog.h>

#include "connectors/archive_import.h"
#include "connectors/common/timestamp.h"
#include "core/feature_store.h"
#include "core/paths.h"
#include "daemon/logging.h"
#include "daemon/systemd_glue.h"
#include "service/import_report.h"
#include "service/json_writer.h"
#include "service/methods.h"

namespace touchpoint {
namespace {

constexpr auto kForeignWriteCheck = std::chrono::seconds(2);
constexpr auto kProgressEvery = std::chrono::milliseconds(250);

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
  LoadCredentials(config);
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
  if (workers_) workers_->Stop();
  workers_.reset();  // closing the last connection checkpoints and removes the WAL file
  spdlog::info("touchpointd stopped");
  return 0;
}

void Daemon::SetState(std::string state) {
  state_ = std::move(state);
  systemd::Notify("STATUS=" + state_);
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
  scheduler_->Stop();
  watchdog_timer_.cancel();
  foreign_write_timer_.cancel();
  signals_.cancel();
  // Let the writer finish (it checks the cancel flag per event), then end the loop.
  workers_->Write([this](Store& store) {
    store.connection().Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    boost::asio::post(loop_, [this] { loop_.stop(); });
  });
}

Daemon::Reply Daemon::MakeReply(const std::shared_ptr<ClientSession>& session, std::string id) {
  // Called on any thread; the answer goes out from the loop.
  return [this, session, id = std::move(id)](Result<std::string> result) {
    std::string line = result ? RpcResultLine(id, *result) : RpcStatusLine(id, result.error());
    boost::asio::post(loop_, [session, line = std::move(line), silent = id.empty()]() mutable {
      if (!silent) session->Send(std::move(line));
      session->RequestDone();
    });
  };
}

void Daemon::OnLine(const std::shared_ptr<ClientSession>& session, std::string line) {
  ParsedRequest parsed = ParseRpcRequest(line);
  if (!parsed.ok) {
    session->Send(std::move(parsed.error_line));
    session->RequestDone();
    return;
  }
  RpcRequest& request = parsed.request;
  spdlog::debug("client pid {} uid {}: {}", session->peer_pid(), session->peer_uid(),
                request.method);
  Reply reply = MakeReply(session, request.id);
  if (stopping_) return reply(Fail(StatusCode::kUnavailable, "touchpointd is stopping"));
  if (request.method == "status") return reply(StatusJson());
  if (request.method == "reload") return reply(Reload());
  if (request.method == "import") return Import(session, request.params, std::move(reply));
  if (const MethodSpec* method = FindMethod(request.method)) {
    return RunDatabaseMethod(*method, std::move(request.params), std::move(reply));
  }
  boost::asio::post(loop_, [session, line = RpcErrorLine(request.id, kRpcMethodNotFound,
                                                         "method not found: " + request.method),
                            silent = request.id.empty()]() mutable {
    if (!silent) session->Send(std::move(line));
    session->RequestDone();
  });
}

void Daemon::RunDatabaseMethod(const MethodSpec& method, rapidjson::Document params,
                               Reply reply) {
  auto shared_params = std::make_shared<rapidjson::Document>(std::move(params));
  auto run = [&method, shared_params, config = config()](Store& store) {
    MethodContext context{store.connection(), *config, NowMs()};
    return RunMethod(method, context, shared_params->IsNull() ? nullptr : shared_params.get());
  };
  auto catch_up_and_run = [run, &method](Store& store) {
    if (method.needs_scores) {
      if (Status status = CatchUpScores(store.connection()); !status.ok()) {
        spdlog::warn("catching up scores: {}", status.message());
      }
    }
    return run(store);
  };
  if (method.access == MethodAccess::kWrite) {
    return workers_->Write([this, catch_up_and_run, reply](Store& store) {
      Result<std::string> answer = catch_up_and_run(store);
      boost::asio::post(loop_, [this, reply, answer = std::move(answer)] {
        answers_.Invalidate();  // before the answer, so the writer's next read sees the change
        reply(answer);
      });
    });
  }
  // Identical reads share one computation and, until the data changes, one stored answer.
  // Not during an import: its entries commit one by one.
  rapidjson::StringBuffer text;
  rapidjson::Writer<rapidjson::StringBuffer> writer(text);
  shared_params->Accept(writer);
  const std::string key = std::string(method.name) + " " + text.GetString();
  const bool cacheable = importing_ == 0;
  if (cacheable) {
    // "calls" without as_of means now: its answer may be a few seconds old, no more.
    const bool about_now =
        method.name == "calls" && !(shared_params->IsObject() && shared_params->HasMember("as_of"));
    const auto max_age = about_now ? std::chrono::seconds(5)
                                   : std::chrono::duration_cast<std::chrono::seconds>(
                                         std::chrono::hours(24));
    if (std::optional<std::string> stored = answers_.Find(key, max_age)) return reply(*stored);
    if (!answers_.Wait(key, reply)) return;
  }
  const uint64_t generation = answers_.generation();
  auto finish = [this, reply, key, cacheable, generation](Result<std::string> answer) {
    boost::asio::post(loop_, [this, reply, key, cacheable, generation,
                              answer = std::move(answer)] {
      if (cacheable) return answers_.Complete(key, generation, answer);
      reply(answer);
    });
  };
  if (!method.needs_scores) {
    return workers_->Read([run, finish](Store& store) { finish(run(store)); });
  }
  // Answer from a reader, unless events arrived that nobody scored yet and the writer is
  // free to catch up first. During an import, readers answer from what was scored before.
  workers_->Read([this, run, catch_up_and_run, finish](Store& store) {
    Result<bool> behind = FeaturesBehind(store.connection());
    if (behind && *behind && workers_->writer_backlog() == 0) {
      return workers_->Write([catch_up_and_run, finish](Store& writer_store) {
        finish(catch_up_and_run(writer_store));
      });
    }
    finish(run(store));
  });
}

void Daemon::Import(const std::shared_ptr<ClientSession>& session,
                    const rapidjson::Document& params, Reply reply) {
  const int fd = session->TakeDescriptor();
  if (fd < 0) {
    return reply(Fail(StatusCode::kUsage,
                      "import takes the archive as an open descriptor passed with the request "
                      "(SCM_RIGHTS); the daemon does not open paths"));
  }
  std::string name = "archive";
  if (params.IsObject() && params.HasMember("name") && params["name"].IsString()) {
    name = params["name"].GetString();
  }
  if (importing_ > 0) {
    ::close(fd);
    return reply(Fail(StatusCode::kBusy, "another import is running; try again when it ends"));
  }
  ++importing_;
  SetState("importing " + name);
  spdlog::info("import of {} for uid {} started", name, session->peer_uid());
  workers_->Write([this, fd, name, session, reply](Store& store) {
    auto last_progress = std::chrono::steady_clock::time_point{};
    ImportOptions options;
    options.cancel = &cancel_imports_;
    options.progress = [&](uint64_t done, uint64_t total) {
      const auto now = std::chrono::steady_clock::now();
      if (now - last_progress < kProgressEvery && done < total) return;
      last_progress = now;
      rapidjson::StringBuffer buffer;
      JsonWriter writer(buffer);
      writer.StartObject();
      WriteMember(writer, "file", name);
      WriteMember(writer, "done", static_cast<int64_t>(done));
      WriteMember(writer, "total", static_cast<int64_t>(total));
      writer.EndObject();
      std::string params = ToString(buffer);
      boost::asio::post(loop_, [this, session, done, total, params = std::move(params)] {
        session->Send(RpcNotificationLine("progress", params));
        const int percent = total == 0 ? 100 : static_cast<int>(done * 100 / total);
        systemd::Notify("STATUS=" + state_ + ": " + std::to_string(percent) + "%");
      });
    };
    FileImportReport report = ImportDescriptor(fd, name, store, options);
    ::close(fd);
    if (report.added > 0) {
      if (Status status = CatchUpScores(store.connection()); !status.ok()) {
        spdlog::warn("scoring after the import of {}: {}", name, status.message());
      }
    }
    const Status outcome = report.Outcome();
    if (outcome.ok()) {
      spdlog::info("import of {}: {} archive, {} events read, {} added", name, report.platform,
                   report.read, report.added);
    } else {
      spdlog::warn("import of {}: {}", name, outcome.message());
    }
    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    WriteImportReport(writer, report);
    boost::asio::post(loop_, [this, reply, result = ToString(buffer)] {
      --importing_;  // before the answer: the client may send its next file at once
      answers_.Invalidate();
      if (!stopping_ && importing_ == 0) SetState("idle");
      reply(result);
    });
  });
}

void Daemon::ImportWatched(const std::filesystem::path& path, ImportDone done) {
  ++importing_;
  SetState("importing " + path.filename().string() + " from a watched folder");
  workers_->Write([this, path, done = std::move(done)](Store& store) {
    ImportOptions options;
    options.cancel = &cancel_imports_;
    const FileImportReport report = ImportArchive(path, store, options);
    ImportResult result = ImportResult::kImported;
    if (!report.status.ok()) {
      // No platform means no connector recognised it: not an archive, left alone.
      result = report.platform.empty() ? ImportResult::kNotAnArchive : ImportResult::kFailed;
      if (result == ImportResult::kFailed) {
        spdlog::warn("watched {}: {}", path.string(), report.status.message());
      }
    } else if (report.added == 0 && report.previous) {
      result = ImportResult::kAlreadyImported;
    } else {
      spdlog::info("watched {}: {} archive, {} events read, {} added", path.string(),
                   report.platform, report.read, report.added);
      if (Status status = CatchUpScores(store.connection()); !status.ok()) {
        spdlog::warn("scoring after {}: {}", path.string(), status.message());
      }
    }
    boost::asio::post(loop_, [this] {
      --importing_;
      answers_.Invalidate();
      if (!stopping_ && importing_ == 0) SetState("idle");
    });
    done(result);
  });
}

void Daemon::LoadCredentials(const Config& config) {
  std::filesystem::path dir =
      config.credentials.dir.empty() ? DefaultCredentialsDir()
                                     : std::filesystem::path(config.credentials.dir);
  credentials_.clear();
  const std::pair<const char*, const ConnectorConfig*> connectors[] = {
      {"twitter", &config.twitter}, {"facebook", &config.facebook},
      {"linkedin", &config.linkedin}};
  for (const auto& [name, settings] : connectors) {
    if (!settings->enabled) continue;
    const std::string file = std::string("touchpoint.") + name + ".token";
    Credential& credential = credentials_[name];
    Result<std::optional<Secret>> loaded = LoadCredential(dir, file);
    if (!loaded) {
      credential.problem = loaded.error().message();
      spdlog::error("{}", credential.problem);
    } else if (!*loaded) {
      credential.problem = "no credential " + file + " in " + dir.string();
      spdlog::warn("{} is enabled but has no token: {}", name, credential.problem);
    } else {
      credential.secret = std::move(**loaded);
      spdlog::debug("{}: token loaded from {} ({})", name, file, *credential.secret);
    }
  }
}

std::string Daemon::StatusJson() const {
  const std::shared_ptr<const Config> config = this->config();
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  BeginDocument(writer);
  WriteMember(writer, "pid", static_cast<int64_t>(::getpid()));
  WriteMember(writer, "started_at", FormatIso8601Ms(started_at_ms_));
  WriteMember(writer, "state", state_);
  WriteMember(writer, "database", database_path_.string());
  WriteMember(writer, "socket", server_->path().string());
  WriteMember(writer, "socket_activated", server_->activated());
  WriteMember(writer, "clients", static_cast<int64_t>(server_->clients()));
  writer.Key("connectors");
  writer.StartArray();
  const std::pair<const char*, const ConnectorConfig*> connectors[] = {
      {"twitter", &config->twitter}, {"facebook", &config->facebook},
      {"linkedin", &config->linkedin}};
  for (const auto& [name, settings] : connectors) {
    writer.StartObject();
    WriteMember(writer, "name", name);
    WriteMember(writer, "enabled", settings->enabled);
    auto credential = credentials_.find(name);
    if (!settings->enabled) {
      WriteMember(writer, "health", "disabled");
    } else if (credential == credentials_.end() || !credential->second.secret) {
      WriteMember(writer, "health", "needs credentials");
      if (credential != credentials_.end()) {
        WriteMember(writer, "detail", credential->second.problem);
      }
    } else {
      // The token is there; the poll jobs of the API connectors are not part of this build.
      WriteMember(writer, "health", "no API client");
      WriteMember(writer, "detail", "token loaded; API polling is not implemented yet");
    }
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("watch");
  writer.StartArray();
  for (const WatchedDirStatus& dir : watcher_->Snapshot()) {
    writer.StartObject();
    WriteMember(writer, "dir", dir.dir.string());
    WriteMember(writer, "available", dir.available);
    WriteMember(writer, "imported", dir.imported);
    WriteMember(writer, "already_imported", dir.already_imported);
    WriteMember(writer, "ignored", dir.ignored);
    WriteMember(writer, "failed", dir.failed);
    WriteMember(writer, "settling", dir.settling);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return ToString(buffer);
}

Result<std::string> Daemon::Reload() {
  systemd::Notify("RELOADING=1");
  std::vector<std::string> warnings;
  Result<Config> loaded = options_.config_path.empty() ? Result<Config>(Config{})
                                                       : LoadConfig(options_.config_path, &warnings);
  if (!loaded) {
    spdlog::error("reload: {}; keeping the previous config", loaded.error().message());
    systemd::Notify("READY=1\nSTATUS=" + state_);
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
  LoadCredentials(*loaded);
  {
    std::lock_guard lock(config_mutex_);
    config_ = std::make_shared<const Config>(std::move(*loaded));
  }
  spdlog::info("config reloaded from {}", options_.config_path.string());
  systemd::Notify("READY=1\nSTATUS=" + state_);
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
