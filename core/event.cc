#include "core/event.h"

#include <array>
#include <utility>

namespace touchpoint {
namespace {

constexpr std::array<std::pair<EventKind, std::string_view>, 7> kKindNames = {{
    {EventKind::kMention, "mention"},
    {EventKind::kReply, "reply"},
    {EventKind::kDm, "dm"},
    {EventKind::kComment, "comment"},
    {EventKind::kConnection, "connection"},
    {EventKind::kInvitation, "invitation"},
    {EventKind::kPost, "post"},
}};

constexpr std::array<std::pair<Direction, std::string_view>, 2> kDirectionNames = {{
    {Direction::kInbound, "inbound"},
    {Direction::kOutbound, "outbound"},
}};

template <typename Enum, std::size_t N>
std::string_view NameOf(const std::array<std::pair<Enum, std::string_view>, N>& table,
                        Enum value) noexcept {
  for (const auto& [candidate, name] : table) {
    if (candidate == value) return name;
  }
  return "unknown";
}

template <typename Enum, std::size_t N>
std::optional<Enum> ValueOf(const std::array<std::pair<Enum, std::string_view>, N>& table,
                            std::string_view name) noexcept {
  for (const auto& [value, candidate] : table) {
    if (candidate == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view EventKindName(EventKind kind) noexcept { return NameOf(kKindNames, kind); }
std::string_view DirectionName(Direction direction) noexcept {
  return NameOf(kDirectionNames, direction);
}
std::optional<EventKind> ParseEventKind(std::string_view name) noexcept {
  return ValueOf(kKindNames, name);
}
std::optional<Direction> ParseDirection(std::string_view name) noexcept {
  return ValueOf(kDirectionNames, name);
}

}  // namespace touchpoint
