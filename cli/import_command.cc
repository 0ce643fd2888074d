#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli/commands.h"
#include "cli/daemon_client.h"
#include "cli/invoke.h"
#include "cli/json_fields.h"
#include "cli/params_builder.h"
#include "cli/progress_bar.h"
#include "connectors/archive_import.h"
#include "core/store.h"
#include "service/import_report.h"

namespace touchpoint::cli {
namespace {

long long Number(const rapidjson::Value& object, const char* key) {
  return static_cast<long long>(object[key].GetInt64());
}

void PrintHuman(const rapidjson::Value& report) {
  if (Text(report, "status") == "failed") return;
  std::printf("%s: %s archive\n", Text(report, "file").c_str(), Text(report, "platform").c_str());
  if (std::string note = Text(report, "note"); !note.empty()) {
    std::printf("  %s\n", note.c_str());
    return;
  }
  std::printf("  events read %lld, added %lld, already present %lld, skipped %lld\n",
              Number(report, "read"), Number(report, "added"), Number(report, "present"),
              Number(report, "skipped"));
  for (const auto& reason : report["skipped_reasons"].GetObject()) {
    std::printf("    skipped %lld: %s\n", static_cast<long long>(reason.value.GetInt64()),
                reason.name.GetString());
  }
  if (Number(report, "added") == 0) {
    std::printf("  nothing new: every event was already in the database");
    if (std::string when = Text(report, "previously_imported_at"); !when.empty()) {
      std::printf(" (same archive imported %s)", when.c_str());
    }
    std::printf("\n");
  }
  if (Text(report, "status") == "partial") {
    const size_t failed = report["errors"].Size();
    std::printf("  partial import: %zu entr%s failed and added nothing (see errors)\n", failed,
                failed == 1 ? "y" : "ies");
  }
}

// Imports one file in this process and returns its report object.
rapidjson::Document ImportDirect(Store& store, const std::string& path, ProgressBar& bar) {
  ImportOptions import_options;
  import_options.progress = [&bar, &path](uint64_t done, uint64_t total) {
    bar.Update(path, done, total);
  };
  const FileImportReport report = ImportArchive(path, store, import_options);
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  WriteImportReport(writer, report);
  rapidjson::Document document;
  document.Parse(buffer.GetString(), buffer.GetSize());
  return document;
}

// Hands one file to the daemon as an open descriptor: the daemon may not be allowed to open
// the user's files by path (ProtectHome=), and a descriptor cannot be swapped underneath.
Result<rapidjson::Document> ImportThroughDaemon(DaemonClient& client, const std::string& path,
                                                ProgressBar& bar) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Fail(StatusCode::kNoInput, path + ": " + std::strerror(errno));
  }
  Result<rapidjson::Document> report = client.Call(
      "import", ParamsBuilder().Add("name", path).Text(), fd,
      [&bar, &path](std::string_view method, const rapidjson::Value& params) {
        if (method != "progress" || !params.IsObject() || !params.HasMember("done")) return;
        bar.Update(path, params["done"].GetUint64(), params["total"].GetUint64());
      });
  ::close(fd);
  return report;
}

}  // namespace

int RunImport(const GlobalOptions& options, const std::vector<std::string>& paths) {
  // The daemon, when one answers and --db does not ask for the database itself.
  Result<std::optional<DaemonClient>> connected = ConnectIfAnswering(options);
  if (!connected) return ReportError(connected.error());
  std::optional<DaemonClient>& daemon = *connected;
  std::optional<Store> store;
  if (!daemon) {
    Result<std::filesystem::path> db_path = DatabasePath(options);
    if (!db_path) return ReportError(db_path.error());
    Result<Store> opened = Store::Open(*db_path);
    if (!opened) return ReportError(opened.error());
    store.emplace(std::move(*opened));
  }

  ProgressBar bar(!options.json && !options.quiet && ::isatty(STDERR_FILENO) == 1);
  rapidjson::Document output(rapidjson::kObjectType);
  auto& allocator = output.GetAllocator();
  output.AddMember("version", TOUCHPOINT_VERSION, allocator);
  rapidjson::Value files(rapidjson::kArrayType);
  int exit_code = 0;
  for (const std::string& path : paths) {
    rapidjson::Document report;
    if (daemon) {
      Result<rapidjson::Document> answer = ImportThroughDaemon(*daemon, path, bar);
      bar.Clear();
      if (!answer) {
        ReportError(answer.error());
        if (exit_code == 0) exit_code = ExitCodeFor(answer.error().code());
        continue;
      }
      report = std::move(*answer);
    } else {
      report = ImportDirect(*store, path, bar);
      bar.Clear();
    }
    if (const int code = report["exit_code"].GetInt(); code != 0) {
      if (exit_code == 0) exit_code = code;
      for (const rapidjson::Value& error : report["errors"].GetArray()) {
        std::fprintf(stderr, "touchpoint: %s\n", error["message"].GetString());
      }
    }
    if (!options.json) PrintHuman(report);
    files.PushBack(rapidjson::Value(report, allocator), allocator);
  }
  // Scoring is not done here: the commands that read scores catch up incrementally first,
  // so an import only ingests.
  output.AddMember("files", files, allocator);
  output.AddMember("exit_code", exit_code, allocator);
  if (options.json) PrintDocument(output);
  return exit_code;
}

}  // namespace touchpoint::cli
