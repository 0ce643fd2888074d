#include <unistd.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "cli/progress_bar.h"
#include "connectors/archive_import.h"
#include "connectors/common/timestamp.h"
#include "core/store.h"

namespace touchpoint::cli {
namespace {

std::string_view FileState(const FileImportReport& report) {
  if (!report.status.ok()) return "failed";
  return report.partial ? "partial" : "ok";
}

// Entry messages name the entry; put the archive in front unless it is already there.
std::string WithFile(const std::string& file, const std::string& message) {
  if (message.starts_with(file)) return message;
  return file + ": " + message;
}

void PrintHuman(const FileImportReport& report) {
  if (!report.status.ok()) return;
  std::printf("%s: %s archive\n", report.file.c_str(), report.platform.c_str());
  if (!report.note.empty()) {
    std::printf("  %s\n", report.note.c_str());
    return;
  }
  std::printf("  events read %lld, added %lld, already present %lld, skipped %lld\n",
              static_cast<long long>(report.read), static_cast<long long>(report.added),
              static_cast<long long>(report.present), static_cast<long long>(report.skipped));
  for (const auto& [reason, count] : report.skipped_reasons) {
    std::printf("    skipped %lld: %s\n", static_cast<long long>(count), reason.c_str());
  }
  if (report.added == 0) {
    std::printf("  nothing new: every event was already in the database");
    if (report.previous) {
      std::printf(" (same archive imported %s)",
                  FormatIso8601Ms(report.previous->finished_at_ms).c_str());
    }
    std::printf("\n");
  }
  if (report.partial) {
    std::printf("  partial import: %zu entr%s failed and added nothing (see errors)\n",
                report.failures.size(), report.failures.size() == 1 ? "y" : "ies");
  }
}

void WriteJson(JsonWriter& writer, const FileImportReport& report) {
  writer.StartObject();
  WriteMember(writer, "file", report.file);
  WriteMember(writer, "platform", report.platform);
  WriteMember(writer, "status", FileState(report));
  WriteMember(writer, "content_hash", report.content_hash);
  WriteMember(writer, "read", report.read);
  WriteMember(writer, "added", report.added);
  WriteMember(writer, "present", report.present);
  WriteMember(writer, "skipped", report.skipped);
  writer.Key("skipped_reasons");
  writer.StartObject();
  for (const auto& [reason, count] : report.skipped_reasons) WriteMember(writer, reason, count);
  writer.EndObject();
  writer.Key("errors");
  writer.StartArray();
  if (!report.status.ok()) {
    writer.StartObject();
    WriteMember(writer, "code", StatusCodeName(report.status.code()));
    WriteMember(writer, "message", WithFile(report.file, report.status.message()));
    writer.EndObject();
  }
  for (const EntryFailure& failure : report.failures) {
    writer.StartObject();
    WriteMember(writer, "code", StatusCodeName(failure.status.code()));
    WriteMember(writer, "entry", failure.entry);
    WriteMember(writer, "message", WithFile(report.file, failure.status.message()));
    writer.EndObject();
  }
  writer.EndArray();
  if (!report.note.empty()) WriteMember(writer, "note", report.note);
  if (report.previous) {
    WriteMember(writer, "previously_imported_at",
                FormatIso8601Ms(report.previous->finished_at_ms));
  }
  writer.EndObject();
}

}  // namespace

int RunImport(const GlobalOptions& options, const std::vector<std::string>& paths) {
  Result<std::filesystem::path> db_path = DatabasePath(options);
  if (!db_path) return ReportError(db_path.error());
  Result<Store> store = Store::Open(*db_path);
  if (!store) return ReportError(store.error());

  ProgressBar bar(!options.json && !options.quiet && ::isatty(STDERR_FILENO) == 1);
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  BeginDocument(writer);
  writer.Key("files");
  writer.StartArray();
  int exit_code = 0;
  for (const std::string& path : paths) {
    ImportOptions import_options;
    import_options.progress = [&bar, &path](uint64_t done, uint64_t total) {
      bar.Update(path, done, total);
    };
    const FileImportReport report = ImportArchive(path, *store, import_options);
    bar.Clear();
    const Status outcome = report.Outcome();
    if (!outcome.ok()) {
      if (exit_code == 0) exit_code = ExitCodeFor(outcome.code());
      if (!report.status.ok()) {
        std::fprintf(stderr, "touchpoint: %s\n", WithFile(path, report.status.message()).c_str());
      }
      for (const EntryFailure& failure : report.failures) {
        std::fprintf(stderr, "touchpoint: %s\n", WithFile(path, failure.status.message()).c_str());
      }
    }
    if (options.json) {
      WriteJson(writer, report);
    } else {
      PrintHuman(report);
    }
  }
  writer.EndArray();
  // Scoring is not done here: the commands that read scores catch up incrementally first
  // (see CatchUp), so an import only ingests.
  WriteMember(writer, "exit_code", int64_t{exit_code});
  writer.EndObject();
  if (options.json) PrintDocument(buffer);
  return exit_code;
}

}  // namespace touchpoint::cli
