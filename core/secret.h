#pragma once

#include <fmt/format.h>

#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace touchpoint {

// An API token (access or refresh token, app secret). It does not convert to a string:
// reveal() is for the one place that sends or stores it. Formatting it with fmt or spdlog
// ("{}") or streaming it prints "[redacted]". The destructor overwrites the bytes. Default
// constructs empty; copyable and movable like a string; thread-compatible.
class Secret {
 public:
  Secret() noexcept = default;
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

}  // namespace touchpoint

template <>
struct fmt::formatter<touchpoint::Secret> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const touchpoint::Secret&, FormatContext& context) const {
    return fmt::formatter<std::string_view>::format("[redacted]", context);
  }
};
