#include "connectors/common/timestamp.h"

#include <array>
#include <cstdio>

namespace touchpoint {
namespace {

constexpr int64_t kMsPerDay = 86400000;

// Reads exactly `digits` decimal digits at `pos`, advancing it.
std::optional<int64_t> Digits(std::string_view text, size_t& pos, size_t digits) {
  if (pos + digits > text.size()) return std::nullopt;
  int64_t value = 0;
  for (size_t i = 0; i < digits; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += digits;
  return value;
}

bool Expect(std::string_view text, size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

struct Clock {
  int64_t hour, minute, second;
};

std::optional<int64_t> Combine(int64_t year, int64_t month, int64_t day, Clock clock,
                               int64_t millis, int64_t offset_minutes) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || clock.hour > 23 || clock.minute > 59 ||
      clock.second > 60) {
    return std::nullopt;
  }
  const int64_t days =
      DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  return days * kMsPerDay + ((clock.hour * 60 + clock.minute - offset_minutes) * 60 +
                             clock.second) * 1000 + millis;
}

std::optional<Clock> ParseClock(std::string_view text, size_t& pos) {
  auto hour = Digits(text, pos, 2);
  if (!hour || !Expect(text, pos, ':')) return std::nullopt;
  auto minute = Digits(text, pos, 2);
  if (!minute || !Expect(text, pos, ':')) return std::nullopt;
  auto second = Digits(text, pos, 2);
  if (!second) return std::nullopt;
  return Clock{*hour, *minute, *second};
}

// "+0000", "-05:30", "Z" at `pos` to minutes east of UTC.
std::optional<int64_t> ParseOffset(std::string_view text, size_t& pos) {
  if (Expect(text, pos, 'Z')) return 0;
  if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return std::nullopt;
  const int64_t sign = text[pos++] == '-' ? -1 : 1;
  auto hours = Digits(text, pos, 2);
  if (!hours) return std::nullopt;
  Expect(text, pos, ':');
  auto minutes = Digits(text, pos, 2);
  if (!minutes) return std::nullopt;
  return sign * (*hours * 60 + *minutes);
}

std::optional<int64_t> MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == name) return static_cast<int64_t>(i + 1);
  }
  return std::nullopt;
}

}  // namespace

int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day) noexcept {
  // Howard Hinnant's days_from_civil.
  year -= month <= 2;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::optional<int64_t> ParseIso8601Ms(std::string_view text) noexcept {
  size_t pos = 0;
  auto year = Digits(text, pos, 4);
  if (!year || !Expect(text, pos, '-')) return std::nullopt;
  auto month = Digits(text, pos, 2);
  if (!month || !Expect(text, pos, '-')) return std::nullopt;
  auto day = Digits(text, pos, 2);
  if (!day || !(Expect(text, pos, 'T') || Expect(text, pos, ' '))) return std::nullopt;
  auto clock = ParseClock(text, pos);
  if (!clock) return std::nullopt;
  int64_t millis = 0;
  if (Expect(text, pos, '.')) {
    int64_t scale = 100;
    size_t digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      millis += (text[pos] - '0') * scale;
      scale /= 10;
      ++pos;
      ++digits;
    }
    if (digits == 0 || digits > 9) return std::nullopt;
  }
  auto offset = ParseOffset(text, pos);
  if (!offset || pos != text.size()) return std::nullopt;
  return Combine(*year, *month, *day, *clock, millis, *offset);
}

std::optional<int64_t> ParseTwitterDateMs(std::string_view text) noexcept {
  // "Mon May 13 09:01:02 +0000 2024": the weekday is redundant and not checked.
  if (text.size() != 30 || text[3] != ' ' || text[7] != ' ' || text[10] != ' ' ||
      text[19] != ' ' || text[25] != ' ') {
    return std::nullopt;
  }
  auto month = MonthFromName(text.substr(4, 3));
  size_t pos = 8;
  auto day = Digits(text, pos, 2);
  pos = 11;
  auto clock = ParseClock(text, pos);
  pos = 20;
  auto offset = ParseOffset(text, pos);
  pos = 26;
  auto year = Digits(text, pos, 4);
  if (!month || !day || !clock || !offset || !year) return std::nullopt;
  return Combine(*year, *month, *day, *clock, 0, *offset);
}

std::optional<int64_t> ParseSpacedDateMs(std::string_view text) noexcept {
  // "2015-01-24 02:02:37 +0000"
  if (text.size() != 25 || text[19] != ' ') return std::nullopt;
  size_t pos = 0;
  auto year = Digits(text, pos, 4);
  if (!year || !Expect(text, pos, '-')) return std::nullopt;
  auto month = Digits(text, pos, 2);
  if (!month || !Expect(text, pos, '-')) return std::nullopt;
  auto day = Digits(text, pos, 2);
  if (!day || !Expect(text, pos, ' ')) return std::nullopt;
  auto clock = ParseClock(text, pos);
  if (!clock || !Expect(text, pos, ' ')) return std::nullopt;
  auto offset = ParseOffset(text, pos);
  if (!offset || pos != text.size()) return std::nullopt;
  return Combine(*year, *month, *day, *clock, 0, *offset);
}

std::string FormatIso8601Ms(int64_t ms) {
  int64_t days = ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay);
  int64_t rest = ms - days * kMsPerDay;
  // Howard Hinnant's civil_from_days.
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned day = doy - (153 * mp + 2) / 5 + 1;
  const unsigned month = mp < 10 ? mp + 3 : mp - 9;
  const int64_t year = static_cast<int64_t>(yoe) + era * 400 + (month <= 2);
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ",
                static_cast<long long>(year), month, day,
                static_cast<long long>(rest / 3600000), static_cast<long long>(rest / 60000 % 60),
                static_cast<long long>(rest / 1000 % 60), static_cast<long long>(rest % 1000));
  return buffer;
}

std::string FormatIso8601(std::chrono::system_clock::time_point time) {
  return FormatIso8601Ms(
      std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count());
}

}  // namespace touchpoint
