#include "daemon/folder_watcher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "tests/daemon/log_capture.h"
#include "tests/daemon/run_loop.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using std::chrono::milliseconds;
using std::chrono::steady_clock;

FolderWatcherOptions Fast(std::vector<fs::path> dirs) {
  FolderWatcherOptions options;
  options.dirs = std::move(dirs);
  options.scan_interval = 10ms;
  options.settle = 80ms;
  return options;
}

void Append(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::app | std::ios::binary) << text;
}

// An importer that records every hand-over with the size seen at that moment and answers at
// once with `result`.
struct FakeImporter {
  ImportResult result = ImportResult::kImported;
  std::vector<fs::path> handed;
  std::vector<uintmax_t> sizes;
  std::vector<steady_clock::time_point> times;

  ImportFn Fn() {
    return [this](const fs::path& path, ImportDone done) {
      handed.push_back(path);
      std::error_code ignored;
      sizes.push_back(fs::is_regular_file(path) ? fs::file_size(path, ignored) : 0);
      times.push_back(steady_clock::now());
      done(result);
    };
  }
  int CountOf(const fs::path& path) const {
    return static_cast<int>(std::count(handed.begin(), handed.end(), path));
  }
};

TEST(FolderWatcherTest, HandsOverAFileOnlyAfterItStoppedGrowing) {
  test::TempDir dir;
  boost::asio::io_context io;
  FakeImporter importer;
  FolderWatcher watcher(io, Fast({dir.path()}), importer.Fn());
  watcher.Start();
  const fs::path zip = dir.Write("twitter-2025.zip", std::string(1000, 'a'));
  RunFor(io, 50ms);  // less than settle
  Append(zip, std::string(500, 'b'));
  const steady_clock::time_point grown = steady_clock::now();
  RunFor(io, 50ms);
  EXPECT_TRUE(importer.handed.empty());

  ASSERT_TRUE(RunUntil(io, [&] { return !importer.handed.empty(); }));
  EXPECT_EQ(importer.handed[0], zip);
  EXPECT_EQ(importer.sizes[0], 1500u);
  EXPECT_GE(importer.times[0] - grown, 80ms);

  RunFor(io, 200ms);  // many more scans
  EXPECT_EQ(importer.handed.size(), 1u);
  const std::vector<WatchedDirStatus> status = watcher.Snapshot();
  ASSERT_EQ(status.size(), 1u);
  EXPECT_EQ(status[0].dir, dir.path());
  EXPECT_TRUE(status[0].available);
  EXPECT_EQ(status[0].imported, 1);
  EXPECT_EQ(status[0].settling, 0);
}

TEST(FolderWatcherTest, SkipsHiddenAndPartialDownloads) {
  test::TempDir dir;
  boost::asio::io_context io;
  FakeImporter importer;
  for (const char* name : {".hidden.zip", "a.zip.part", "b.zip.crdownload", "c.tmp",
                           "d.zip.partial", "e.zip.download"}) {
    dir.Write(name, "partial");
  }
  dir.Write(".hidden_folder/data.js", "x");
  const fs::path real = dir.Write("real.zip", "complete");
  FolderWatcher watcher(io, Fast({dir.path()}), importer.Fn());
  watcher.Start();
  ASSERT_TRUE(RunUntil(io, [&] { return !importer.handed.empty(); }));
  RunFor(io, 150ms);
  EXPECT_EQ(importer.handed, std::vector<fs::path>{real});
}

TEST(FolderWatcherTest, AFileRenamedFromAPartialNameIsHandedOver) {
  test::TempDir dir;
  boost::asio::io_context io;
  FakeImporter importer;
  const fs::path partial = dir.Write("export.zip.crdownload", "bytes");
  FolderWatcher watcher(io, Fast({dir.path()}), importer.Fn());
  watcher.Start();
  RunFor(io, 150ms);
  EXPECT_TRUE(importer.handed.empty());
  fs::rename(partial, dir.path() / "export.zip");
  ASSERT_TRUE(RunUntil(io, [&] { return !importer.handed.empty(); }));
  EXPECT_EQ(importer.handed[0], dir.path() / "export.zip");
}

TEST(FolderWatcherTest, AnUnrecognisedFileIsLoggedOnceAndNotRetried) {
  test::LogCapture log;
  test::TempDir dir;
  boost::asio::io_context io;
  FakeImporter importer;
  importer.result = ImportResult::kNotAnArchive;
  const fs::path notes = dir.Write("notes.txt", "not an archive");
  FolderWatcher watcher(io, Fast({dir.path()}), importer.Fn());
  watcher.Start();
  ASSERT_TRUE(RunUntil(io, [&] { return !importer.handed.empty(); }));
  RunFor(io, 300ms);
  EXPECT_EQ(importer.CountOf(notes), 1);
  EXPECT_EQ(log.Count("notes.txt is not an export archive"), 1) << log.text();
  EXPECT_NE(log.text().find("[info]"), std::string::npos);
  EXPECT_EQ(watcher.Snapshot()[0].ignored, 1);
  EXPECT_EQ(watcher.Snapshot()[0].imported, 0);
}

TEST(FolderWatcherTest, AChangedFileIsHandedOverAgain) {
  test::TempDir dir;
  boost::asio::io_context io;
  FakeImporter importer;
  const fs::path zip = dir.Write("facebook.zip", "first");
  FolderWatcher watcher(io, Fast({dir.path()}), importer.Fn());
  watcher.Start();
  ASSERT_TRUE(RunUntil(io, [&] { return importer.handed.size() == 1; }));
  importer.result = ImportResult::kAlreadyImported;
  dir.Write("facebook.zip", "second, longer");
  ASSERT_TRUE(RunUntil(io, [&] { return importer.handed.size() == 2; }));
  EXPECT_EQ(importer.CountOf(zip), 2);
  EXPECT_EQ(importer.sizes[1], 14u);
  RunFor(io, 150ms);
  EXPECT_EQ(importer.handed.size(), 2u);
  EXPECT_EQ(watcher.Snapshot()[0].imported, 1);
  EXPECT_EQ(watcher.Snapshot()[0].already_imported, 1);
}

TEST(FolderWatcherTest, AnExtractedFolderSettlesOnItsWholeContent) {
  test::TempDir dir;
  boost::asio::io_context io;
  FakeImporter importer;
  FolderWatcher watcher(io, Fast({dir.path()}), importer.Fn());
  watcher.Start();
  dir.Write("export/data/tweets.js", "window.YTD.tweets.part0 = []");
  RunFor(io, 50ms);
  dir.Write("export/data/account.js", "window.YTD.account.part0 = []");  // still extracting
  RunFor(io, 50ms);
  EXPECT_TRUE(importer.handed.empty());
  ASSERT_TRUE(RunUntil(io, [&] { return !importer.handed.empty(); }));
  EXPECT_EQ(importer.handed[0], dir.path() / "export");
  RunFor(io, 150ms);
  EXPECT_EQ(importer.handed.size(), 1u);
  dir.Write("export/data/direct-messages.js", "window.YTD.direct_messages.part0 = []");
  ASSERT_TRUE(RunUntil(io, [&] { return importer.handed.size() == 2; }));
}

TEST(FolderWatcherTest, ASlowImportDoesNotBlockTheLoopOrRunTwice) {
  test::TempDir dir;
  boost::asio::io_context io;
  std::vector<fs::path> handed;
  std::vector<std::jthread> workers;  // joined on every return path, after `watcher` is gone
  ImportFn slow = [&](const fs::path& path, ImportDone done) {
    handed.push_back(path);
    workers.emplace_back([done] {
      std::this_thread::sleep_for(300ms);
      done(ImportResult::kImported);  // from a worker thread
    });
  };
  FolderWatcher watcher(io, Fast({dir.path()}), slow);
  watcher.Start();
  dir.Write("one.zip", "1");
  ASSERT_TRUE(RunUntil(io, [&] { return handed.size() == 1; }));
  dir.Write("two.zip", "2");  // while one.zip is still importing
  ASSERT_TRUE(RunUntil(
      io, [&] { return handed.size() == 2; }, 250ms));
  EXPECT_EQ(watcher.Snapshot()[0].settling, 2);
  ASSERT_TRUE(RunUntil(io, [&] { return watcher.Snapshot()[0].imported == 2; }));
  RunFor(io, 100ms);
  EXPECT_EQ(handed.size(), 2u);
}

TEST(FolderWatcherTest, AResultAfterTheWatcherIsGoneIsIgnored) {
  test::TempDir dir;
  boost::asio::io_context io;
  ImportDone pending;
  dir.Write("one.zip", "1");
  {
    FolderWatcher watcher(io, Fast({dir.path()}),
                          [&](const fs::path&, ImportDone done) { pending = std::move(done); });
    watcher.Start();
    ASSERT_TRUE(RunUntil(io, [&] { return static_cast<bool>(pending); }));
  }
  pending(ImportResult::kImported);
  RunFor(io, 20ms);  // the posted handler must not touch the destroyed watcher
}

TEST(FolderWatcherTest, AMissingFolderIsLoggedOnceAndWatchedWhenItAppears) {
  test::LogCapture log;
  test::TempDir dir;
  boost::asio::io_context io;
  FakeImporter importer;
  const fs::path later = dir.path() / "Downloads";
  FolderWatcher watcher(io, Fast({later}), importer.Fn());
  watcher.Start();
  RunFor(io, 100ms);
  EXPECT_EQ(log.Count("watched folder " + later.string() + ":"), 1) << log.text();
  EXPECT_FALSE(watcher.Snapshot()[0].available);
  dir.Write("Downloads/linkedin.zip", "zip");
  ASSERT_TRUE(RunUntil(io, [&] { return !importer.handed.empty(); }));
  EXPECT_TRUE(watcher.Snapshot()[0].available);
  EXPECT_EQ(log.Count("is readable again"), 1);
}

TEST(FolderWatcherTest, ReconfigureReplacesTheFoldersAndRetriesFailures) {
  test::TempDir a;
  test::TempDir b;
  boost::asio::io_context io;
  FakeImporter importer;
  importer.result = ImportResult::kFailed;
  const fs::path broken = a.Write("broken.zip", "x");
  FolderWatcher watcher(io, Fast({a.path()}), importer.Fn());
  watcher.Start();
  ASSERT_TRUE(RunUntil(io, [&] { return importer.handed.size() == 1; }));
  RunFor(io, 150ms);
  EXPECT_EQ(importer.CountOf(broken), 1);  // a failure is not retried while unchanged
  EXPECT_EQ(watcher.Snapshot()[0].failed, 1);

  // Reload with both folders: the failure in `a` is tried again, `b` is watched.
  importer.result = ImportResult::kImported;
  const fs::path in_b = b.Write("twitter.zip", "y");
  FolderWatcherOptions both = Fast({a.path(), b.path()});
  both.scan_interval = 20ms;
  watcher.Reconfigure(both);
  // Results come back through the loop: wait for the counters, not only the hand-overs.
  ASSERT_TRUE(RunUntil(io, [&] {
    const std::vector<WatchedDirStatus> status = watcher.Snapshot();
    return status.size() == 2 && status[0].imported == 1 && status[1].imported == 1;
  }));
  EXPECT_EQ(importer.handed.size(), 3u);
  EXPECT_EQ(importer.CountOf(broken), 2);
  EXPECT_EQ(importer.CountOf(in_b), 1);
  const std::vector<WatchedDirStatus> status = watcher.Snapshot();
  ASSERT_EQ(status.size(), 2u);
  EXPECT_EQ(status[0].failed, 1);  // counters kept across the reload
  EXPECT_EQ(status[0].imported, 1);
  EXPECT_EQ(status[1].imported, 1);

  // Reload with only `b`: new files in `a` are no longer seen.
  watcher.Reconfigure(Fast({b.path()}));
  a.Write("new.zip", "z");
  RunFor(io, 200ms);
  EXPECT_EQ(importer.CountOf(a.path() / "new.zip"), 0);
  ASSERT_EQ(watcher.Snapshot().size(), 1u);
  EXPECT_EQ(watcher.Snapshot()[0].dir, b.path());
}

TEST(FolderWatcherTest, StopHaltsScanningAndStartResumes) {
  test::TempDir dir;
  boost::asio::io_context io;
  FakeImporter importer;
  FolderWatcher watcher(io, Fast({dir.path()}), importer.Fn());
  watcher.Start();
  RunFor(io, 30ms);
  watcher.Stop();
  dir.Write("later.zip", "z");
  RunFor(io, 200ms);
  EXPECT_TRUE(importer.handed.empty());
  watcher.Start();
  ASSERT_TRUE(RunUntil(io, [&] { return importer.handed.size() == 1; }));
}

TEST(FolderWatcherTest, OptionsFromConfigAreInSeconds) {
  WatchConfig config;
  config.dirs = {"/srv/exports"};
  config.scan_interval_seconds = 7;
  config.settle_seconds = 3;
  const FolderWatcherOptions options = FolderWatcherOptions::FromConfig(config);
  EXPECT_EQ(options.dirs, std::vector<fs::path>{"/srv/exports"});
  EXPECT_EQ(options.scan_interval, 7s);
  EXPECT_EQ(options.settle, 3s);

  config.scan_interval_seconds = 0;
  config.settle_seconds = -1;
  EXPECT_EQ(FolderWatcherOptions::FromConfig(config).scan_interval, 1s);
  EXPECT_EQ(FolderWatcherOptions::FromConfig(config).settle, 0s);
}

}  // namespace
}  // namespace touchpoint
