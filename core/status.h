#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <tl/expected.hpp>

namespace touchpoint {

// What went wrong, in the categories a caller acts on. Each maps to one CLI exit code and
// one daemon exit code through ExitCodeFor(); keep that table the only mapping.
enum class StatusCode {
  kOk,
  kUsage,        // the caller asked for something malformed
  kDataError,    // input exists but is malformed or not recognised
  kNoInput,      // input missing or unreadable
  kIoError,      // reading or writing our own files failed (database, disk full)
  kConfigError,  // configuration invalid
  kUnavailable,  // a service we need is not there (daemon, remote API)
  kBusy,         // try again later
  kPermission,   // not allowed
  kInternal,     // everything else
};

// The outcome of a fallible call. Cheap to copy when ok; carries a message with the context
// a user needs ("data/tweets.js: item 812 (line 9431, column 7): ...") otherwise.
class Status {
 public:
  Status() noexcept = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() noexcept { return Status(); }

  bool ok() const noexcept { return code_ == StatusCode::kOk; }
  StatusCode code() const noexcept { return code_; }
  const std::string& message() const noexcept { return message_; }

  // Returns the same status with "context: " in front of the message.
  Status WithContext(std::string_view context) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
using Result = tl::expected<T, Status>;

// Shorthands for building an error Result: `return Fail(StatusCode::kDataError, "...")`.
inline tl::unexpected<Status> Fail(Status status) { return tl::unexpected<Status>(std::move(status)); }
inline tl::unexpected<Status> Fail(StatusCode code, std::string message) {
  return Fail(Status(code, std::move(message)));
}

// Process exit code for a status, following sysexits.h (0, 2, 65, 66, 69, 74, 75, 77, 78, 1).
int ExitCodeFor(StatusCode code) noexcept;

// Stable lower-case name for logs and JSON ("data_error", "no_input", ...).
std::string_view StatusCodeName(StatusCode code) noexcept;

}  // namespace touchpoint
