#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/config.h"

namespace touchpoint {

// What importing one handed-over path came to.
enum class ImportResult {
  kImported,         // new content was imported
  kAlreadyImported,  // the same content (by hash) was imported before
  kNotAnArchive,     // no connector recognises it
  kFailed,           // a recognised archive that could not be imported
};

// Reports an import's result. May be called from any thread, once, while the io_context
// exists; the watcher handles it on the loop thread. A result arriving after Stop(),
// Reconfigure() without the path's folder, or the watcher's destruction is ignored.
using ImportDone = std::function<void(ImportResult)>;
// Starts importing `path` (a regular file or a directory) and returns at once; the import runs
// elsewhere and reports through `done`.
using ImportFn = std::function<void(const std::filesystem::path& path, ImportDone done)>;

struct FolderWatcherOptions {
  std::vector<std::filesystem::path> dirs;                             // listed twice counts once
  std::chrono::milliseconds scan_interval = std::chrono::seconds(10);  // > 0
  // How long a candidate's size, file count and mtime must stay the same, as seen by the
  // scans, before it is handed over.
  std::chrono::milliseconds settle = std::chrono::seconds(5);

  // From [watch]; a scan interval below 1 s is taken as 1 s, a negative settle time as 0.
  static FolderWatcherOptions FromConfig(const WatchConfig& config);
};

// Per-folder counters for the daemon's status. Counts are of hand-overs since the folder was
// first configured.
struct WatchedDirStatus {
  std::filesystem::path dir;
  bool available = false;  // listed at the last scan
  int64_t imported = 0;
  int64_t already_imported = 0;
  int64_t ignored = 0;  // not an archive
  int64_t failed = 0;
  int64_t settling = 0;  // candidates seen but not yet settled or still importing
};

// Watches folders for new export archives (zip files, or folders an export was extracted
// into). Every scan_interval it lists each folder, non-recursively; each regular file or
// directory is a candidate, except hidden names and partial downloads (".*", "*.part",
// "*.partial", "*.crdownload", "*.download", "*.tmp"). A candidate's signature is its size and
// mtime, for a directory the sum of its files' sizes, their count and the latest mtime
// (recursively, symlinks not followed). Once a signature has stayed the same for `settle`
// the path is handed to `import`, once; it is handed again only when its signature changes
// (a file replaced or still growing later), or, for kFailed, after Reconfigure(). A file no
// connector recognises is logged once at info. A missing or unreadable folder is logged once
// and scanned again at every interval.
//
// Not thread-safe: construct, call and destroy on the io_context's thread (only `done` may be
// called elsewhere). Scans run on that thread and only stat files; imports never do.
class FolderWatcher {
 public:
  FolderWatcher(boost::asio::io_context& io, FolderWatcherOptions options, ImportFn import);
  FolderWatcher(const FolderWatcher&) = delete;
  FolderWatcher& operator=(const FolderWatcher&) = delete;
  ~FolderWatcher();

  // Scans at once, then every scan_interval. No-op when running.
  void Start();
  // Cancels the timer; results of imports still running are ignored. Start() resumes.
  void Stop();

  // Replaces the folder list and timings (config reload). Folders kept keep what they have
  // handed over and their counters; failed imports in them are retried; removed folders are
  // forgotten. When running, the next scan is at once.
  void Reconfigure(FolderWatcherOptions options);

  // One entry per configured folder, in configuration order.
  std::vector<WatchedDirStatus> Snapshot() const;

 private:
  struct Dir;

  void ScheduleScan(std::chrono::nanoseconds delay);
  void Scan();
  void ScanDir(Dir& dir);
  void HandOver(Dir& dir, const std::filesystem::path& path);
  void OnImported(const std::filesystem::path& dir, const std::filesystem::path& path,
                  uint64_t generation, ImportResult result);

  boost::asio::io_context& io_;
  FolderWatcherOptions options_;
  ImportFn import_;
  boost::asio::steady_timer timer_;
  bool running_ = false;
  uint64_t scan_seq_ = 0;  // bumped by every ScheduleScan(); older handlers do nothing
  // Bumped by Stop(): import results and timer handlers from before carry an older value.
  uint64_t generation_ = 0;
  std::vector<std::unique_ptr<Dir>> dirs_;
  // Expires with the watcher; handlers and `done` check it before touching `this`.
  std::shared_ptr<int> alive_ = std::make_shared<int>(0);
};

}  // namespace touchpoint
