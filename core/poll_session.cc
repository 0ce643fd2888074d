#include "core/poll_session.h"

#include <array>
#include <utility>

namespace touchpoint {
namespace {

constexpr std::array<std::pair<ConnectorState, std::string_view>, 6> kStateNames = {{
    {ConnectorState::kOk, "ok"},
    {ConnectorState::kQuiet, "quiet"},
    {ConnectorState::kRateLimited, "rate_limited"},
    {ConnectorState::kBackingOff, "backing_off"},
    {ConnectorState::kNeedsReauth, "needs_reauth"},
    {ConnectorState::kFailing, "failing"},
}};

}  // namespace

std::string_view ConnectorStateName(ConnectorState state) noexcept {
  for (const auto& [value, name] : kStateNames) {
    if (value == state) return name;
  }
  return "failing";
}

std::optional<ConnectorState> ParseConnectorState(std::string_view name) noexcept {
  for (const auto& [value, known] : kStateNames) {
    if (known == name) return value;
  }
  return std::nullopt;
}

}  // namespace touchpoint
