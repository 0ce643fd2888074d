#include "connectors/archive_import.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "connectors/background_writer.h"
#include "connectors/connector.h"

namespace touchpoint {
namespace {

int64_t SystemNowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// Counts one entry's events and hands them to the background writer; progress is reported
// over the whole file.
class WriterSink final : public EventSink {
 public:
  WriterSink(BackgroundWriter& writer, const ImportOptions& options, uint64_t total)
      : writer_(writer), options_(options), total_(total) {}

  Status Emit(Event event) override {
    if (options_.cancel != nullptr && options_.cancel->load(std::memory_order_relaxed)) {
      return Status(StatusCode::kUnavailable, "import stopped: touchpoint is shutting down");
    }
    ++counts_.read;
    return writer_.Write(std::move(event));
  }

  void Skip(std::string_view reason) override {
    ++counts_.skipped;
    ++counts_.reasons[std::string(reason)];
  }

  void Progress(uint64_t entry_bytes_done) override {
    if (options_.progress) options_.progress(done_before_entry_ + entry_bytes_done, total_);
  }

  void StartEntry(uint64_t done_before) {
    counts_ = {};
    done_before_entry_ = done_before;
  }

  void AddEntryTo(FileImportReport& report, const BackgroundWriter::EntryCounts& written) const {
    report.read += counts_.read;
    report.added += written.added;
    report.present += written.present;
    report.skipped += counts_.skipped;
    for (const auto& [reason, count] : counts_.reasons) report.skipped_reasons[reason] += count;
  }

 private:
  struct Counts {
    int64_t read = 0, skipped = 0;
    std::map<std::string, int64_t> reasons;
  };
  BackgroundWriter& writer_;
  const ImportOptions& options_;
  uint64_t total_;
  uint64_t done_before_entry_ = 0;
  Counts counts_;
};

std::unique_ptr<ArchiveImporter> FindImporter(ArchiveReader& archive, std::string& platform) {
  for (const ConnectorDescriptor* connector : Connectors()) {
    std::unique_ptr<ArchiveImporter> importer = connector->make_archive_importer();
    if (importer && importer->Recognizes(archive)) {
      platform = connector->name;
      return importer;
    }
  }
  return nullptr;
}

std::string KnownPlatforms() {
  std::string names;
  for (const ConnectorDescriptor* connector : Connectors()) {
    if (!names.empty()) names += ", ";
    names += connector->description;
  }
  return names.empty() ? "no connector is compiled in" : "looked for: " + names;
}

// Reads every planned entry in its own transaction. Malformed input (kDataError) fails that
// entry alone; any other error means the store itself broke, and stops the whole file.
Status ReadEntries(ArchiveReader& archive, ArchiveImporter& importer, const ArchivePlan& plan,
                   ImportSession& session, const ImportOptions& options,
                   FileImportReport& report) {
  uint64_t total = 0;
  for (const ArchiveEntry& entry : plan.entries) total += entry.size;
  BackgroundWriter writer(session);
  WriterSink sink(writer, options, total);
  uint64_t done = 0;
  for (const ArchiveEntry& entry : plan.entries) {
    if (Status status = writer.BeginEntry(); !status.ok()) return status;
    sink.StartEntry(done);
    Status status = importer.ReadEntry(archive, entry, sink);
    if (status.ok()) {
      Result<BackgroundWriter::EntryCounts> written = writer.CommitEntry();
      if (!written) return written.error();
      sink.AddEntryTo(report, *written);
    } else {
      writer.AbortEntry();
      if (status.code() != StatusCode::kDataError) return status;
      report.failures.push_back({entry.path, status});
    }
    done += entry.size;
    sink.StartEntry(done);  // progress counts from the end of this entry now, never backwards
    sink.Progress(0);
  }
  return Status::Ok();
}

void ImportInto(ArchiveReader& archive, ImportTarget& target, const ImportOptions& options,
                FileImportReport& report) {
  const int64_t started_at = options.now_ms();
  std::unique_ptr<ArchiveImporter> importer = FindImporter(archive, report.platform);
  if (!importer) {
    report.status = Status(StatusCode::kDataError,
                           archive.display_name() + ": not a recognised export archive (" +
                               KnownPlatforms() + ")");
    return;
  }
  Result<std::optional<Identity>> known_owner = target.FindOwner(report.platform);
  if (!known_owner) {
    report.status = known_owner.error();
    return;
  }
  Result<ArchivePlan> plan =
      importer->Plan(archive, known_owner->has_value() ? &**known_owner : nullptr);
  if (!plan) {
    report.status = plan.error();
    return;
  }
  if (!plan->nothing_to_import.empty()) {
    report.note = plan->nothing_to_import;
    return;
  }
  Result<std::string> hash = archive.ContentHash();
  if (!hash) {
    report.status = hash.error();
    return;
  }
  report.content_hash = *hash;
  Result<std::optional<ImportRecord>> previous = target.FindImport(*hash);
  if (!previous) {
    report.status = previous.error();
    return;
  }
  report.previous = *previous;

  const ImportSource source{archive.display_name(), *hash, report.platform};
  Result<std::unique_ptr<ImportSession>> session = target.BeginImport(source);
  if (!session) {
    report.status = session.error();
    return;
  }
  if (Status status = (*session)->SetOwner(report.platform, plan->owner); !status.ok()) {
    report.status = status;
    return;
  }
  if (Status status = ReadEntries(archive, *importer, *plan, **session, options, report);
      !status.ok()) {
    report.status = status;
    return;
  }
  report.partial = !report.failures.empty();
  if (report.read == 0) {
    // Nothing usable: either every data entry failed, or a recognised archive held no
    // touchpoints at all. Either way the import adds nothing and is not recorded.
    report.status = report.failures.empty()
                        ? Status(StatusCode::kDataError,
                                 archive.display_name() +
                                     ": no events found although the archive is not empty")
                        : report.failures.front().status;
    return;
  }
  ImportRecord record;
  record.source = source;
  record.started_at_ms = started_at;
  record.finished_at_ms = options.now_ms();
  record.partial = report.partial;
  record.read = report.read;
  record.added = report.added;
  record.present = report.present;
  record.skipped = report.skipped;
  record.report_json = ReportDetailsJson(report);
  Result<int64_t> id = (*session)->Finish(record);
  if (!id) {
    report.status = id.error();
    return;
  }
  report.import_id = *id;
}

}  // namespace

Status FileImportReport::Outcome() const {
  if (!status.ok()) return status;
  if (!failures.empty()) return failures.front().status;
  return Status::Ok();
}

namespace {

FileImportReport ImportOpened(Result<std::unique_ptr<ArchiveReader>> archive, std::string file,
                              ImportTarget& target, const ImportOptions& options) {
  FileImportReport report;
  report.file = std::move(file);
  ImportOptions effective = options;
  if (!effective.now_ms) effective.now_ms = SystemNowMs;
  if (!archive) {
    report.status = archive.error();
    return report;
  }
  ImportInto(**archive, target, effective, report);
  if (!report.status.ok()) {
    // Nothing of a failed file is kept, so its counts would mislead.
    report.read = report.added = report.present = report.skipped = 0;
    report.skipped_reasons.clear();
  }
  return report;
}

}  // namespace

FileImportReport ImportArchive(const std::filesystem::path& path, ImportTarget& target,
                               const ImportOptions& options) {
  return ImportOpened(ArchiveReader::Open(path), path.string(), target, options);
}

FileImportReport ImportDescriptor(int fd, const std::string& display_name, ImportTarget& target,
                                  const ImportOptions& options) {
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    // An extracted export folder: read it through the descriptor's /proc path, which stays
    // valid whatever the caller's path was and even where that path is hidden from us.
    return ImportOpened(ArchiveReader::Open("/proc/self/fd/" + std::to_string(fd)), display_name,
                        target, options);
  }
  const int owned = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);  // the reader closes its copy
  if (owned < 0) {
    FileImportReport report;
    report.file = display_name;
    report.status = Status(StatusCode::kNoInput, display_name + ": " + std::strerror(errno));
    return report;
  }
  return ImportOpened(ArchiveReader::OpenDescriptor(owned, display_name), display_name, target,
                      options);
}

std::string ReportDetailsJson(const FileImportReport& report) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  writer.Key("skipped");
  writer.StartObject();
  for (const auto& [reason, count] : report.skipped_reasons) {
    writer.Key(reason.c_str(), static_cast<rapidjson::SizeType>(reason.size()));
    writer.Int64(count);
  }
  writer.EndObject();
  writer.Key("errors");
  writer.StartArray();
  for (const EntryFailure& failure : report.failures) {
    writer.StartObject();
    writer.Key("entry");
    writer.String(failure.entry.c_str(), static_cast<rapidjson::SizeType>(failure.entry.size()));
    writer.Key("message");
    writer.String(failure.status.message().c_str(),
                  static_cast<rapidjson::SizeType>(failure.status.message().size()));
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return buffer.GetString();
}

}  // namespace touchpoint
