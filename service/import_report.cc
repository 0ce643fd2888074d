#include "service/import_report.h"

#include "connectors/common/timestamp.h"

namespace touchpoint {

std::string_view ImportState(const FileImportReport& report) {
  if (!report.status.ok()) return "failed";
  return report.partial ? "partial" : "ok";
}

std::string WithFile(const std::string& file, const std::string& message) {
  if (message.starts_with(file)) return message;
  return file + ": " + message;
}

void WriteImportReport(JsonWriter& writer, const FileImportReport& report) {
  writer.StartObject();
  WriteMember(writer, "file", report.file);
  WriteMember(writer, "platform", report.platform);
  WriteMember(writer, "status", ImportState(report));
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
  const Status outcome = report.Outcome();
  WriteMember(writer, "exit_code", int64_t{outcome.ok() ? 0 : ExitCodeFor(outcome.code())});
  writer.EndObject();
}

}  // namespace touchpoint
