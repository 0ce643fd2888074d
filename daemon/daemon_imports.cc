#include "daemon/daemon.h"

#include <unistd.h>

#include <boost/asio/post.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/spdlog.h>

#include "connectors/archive_import.h"
#include "core/paths.h"
#include "daemon/systemd_glue.h"
#include "service/import_report.h"
#include "service/json_writer.h"
#include "service/methods.h"

// Imports: handed over a socket or found in a watched folder.
namespace touchpoint {
namespace {

constexpr auto kProgressEvery = std::chrono::milliseconds(250);

}  // namespace

void Daemon::ImportStarted(std::string state) {
  ++importing_;
  SetState(std::move(state));
}

void Daemon::ImportEnded() {
  --importing_;
  answers_.Invalidate();  // the import's entries committed one by one: stored answers are old
  if (!stopping_ && importing_ == 0) SetState("idle");
}

void Daemon::ScoreImported(Store& store, const FileImportReport& report,
                           const std::string& name) {
  if (report.added == 0) return;
  if (Status status = CatchUpScores(store.connection()); !status.ok()) {
    spdlog::warn("scoring after the import of {}: {}", name, status.message());
  }
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
  ImportStarted("importing " + name);
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
    ScoreImported(store, report, name);
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
      ImportEnded();  // before the answer: the client may send its next file at once
      reply(result);
    });
  });
}

void Daemon::ImportWatched(const std::filesystem::path& path, ImportDone done) {
  ImportStarted("importing " + path.filename().string() + " from a watched folder");
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
      ScoreImported(store, report, path.string());
    }
    boost::asio::post(loop_, [this] { ImportEnded(); });
    done(result);
  });
}

}  // namespace touchpoint
