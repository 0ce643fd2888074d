#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/status.h"

namespace touchpoint::test {

// One file to put into a generated archive or folder. A path ending in '/' is a directory.
struct FileSpec {
  std::string path;     // '/'-separated, UTF-8; written as given (no normalisation)
  std::string content;  // ignored for directories
};

// Writes a zip with `files` in the given order, deflated when `compress` (stored otherwise),
// names flagged as UTF-8. Timestamps are fixed, so the same input gives the same bytes.
// kIoError on failure.
Status WriteZip(const std::filesystem::path& out, const std::vector<FileSpec>& files,
                bool compress = true);

// Creates `files` below `dir` (created if missing). kIoError on failure.
Status WriteFolder(const std::filesystem::path& dir, const std::vector<FileSpec>& files);

}  // namespace touchpoint::test
