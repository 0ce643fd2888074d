#include "daemon/credentials.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <system_error>

namespace touchpoint {

namespace fs = std::filesystem;

namespace {

// A token is one line of a few hundred bytes; anything this large is the wrong file.
constexpr size_t kMaxCredentialBytes = 64 * 1024;

// Closes the descriptor on every return path.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) noexcept : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const noexcept { return fd_; }

 private:
  int fd_;
};

// True when `dir` is the folder systemd made for this unit's LoadCredential= (private to the
// unit's user, read-only, not swapped out): its files' modes say nothing then.
bool IsSystemdCredentialsDir(const fs::path& dir) {
  const char* systemd_dir = std::getenv("CREDENTIALS_DIRECTORY");
  if (systemd_dir == nullptr || systemd_dir[0] != '/') return false;
  std::error_code error;
  return fs::equivalent(dir, systemd_dir, error) && !error;
}

std::string ModeText(mode_t mode) {
  char text[8];
  std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
  return text;
}

Status CheckMode(const fs::path& path, const struct stat& info) {
  const mode_t mode = info.st_mode;
  if ((mode & (S_IRWXG | S_IRWXO)) == 0) return Status::Ok();
  const char* what = (mode & (S_IRGRP | S_IROTH)) != 0 ? "read" : "write";
  return Status(StatusCode::kPermission, path.string() + ": mode " + ModeText(mode) +
                                             " lets others " + what + " it; chmod 600");
}

// Reads at most kMaxCredentialBytes + 1 bytes into `out`.
Status ReadAll(int fd, const fs::path& path, std::string& out) {
  char buffer[4096];
  while (out.size() <= kMaxCredentialBytes) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int saved = errno;
      explicit_bzero(buffer, sizeof buffer);
      return Status(StatusCode::kIoError, path.string() + ": " + std::strerror(saved));
    }
    if (n == 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  explicit_bzero(buffer, sizeof buffer);
  return Status::Ok();
}

bool IsControl(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

// Content rules; the message names the file and the problem, never the content.
Status CheckContent(const fs::path& path, const std::string& value) {
  if (value.size() > kMaxCredentialBytes) {
    return Status(StatusCode::kConfigError, path.string() +
                                                ": larger than 64 KiB; a token "
                                                "file holds one line");
  }
  if (value.empty()) {
    return Status(StatusCode::kConfigError, path.string() + ": empty; it should hold the token");
  }
  if (std::any_of(value.begin(), value.end(), IsControl)) {
    return Status(StatusCode::kConfigError,
                  path.string() +
                      ": holds a line break or control character inside the token; "
                      "a token file holds one line");
  }
  return Status::Ok();
}

void TrimTrailingWhitespace(std::string& value) {
  const size_t end = value.find_last_not_of(" \t\r\n\f\v");
  value.resize(end == std::string::npos ? 0 : end + 1);
}

}  // namespace

Result<std::optional<Secret>> LoadCredential(const fs::path& dir, std::string_view name) {
  if (name.empty() || name == "." || name == ".." || name.find('/') != std::string_view::npos) {
    return Fail(StatusCode::kUsage,
                "credential name '" + std::string(name) + "' is not a file name");
  }
  const fs::path path = dir / name;
  // O_NONBLOCK: a FIFO planted under the credential's name must not hang the daemon here.
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (fd.get() < 0) {
    const int saved = errno;
    if (saved == ENOENT) return std::optional<Secret>();
    const StatusCode code =
        (saved == EACCES || saved == EPERM) ? StatusCode::kPermission : StatusCode::kIoError;
    return Fail(code, path.string() + ": " + std::strerror(saved));
  }
  // Checked on the open descriptor, so a file swapped after the check cannot slip through.
  struct stat info;
  if (::fstat(fd.get(), &info) != 0) {
    return Fail(StatusCode::kIoError, path.string() + ": " + std::strerror(errno));
  }
  if (!S_ISREG(info.st_mode)) {
    return Fail(StatusCode::kConfigError, path.string() + ": not a regular file");
  }
  if (!IsSystemdCredentialsDir(dir)) {
    if (Status mode = CheckMode(path, info); !mode.ok()) return Fail(std::move(mode));
  }
  std::string value;
  if (Status read = ReadAll(fd.get(), path, value); !read.ok()) {
    Secret wipe(std::move(value));
    return Fail(std::move(read));
  }
  TrimTrailingWhitespace(value);
  Status content = CheckContent(path, value);
  Secret result(std::move(value));  // wipes the bytes on every return path from here
  if (!content.ok()) return Fail(std::move(content));
  return std::optional<Secret>(std::move(result));
}

}  // namespace touchpoint
