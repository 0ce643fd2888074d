#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/import_session.h"
#include "core/status.h"

namespace touchpoint {

// An archive entry that failed and added nothing.
struct EntryFailure {
  std::string entry;
  Status status;
};

// What importing one file did. `status` is not ok when the file added nothing at all
// (unreadable, not recognised, no events); `failures` lists entries rolled back inside an
// otherwise imported file (then `partial` is true).
struct FileImportReport {
  std::string file;
  std::string platform;
  std::string content_hash;
  Status status;
  bool partial = false;
  int64_t read = 0;
  int64_t added = 0;
  int64_t present = 0;
  int64_t skipped = 0;
  std::map<std::string, int64_t> skipped_reasons;
  std::vector<EntryFailure> failures;
  std::optional<ImportRecord> previous;  // an earlier import of the same content
  std::string note;  // why a recognised archive added nothing although that is fine
  int64_t import_id = 0;

  // The status that decides the exit code: the file's, else 65 for a partial import.
  Status Outcome() const;
};

struct ImportOptions {
  // Called with bytes done and bytes total of the current file as the import advances.
  std::function<void(uint64_t done, uint64_t total)> progress;
  // The wall clock in UTC milliseconds; injectable for tests.
  std::function<int64_t()> now_ms;
  // When set and it turns true, the entry being read is rolled back and the import stops
  // (kUnavailable); entries committed before stay, and re-importing adds the rest.
  const std::atomic<bool>* cancel = nullptr;
};

// Imports one export archive (zip or folder) into `target`: recognises the platform by
// content, reads every data entry in its own savepoint, and records the import. Never throws.
FileImportReport ImportArchive(const std::filesystem::path& path, ImportTarget& target,
                               const ImportOptions& options);

// The same for an archive the caller opened (a file or a directory descriptor, e.g. passed
// over a socket); `display_name` names it in messages. Does not take ownership of `fd`.
FileImportReport ImportDescriptor(int fd, const std::string& display_name, ImportTarget& target,
                                  const ImportOptions& options);

// The report as the JSON object stored with the import (skipped reasons, entry errors).
std::string ReportDetailsJson(const FileImportReport& report);

}  // namespace touchpoint
