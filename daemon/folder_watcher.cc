#include "daemon/folder_watcher.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <boost/asio/post.hpp>
#include <cassert>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

namespace touchpoint {

namespace fs = std::filesystem;
using std::chrono::steady_clock;

namespace {

// What must stay the same for a candidate to count as complete.
struct Signature {
  uintmax_t size = 0;
  uintmax_t files = 0;
  fs::file_time_type mtime{};
  bool operator==(const Signature&) const = default;
};

struct Candidate {
  Signature seen;                       // at the last scan
  steady_clock::time_point seen_since;  // when `seen` was first observed
  std::optional<Signature> handed;      // what was last handed over
  bool importing = false;
  std::optional<ImportResult> result;  // of the last finished hand-over
};

// Hidden files and the names browsers and download tools give unfinished downloads.
bool SkippedName(std::string_view name) {
  if (name.empty() || name.front() == '.') return true;
  constexpr std::array<std::string_view, 5> kPartialSuffixes = {".part", ".partial", ".crdownload",
                                                                ".download", ".tmp"};
  return std::any_of(kPartialSuffixes.begin(), kPartialSuffixes.end(),
                     [name](std::string_view suffix) { return name.ends_with(suffix); });
}

void Include(Signature& signature, const fs::directory_entry& entry, std::error_code& error) {
  const fs::file_status status = entry.symlink_status(error);
  if (error) return;
  if (fs::is_regular_file(status)) {
    signature.size += entry.file_size(error);
    if (error) return;
    ++signature.files;
  } else if (!fs::is_directory(status)) {
    return;  // symlinks, sockets, fifos inside an export folder do not change its content
  }
  signature.mtime = std::max(signature.mtime, entry.last_write_time(error));
}

// The candidate's signature; nullopt when it vanished or cannot be read (tried next scan).
std::optional<Signature> SignatureOf(const fs::directory_entry& candidate) {
  std::error_code error;
  Signature signature;
  if (candidate.is_regular_file(error)) {
    signature.size = candidate.file_size(error);
    signature.files = 1;
    if (!error) signature.mtime = candidate.last_write_time(error);
    return error ? std::nullopt : std::optional(signature);
  }
  signature.mtime = candidate.last_write_time(error);
  if (error) return std::nullopt;
  fs::recursive_directory_iterator it(candidate.path(), error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    Include(signature, *it, error);
  }
  return error ? std::nullopt : std::optional(signature);
}

}  // namespace

struct FolderWatcher::Dir {
  fs::path path;
  bool available = false;
  bool unavailable_logged = false;
  std::map<fs::path, Candidate> candidates;
  WatchedDirStatus counters;
};

FolderWatcherOptions FolderWatcherOptions::FromConfig(const WatchConfig& config) {
  FolderWatcherOptions options;
  options.dirs.assign(config.dirs.begin(), config.dirs.end());
  // The config file does not check ranges: a zero or negative interval would spin the loop.
  options.scan_interval = std::chrono::seconds(std::max<int64_t>(config.scan_interval_seconds, 1));
  options.settle = std::chrono::seconds(std::max<int64_t>(config.settle_seconds, 0));
  return options;
}

FolderWatcher::FolderWatcher(boost::asio::io_context& io, FolderWatcherOptions options,
                             ImportFn import)
    : io_(io), import_(std::move(import)), timer_(io) {
  Reconfigure(std::move(options));
}

FolderWatcher::~FolderWatcher() = default;

void FolderWatcher::Start() {
  if (running_) return;
  running_ = true;
  ScheduleScan(std::chrono::nanoseconds(0));
}

void FolderWatcher::Stop() {
  running_ = false;
  ++generation_;
  timer_.cancel();
  // Their results will be ignored; hand them over again after a restart (imports are
  // idempotent by content).
  for (auto& dir : dirs_) {
    for (auto& [path, candidate] : dir->candidates) {
      if (!candidate.importing) continue;
      candidate.importing = false;
      candidate.handed.reset();
    }
  }
}

void FolderWatcher::Reconfigure(FolderWatcherOptions options) {
  assert(options.scan_interval.count() > 0);
  std::vector<std::unique_ptr<Dir>> dirs;
  for (const fs::path& path : options.dirs) {
    auto same = [&path](const std::unique_ptr<Dir>& dir) { return dir && dir->path == path; };
    if (std::any_of(dirs.begin(), dirs.end(), same)) continue;  // listed twice
    auto kept = std::find_if(dirs_.begin(), dirs_.end(), same);
    std::unique_ptr<Dir> dir = kept != dirs_.end() ? std::move(*kept) : std::make_unique<Dir>();
    dir->path = path;
    dir->counters.dir = path;
    for (auto& [name, candidate] : dir->candidates) {
      if (candidate.result == ImportResult::kFailed) candidate.handed.reset();
    }
    dirs.push_back(std::move(dir));
  }
  dirs_ = std::move(dirs);
  options_ = std::move(options);
  if (running_) ScheduleScan(std::chrono::nanoseconds(0));
}

std::vector<WatchedDirStatus> FolderWatcher::Snapshot() const {
  std::vector<WatchedDirStatus> out;
  for (const auto& dir : dirs_) {
    WatchedDirStatus status = dir->counters;
    status.available = dir->available;
    status.settling =
        std::count_if(dir->candidates.begin(), dir->candidates.end(), [](const auto& item) {
          const Candidate& candidate = item.second;
          return candidate.importing || candidate.handed != candidate.seen;
        });
    out.push_back(std::move(status));
  }
  return out;
}

void FolderWatcher::ScheduleScan(std::chrono::nanoseconds delay) {
  // Re-arming cancels the pending wait, but a handler already queued with success would still
  // run: the sequence number tells it that it is stale.
  const uint64_t seq = ++scan_seq_;
  timer_.expires_after(delay);
  std::weak_ptr<int> alive = alive_;
  timer_.async_wait([this, alive, seq](const boost::system::error_code& error) {
    if (error || !alive.lock() || seq != scan_seq_ || !running_) return;
    Scan();
  });
}

void FolderWatcher::Scan() {
  for (auto& dir : dirs_) ScanDir(*dir);
  ScheduleScan(options_.scan_interval);
}

void FolderWatcher::ScanDir(Dir& dir) {
  const steady_clock::time_point now = steady_clock::now();
  std::set<fs::path> listed;
  std::error_code error;
  fs::directory_iterator it(dir.path, error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    const fs::directory_entry& entry = *it;
    if (SkippedName(entry.path().filename().string())) continue;
    std::error_code type_error;
    if (!entry.is_regular_file(type_error) && !entry.is_directory(type_error)) continue;
    const std::optional<Signature> signature = SignatureOf(entry);
    if (!signature) continue;
    listed.insert(entry.path());
    auto [slot, added] = dir.candidates.try_emplace(entry.path());
    Candidate& candidate = slot->second;
    if (added || candidate.seen != *signature) {
      candidate.seen = *signature;
      candidate.seen_since = now;
    }
    if (candidate.importing || candidate.handed == candidate.seen) continue;
    if (now - candidate.seen_since >= options_.settle) HandOver(dir, entry.path());
  }
  if (error) {
    dir.available = false;
    if (!dir.unavailable_logged) {
      spdlog::warn("watched folder {}: {}; looking again at every scan", dir.path.string(),
                   error.message());
      dir.unavailable_logged = true;
    }
    return;  // a partial listing must not make candidates look deleted
  }
  if (dir.unavailable_logged)
    spdlog::info("watched folder {} is readable again", dir.path.string());
  dir.available = true;
  dir.unavailable_logged = false;
  std::erase_if(dir.candidates, [&listed](const auto& item) {
    return !item.second.importing && !listed.contains(item.first);
  });
}

void FolderWatcher::HandOver(Dir& dir, const fs::path& path) {
  Candidate& candidate = dir.candidates.at(path);
  candidate.importing = true;
  candidate.handed = candidate.seen;
  spdlog::debug("watched folder {}: importing {}", dir.path.string(), path.filename().string());
  std::weak_ptr<int> alive = alive_;
  boost::asio::io_context& io = io_;
  ImportDone done = [this, alive, &io, dir_path = dir.path, path,
                     generation = generation_](ImportResult result) {
    boost::asio::post(io, [this, alive, dir_path, path, generation, result] {
      if (alive.lock()) OnImported(dir_path, path, generation, result);
    });
  };
  import_(path, std::move(done));
}

void FolderWatcher::OnImported(const fs::path& dir_path, const fs::path& path, uint64_t generation,
                               ImportResult result) {
  if (generation != generation_) return;
  auto dir = std::find_if(dirs_.begin(), dirs_.end(),
                          [&dir_path](const auto& d) { return d->path == dir_path; });
  if (dir == dirs_.end()) return;  // the folder was removed from the config meanwhile
  auto found = (*dir)->candidates.find(path);
  if (found == (*dir)->candidates.end() || !found->second.importing) return;
  Candidate& candidate = found->second;
  candidate.importing = false;
  candidate.result = result;
  WatchedDirStatus& counters = (*dir)->counters;
  switch (result) {
    case ImportResult::kImported:
      ++counters.imported;
      break;
    case ImportResult::kAlreadyImported:
      ++counters.already_imported;
      break;
    case ImportResult::kNotAnArchive:
      ++counters.ignored;
      spdlog::info("watched folder {}: {} is not an export archive; ignored while unchanged",
                   dir_path.string(), path.filename().string());
      break;
    case ImportResult::kFailed:
      // The importer logged why; say what happens next.
      ++counters.failed;
      spdlog::warn(
          "watched folder {}: importing {} failed; tried again when it changes or "
          "the config is reloaded",
          dir_path.string(), path.filename().string());
      break;
  }
}

}  // namespace touchpoint
