#pragma once

#include <fmt/format.h>

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "core/status.h"

namespace touchpoint {

// An API token. It does not convert to a string: reveal() is for the one place that sends
// it. Formatting it with fmt or spdlog ("{}") or streaming it prints "[redacted]". The
// destructor overwrites the bytes. Copyable and movable like a string; thread-compatible.
class Secret {
 public:
  explicit Secret(std::string value) noexcept : value_(std::move(value)) {}
  Secret(const Secret&) = default;
  Secret(Secret&& other) noexcept;  // leaves `other` empty and wiped
  Secret& operator=(const Secret& other);
  Secret& operator=(Secret&& other) noexcept;
  ~Secret();

  const std::string& reveal() const noexcept { return value_; }
  bool empty() const noexcept { return value_.empty(); }

 private:
  void Wipe() noexcept;

  std::string value_;
};

// Prints "[redacted]".
std::ostream& operator<<(std::ostream& out, const Secret& secret);

// Reads the credential `name` (a file name such as "touchpoint.twitter.token") from `dir`:
// $CREDENTIALS_DIRECTORY under systemd's LoadCredential=, else the configured credentials
// folder (see DefaultCredentialsDir()). Trailing whitespace and newlines are trimmed.
//   - nullopt: there is no such file (the connector is then not polled);
//   - kPermission: the file's mode lets group or others read or write it ("<path>: mode 0644
//     lets others read it; chmod 600"), unless `dir` is $CREDENTIALS_DIRECTORY, which systemd
//     already protects; or it cannot be opened for lack of permission;
//   - kConfigError: it is empty, not a regular file, larger than 64 KiB, or holds control
//     characters (a second line would end up in an HTTP header);
//   - kUsage: `name` is not a plain file name;
//   - kIoError: reading failed.
// No message ever contains the file's content. Thread-safe.
Result<std::optional<Secret>> LoadCredential(const std::filesystem::path& dir,
                                             std::string_view name);

}  // namespace touchpoint

template <>
struct fmt::formatter<touchpoint::Secret> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const touchpoint::Secret&, FormatContext& context) const {
    return fmt::formatter<std::string_view>::format("[redacted]", context);
  }
};
