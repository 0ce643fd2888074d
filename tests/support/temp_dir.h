#pragma once

#include <filesystem>
#include <string_view>

#include "core/status.h"

// Test helpers live in touchpoint::test (as in leveldb), not touchpoint::testing: a nested
// `testing` would hide GoogleTest's ::testing from unqualified uses inside namespace touchpoint.
namespace touchpoint::test {

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it on destruction.
// Aborts the test program when the directory cannot be created: no test can run without it.
class TempDir {
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();

  const std::filesystem::path& path() const noexcept { return path_; }

  // Writes `content` to path()/relative, creating parent directories, and returns the full
  // path. A failure is reported as a non-fatal GoogleTest failure.
  std::filesystem::path Write(std::string_view relative, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

// Writes `content` to `path` (replacing it), creating parent directories. kIoError on failure.
Status WriteFile(const std::filesystem::path& path, std::string_view content);

}  // namespace touchpoint::test
