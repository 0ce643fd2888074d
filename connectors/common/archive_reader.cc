#include "connectors/common/archive_reader.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#define XXH_STATIC_LINKING_ONLY  // for XXH3_state_t on the stack
#include <xxhash.h>

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <functional>
#include <numeric>
#include <optional>
#include <system_error>
#include <utility>

namespace touchpoint {
namespace {

namespace fs = std::filesystem;

constexpr size_t kFileChunk = 64 * 1024;  // folder entries are read in chunks of this size
constexpr size_t kHashChunk = 1 << 20;    // the container hash reads the file in these
constexpr size_t kMinBlock = 16 * 1024;   // first container read after a seek
constexpr size_t kMaxBlock = 1 << 20;     // container reads grow up to this while sequential

std::string ErrnoMessage(int error) { return std::generic_category().message(error); }

// "name: what: <errno text>" (or "name: <errno text>"), taking errno before it can change.
Status ErrnoStatus(StatusCode code, std::string_view name, std::string_view what = {}) {
  const int error = errno;
  std::string message(name);
  message += ": ";
  if (!what.empty()) {
    message += what;
    message += ": ";
  }
  message += ErrnoMessage(error);
  return Status(code, std::move(message));
}

Status DataError(std::string_view name, std::string_view what, std::string_view why) {
  std::string message(name);
  message += ": ";
  message += what;
  message += ": ";
  message += why;
  return Status(StatusCode::kDataError, std::move(message));
}

// Owns a file descriptor.
class UniqueFd {
 public:
  explicit UniqueFd(int fd) noexcept : fd_(fd) {}
  UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
  UniqueFd& operator=(UniqueFd&&) = delete;
  ~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const noexcept { return fd_; }
  int release() noexcept { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

// Streaming XXH3-128 with the canonical (big-endian) digest.
class Hasher {
 public:
  Hasher() noexcept {
    XXH3_INITSTATE(&state_);
    XXH3_128bits_reset(&state_);
  }
  void Update(std::string_view bytes) noexcept {
    XXH3_128bits_update(&state_, bytes.data(), bytes.size());
  }
  XXH128_canonical_t Digest() const noexcept {
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(&state_));
    return canonical;
  }
  std::string HexDigest() const {
    static constexpr char kHex[] = "0123456789abcdef";
    const XXH128_canonical_t digest = Digest();
    std::string hex;
    for (unsigned char byte : digest.digest) {
      hex += kHex[byte >> 4];
      hex += kHex[byte & 0xf];
    }
    return hex;
  }

 private:
  XXH3_state_t state_;
};

// Hands every chunk of `stream` to `consume` until the end or the first error.
template <typename Consume>
Status Drain(EntryStream& stream, Consume&& consume) {
  for (;;) {
    Result<std::string_view> chunk = stream.Read();
    if (!chunk) return chunk.error();
    if (chunk->empty()) return Status::Ok();
    if (Status status = consume(*chunk); !status.ok()) return status;
  }
}

// The listing index of `entry`. Callers normally pass a reference into entries(); a copy is
// looked up by path (first match).
std::optional<size_t> IndexOf(const std::vector<ArchiveEntry>& entries, const ArchiveEntry& entry) {
  const std::less<const ArchiveEntry*> before;
  const ArchiveEntry* begin = entries.data();
  const ArchiveEntry* end = begin + entries.size();
  if (!before(&entry, begin) && before(&entry, end)) return static_cast<size_t>(&entry - begin);
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].path == entry.path) return i;
  }
  return std::nullopt;
}

Status NotAnEntry(std::string_view name, const ArchiveEntry& entry) {
  return Status(StatusCode::kUsage,
                std::string(name) + ": " + entry.path + ": not an entry of this archive");
}

// Drops empty and "." components (so leading "./" and "/" go away); nullopt for a path with a
// ".." component, which could name something outside the archive root.
std::optional<std::string> NormalizeEntryPath(std::string_view raw) {
  std::string path;
  while (!raw.empty()) {
    const size_t slash = raw.find('/');
    const std::string_view part = raw.substr(0, slash);
    raw = slash == std::string_view::npos ? std::string_view() : raw.substr(slash + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") return std::nullopt;
    if (!path.empty()) path += '/';
    path += part;
  }
  if (path.empty()) return std::nullopt;
  return path;
}

// ---------------------------------------------------------------------------------------------
// Container (zip) reader.

// libarchive's view of the container file. Reads use pread at a private offset so nothing
// depends on, or moves, the descriptor's file position. Blocks start small after a seek,
// because in a zip most seeks land on a local header a few dozen bytes long (listing an archive
// of 50,000 media files must not read 50,000 large blocks), and double while reads stay
// sequential so a big entry streams in 1 MiB reads.
struct PreadSource {
  int fd = -1;
  int64_t size = 0;
  int64_t offset = 0;
  size_t block = kMinBlock;
  std::unique_ptr<char[]> buffer = std::make_unique<char[]>(kMaxBlock);

  static la_ssize_t Read(archive* a, void* data, const void** out) {
    auto* self = static_cast<PreadSource*>(data);
    for (;;) {
      const ssize_t n = ::pread(self->fd, self->buffer.get(), self->block, self->offset);
      if (n >= 0) {
        self->offset += n;
        self->block = std::min(self->block * 2, kMaxBlock);
        *out = self->buffer.get();
        return n;
      }
      if (const int error = errno; error != EINTR) {
        archive_set_error(a, error, "read failed: %s", ErrnoMessage(error).c_str());
        return ARCHIVE_FATAL;
      }
    }
  }

  // Skipping past the end stops at the end: libarchive then reads, gets nothing, and reports
  // the container as truncated.
  static la_int64_t Skip(archive*, void* data, la_int64_t request) {
    auto* self = static_cast<PreadSource*>(data);
    const int64_t skipped =
        std::max<int64_t>(0, std::min<int64_t>(request, self->size - self->offset));
    self->offset += skipped;
    self->block = kMinBlock;
    return skipped;
  }

  static la_int64_t Seek(archive*, void* data, la_int64_t offset, int whence) {
    auto* self = static_cast<PreadSource*>(data);
    const int64_t base = whence == SEEK_CUR ? self->offset : whence == SEEK_END ? self->size : 0;
    if (offset < -base) return ARCHIVE_FATAL;
    self->offset = base + offset;
    self->block = kMinBlock;
    return self->offset;
  }
};

// libarchive converts names flagged as UTF-8 to the locale's charset and drops the ones it cannot
// convert: in the "C" locale a daemon often runs in, every non-ASCII name. Header calls run with
// a UTF-8 LC_CTYPE for this thread only, so names arrive as UTF-8 whatever the process locale.
class Utf8CtypeScope {
 public:
  Utf8CtypeScope() noexcept {
    static const locale_t utf8 = ::newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t{});
    if (utf8 != locale_t{}) previous_ = ::uselocale(utf8);
  }
  Utf8CtypeScope(const Utf8CtypeScope&) = delete;
  Utf8CtypeScope& operator=(const Utf8CtypeScope&) = delete;
  ~Utf8CtypeScope() {
    if (previous_ != locale_t{}) ::uselocale(previous_);
  }

 private:
  locale_t previous_{};
};

// What the listing needs from one container header.
struct Header {
  bool regular = false;
  std::optional<std::string> path;  // as stored; nullopt when libarchive could not decode it
  uint64_t size = 0;
};

// One pass of libarchive over the container, from its first header onwards. Only the zip
// format is enabled, in its seekable flavour: it reads the central directory first, so a
// truncated file fails at open, and it checks every entry's sizes and CRC at the end of its
// data. Formats that read sequentially (tar) could not tell a file cut at an entry boundary
// from a complete one; "raw" would accept any file at all.
class ZipCursor {
 public:
  ZipCursor(int fd, int64_t size) : archive_(archive_read_new()) {
    source_.fd = fd;
    source_.size = size;
  }
  ZipCursor(const ZipCursor&) = delete;
  ZipCursor& operator=(const ZipCursor&) = delete;
  ~ZipCursor() { archive_read_free(archive_); }

  // Recognises the format and reads the central directory. Errors carry libarchive's message.
  Status Open() {
    if (archive_ == nullptr) return Status(StatusCode::kInternal, "out of memory");
    const Utf8CtypeScope utf8;
    archive_read_support_format_zip_seekable(archive_);
    archive_read_set_callback_data(archive_, &source_);
    archive_read_set_read_callback(archive_, &PreadSource::Read);
    archive_read_set_skip_callback(archive_, &PreadSource::Skip);
    archive_read_set_seek_callback(archive_, &PreadSource::Seek);
    if (archive_read_open1(archive_) != ARCHIVE_OK) return Error();
    return Status::Ok();
  }

  // The next header, or nullopt after the last one. Warnings (such as a name that does not
  // decode) are not errors; damaged data is caught when it is read.
  Result<std::optional<Header>> Next() {
    const Utf8CtypeScope utf8;
    archive_entry* entry = nullptr;
    const int r = archive_read_next_header(archive_, &entry);
    if (r == ARCHIVE_EOF) return std::nullopt;
    if (r < ARCHIVE_WARN) return Fail(Error());
    ++headers_read_;
    Header header;
    header.regular = archive_entry_filetype(entry) == AE_IFREG;
    // The UTF-8 form first; names stored without the UTF-8 flag come back as raw bytes.
    const char* path = archive_entry_pathname_utf8(entry);
    if (path == nullptr) path = archive_entry_pathname(entry);
    if (path != nullptr) header.path = path;
    if (archive_entry_size_is_set(entry))
      header.size = static_cast<uint64_t>(archive_entry_size(entry));
    return header;
  }

  // The next block of the current entry's data; an empty view at its end. A warning here is
  // an error: libarchive reports a CRC or size mismatch as ARCHIVE_WARN after the last block.
  Result<std::string_view> ReadData() {
    for (;;) {
      const void* block = nullptr;
      size_t size = 0;
      la_int64_t offset = 0;
      const int r = archive_read_data_block(archive_, &block, &size, &offset);
      if (r == ARCHIVE_EOF) return std::string_view();
      if (r != ARCHIVE_OK) return Fail(Error());
      if (size > 0) return std::string_view(static_cast<const char*>(block), size);
    }
  }

  // Headers returned by Next() so far; the n-th header has number n.
  size_t headers_read() const noexcept { return headers_read_; }

 private:
  Status Error() const {
    const char* message = archive_ != nullptr ? archive_error_string(archive_) : nullptr;
    return Status(StatusCode::kDataError,
                  message != nullptr ? message : "unknown libarchive error");
  }

  archive* archive_;
  PreadSource source_;
  size_t headers_read_ = 0;
};

class ContainerReader;

class ContainerStream final : public EntryStream {
 public:
  ContainerStream(ContainerReader& reader, std::string path)
      : reader_(reader), path_(std::move(path)) {}
  ~ContainerStream() override;

  Result<std::string_view> Read() override;
  uint64_t position() const noexcept override { return position_; }

 private:
  ContainerReader& reader_;
  std::string path_;
  uint64_t position_ = 0;
  bool done_ = false;
  Status error_;
};

class ContainerReader final : public ArchiveReader {
 public:
  static Result<std::unique_ptr<ArchiveReader>> Create(UniqueFd fd, std::string name,
                                                       int64_t size) {
    ZipCursor cursor(fd.get(), size);
    if (Status status = cursor.Open(); !status.ok()) return Fail(NotReadable(name, status));
    std::vector<ArchiveEntry> entries;
    std::vector<size_t> header_numbers;
    for (;;) {
      Result<std::optional<Header>> next = cursor.Next();
      if (!next) return Fail(NotReadable(name, next.error()));
      if (!*next) break;
      const Header& header = **next;
      if (!header.regular || !header.path) continue;
      std::optional<std::string> path = NormalizeEntryPath(*header.path);
      if (!path) continue;
      entries.push_back(ArchiveEntry{std::move(*path), header.size});
      header_numbers.push_back(cursor.headers_read());
    }
    return std::unique_ptr<ArchiveReader>(new ContainerReader(
        std::move(fd), std::move(name), size, std::move(entries), std::move(header_numbers)));
  }

  // Entries are found by walking headers; a cursor left after the previous entry is reused when
  // the wanted entry comes later, so reading entries in listing order walks the archive once.
  // Going back starts a new pass (one seek per header, no entry data is read).
  Result<std::unique_ptr<EntryStream>> OpenEntry(const ArchiveEntry& entry) override {
    assert(!stream_open_ && "destroy the previous EntryStream first");
    const std::optional<size_t> index = IndexOf(entries(), entry);
    if (!index) return Fail(NotAnEntry(display_name(), entry));
    const size_t target = header_numbers_[*index];
    const std::string& path = entries()[*index].path;
    if (cursor_ == nullptr || cursor_->headers_read() >= target) {
      cursor_ = std::make_unique<ZipCursor>(fd_.get(), size_);
      if (Status status = cursor_->Open(); !status.ok()) {
        cursor_.reset();
        return Fail(NotReadable(display_name(), status));
      }
    }
    while (cursor_->headers_read() < target) {
      Result<std::optional<Header>> next = cursor_->Next();
      if (!next || !*next) {
        cursor_.reset();
        return Fail(
            DataError(display_name(), path,
                      next ? "archive changed since it was opened" : next.error().message()));
      }
    }
    stream_open_ = true;
    return std::make_unique<ContainerStream>(*this, path);
  }

  Result<std::string> ContentHash() override {
    Hasher hasher;
    std::unique_ptr<char[]> buffer = std::make_unique<char[]>(kHashChunk);
    for (int64_t offset = 0;;) {
      const ssize_t n = ::pread(fd_.get(), buffer.get(), kHashChunk, offset);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return Fail(ErrnoStatus(StatusCode::kIoError, display_name(), "read failed"));
      if (n == 0) return hasher.HexDigest();
      hasher.Update(std::string_view(buffer.get(), static_cast<size_t>(n)));
      offset += n;
    }
  }

 private:
  friend class ContainerStream;

  ContainerReader(UniqueFd fd, std::string name, int64_t size, std::vector<ArchiveEntry> entries,
                  std::vector<size_t> header_numbers)
      : ArchiveReader(std::move(name), std::move(entries)),
        fd_(std::move(fd)),
        size_(size),
        header_numbers_(std::move(header_numbers)) {}

  static Status NotReadable(std::string_view name, const Status& cause) {
    return DataError(name, "not a readable archive", cause.message());
  }

  UniqueFd fd_;
  int64_t size_;
  std::vector<size_t> header_numbers_;  // per listed entry, its header number in the container
  std::unique_ptr<ZipCursor> cursor_;   // after an error, null: the next entry starts afresh
  bool stream_open_ = false;
};

ContainerStream::~ContainerStream() { reader_.stream_open_ = false; }

Result<std::string_view> ContainerStream::Read() {
  if (!error_.ok()) return Fail(error_);
  if (done_) return std::string_view();
  Result<std::string_view> block = reader_.cursor_->ReadData();
  if (!block) {
    error_ = DataError(reader_.display_name(), path_, block.error().message());
    reader_.cursor_.reset();
    return Fail(error_);
  }
  done_ = block->empty();
  position_ += block->size();
  return block;
}

// ---------------------------------------------------------------------------------------------
// Folder reader.

class FileStream final : public EntryStream {
 public:
  FileStream(UniqueFd fd, std::string name)
      : fd_(std::move(fd)), name_(std::move(name)), buffer_(std::make_unique<char[]>(kFileChunk)) {}

  Result<std::string_view> Read() override {
    for (;;) {
      const ssize_t n = ::read(fd_.get(), buffer_.get(), kFileChunk);
      if (n >= 0) {
        position_ += static_cast<uint64_t>(n);
        return std::string_view(buffer_.get(), static_cast<size_t>(n));
      }
      if (errno != EINTR) return Fail(ErrnoStatus(StatusCode::kIoError, name_, "read failed"));
    }
  }
  uint64_t position() const noexcept override { return position_; }

 private:
  UniqueFd fd_;
  std::string name_;
  std::unique_ptr<char[]> buffer_;
  uint64_t position_ = 0;
};

class FolderReader final : public ArchiveReader {
 public:
  static Result<std::unique_ptr<ArchiveReader>> Create(const fs::path& root, std::string name) {
    std::vector<ArchiveEntry> entries;
    if (Status status = List(root, "", entries); !status.ok()) return Fail(status);
    std::sort(entries.begin(), entries.end(),
              [](const ArchiveEntry& a, const ArchiveEntry& b) { return a.path < b.path; });
    return std::unique_ptr<ArchiveReader>(
        new FolderReader(root, std::move(name), std::move(entries)));
  }

  Result<std::unique_ptr<EntryStream>> OpenEntry(const ArchiveEntry& entry) override {
    // Only listed entries: a caller-made path must not reach outside the folder.
    const std::optional<size_t> index = IndexOf(entries(), entry);
    if (!index) return Fail(NotAnEntry(display_name(), entry));
    const std::string& path = entries()[*index].path;
    std::string name = display_name() + ": " + path;
    const int fd = ::open((root_ / path).c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return Fail(ErrnoStatus(StatusCode::kNoInput, name));
    return std::make_unique<FileStream>(UniqueFd(fd), std::move(name));
  }

  // Each file's own digest goes into the total after its path and a NUL, so the boundaries
  // between files are part of what is hashed: {a: "1", b: "2"} and {a: "1b\0" "2"} differ.
  Result<std::string> ContentHash() override {
    Hasher total;
    for (const ArchiveEntry& entry : entries()) {
      total.Update(entry.path);
      total.Update(std::string_view("\0", 1));
      Result<std::unique_ptr<EntryStream>> stream = OpenEntry(entry);
      if (!stream) return Fail(stream.error());
      Hasher content;
      const Status status = Drain(**stream, [&content](std::string_view chunk) {
        content.Update(chunk);
        return Status::Ok();
      });
      if (!status.ok()) return Fail(status);
      const XXH128_canonical_t digest = content.Digest();
      total.Update(std::string_view(reinterpret_cast<const char*>(digest.digest), sizeof digest));
    }
    return total.HexDigest();
  }

 private:
  FolderReader(fs::path root, std::string name, std::vector<ArchiveEntry> entries)
      : ArchiveReader(std::move(name), std::move(entries)), root_(std::move(root)) {}

  // Appends the regular files below root/relative. Symlinks are neither followed nor listed.
  static Status List(const fs::path& root, const std::string& relative,
                     std::vector<ArchiveEntry>& entries) {
    const fs::path dir = relative.empty() ? root : root / relative;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      std::string path = relative.empty() ? std::string() : relative + '/';
      path += it->path().filename().string();
      const fs::file_status status = it->symlink_status(ec);
      if (ec) break;
      if (fs::is_directory(status)) {
        if (Status listed = List(root, path, entries); !listed.ok()) return listed;
      } else if (fs::is_regular_file(status)) {
        const uintmax_t size = it->file_size(ec);
        if (ec) break;
        entries.push_back(ArchiveEntry{std::move(path), size});
      }
    }
    if (ec) return Status(StatusCode::kNoInput, dir.string() + ": " + ec.message());
    return Status::Ok();
  }

  fs::path root_;
};

}  // namespace

std::string_view ArchiveEntry::basename() const noexcept {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string_view(path)
                                    : std::string_view(path).substr(slash + 1);
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::Open(const fs::path& path) {
  // O_NONBLOCK keeps open() from hanging on a FIFO; it changes nothing for files and folders.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return Fail(ErrnoStatus(StatusCode::kNoInput, path.native()));
  UniqueFd owned(fd);
  struct stat st;
  if (::fstat(fd, &st) != 0) return Fail(ErrnoStatus(StatusCode::kNoInput, path.native()));
  if (S_ISDIR(st.st_mode)) return FolderReader::Create(path, path.string());
  return OpenDescriptor(owned.release(), path.string());
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::OpenDescriptor(int fd,
                                                                     std::string display_name) {
  UniqueFd owned(fd);
  struct stat st;
  if (::fstat(fd, &st) != 0) return Fail(ErrnoStatus(StatusCode::kNoInput, display_name));
  if (!S_ISREG(st.st_mode)) {
    return Fail(DataError(display_name, "not a readable archive", "not a regular file"));
  }
  if (st.st_size == 0) {
    return Fail(StatusCode::kDataError, display_name + ": empty file, not an archive");
  }
  return ContainerReader::Create(std::move(owned), std::move(display_name), st.st_size);
}

uint64_t ArchiveReader::total_size() const noexcept {
  return std::accumulate(entries_.begin(), entries_.end(), uint64_t{0},
                         [](uint64_t sum, const ArchiveEntry& e) { return sum + e.size; });
}

Result<std::string> ArchiveReader::ReadAll(const ArchiveEntry& entry, uint64_t max_bytes) {
  const auto too_large = [&] {
    return Status(StatusCode::kDataError, display_name_ + ": " + entry.path +
                                              ": more than the limit of " +
                                              std::to_string(max_bytes) + " bytes");
  };
  if (entry.size > max_bytes) return Fail(too_large());
  Result<std::unique_ptr<EntryStream>> stream = OpenEntry(entry);
  if (!stream) return Fail(stream.error());
  std::string bytes;
  bytes.reserve(entry.size);
  const Status status = Drain(**stream, [&](std::string_view chunk) {
    if (chunk.size() > max_bytes - bytes.size()) return too_large();
    bytes.append(chunk);
    return Status::Ok();
  });
  if (!status.ok()) return Fail(status);
  return bytes;
}

}  // namespace touchpoint
