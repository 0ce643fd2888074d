#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace touchpoint {

// One regular file inside an export archive.
struct ArchiveEntry {
  std::string path;   // relative to the archive root, '/'-separated, no leading "./" or "/"
  uint64_t size = 0;  // uncompressed size in bytes as the container states it (0 if unknown)

  // The last path component ("data/tweets.js" -> "tweets.js").
  std::string_view basename() const noexcept;
};

// Sequential reader of one entry's bytes. Not thread-safe; one reader at a time per archive,
// and it must not outlive the ArchiveReader that opened it (it uses the reader's handle).
class EntryStream {
 public:
  virtual ~EntryStream() = default;
  // Returns the next chunk of the entry; an empty view means the end of the entry. The view
  // stays valid until the next call. A container error (CRC mismatch, truncated data) comes
  // back as kDataError naming the entry.
  virtual Result<std::string_view> Read() = 0;
  // Bytes handed out so far.
  virtual uint64_t position() const noexcept = 0;
};

// Reads an export archive without unpacking it to disk: a zip file (through libarchive) or an
// already extracted folder. Listing happens once at Open(); entries are then streamed one at a
// time with OpenEntry(). Not thread-safe.
class ArchiveReader {
 public:
  // Opens `path`. Errors: kNoInput when the path is missing or unreadable; kDataError when it
  // is not a regular file or folder, or not a readable archive (empty, not a zip, truncated).
  // Every message names the path.
  static Result<std::unique_ptr<ArchiveReader>> Open(const std::filesystem::path& path);

  // Opens an archive from an open descriptor, taking ownership of it (the daemon receives
  // files as descriptors). `display_name` is used in messages. Same errors as Open().
  static Result<std::unique_ptr<ArchiveReader>> OpenDescriptor(int fd, std::string display_name);

  virtual ~ArchiveReader() = default;

  // The path or name given at open, for messages.
  const std::string& display_name() const noexcept { return display_name_; }

  // Every regular file, in container order (zip) or sorted by path (folder). Directories,
  // symlinks, entries with unsafe paths ("..") and names libarchive cannot decode are not
  // listed.
  const std::vector<ArchiveEntry>& entries() const noexcept { return entries_; }

  // Total uncompressed size of all entries, for progress.
  uint64_t total_size() const noexcept;

  // Streams one entry of entries() (anything else is kUsage). The previous stream, if any,
  // must be destroyed first. Reading in listing order is cheap; going back re-reads headers.
  virtual Result<std::unique_ptr<EntryStream>> OpenEntry(const ArchiveEntry& entry) = 0;

  // Reads a whole entry into memory; kDataError if it is larger than `max_bytes`.
  Result<std::string> ReadAll(const ArchiveEntry& entry, uint64_t max_bytes);

  // A hex digest that identifies the archive's content, independent of its file name: XXH3-128
  // of the file's bytes for a container; for a folder, XXH3-128 over each entry's path, a NUL
  // and the XXH3-128 of its bytes, in path order.
  virtual Result<std::string> ContentHash() = 0;

 protected:
  ArchiveReader(std::string display_name, std::vector<ArchiveEntry> entries)
      : display_name_(std::move(display_name)), entries_(std::move(entries)) {}

 private:
  std::string display_name_;
  std::vector<ArchiveEntry> entries_;
};

}  // namespace touchpoint
