#include "connectors/linkedin/dates.h"

#include <array>

#include "connectors/common/timestamp.h"
#include "connectors/linkedin/text.h"

namespace touchpoint::linkedin {
namespace {

constexpr int64_t kMsPerMinute = 60 * 1000;
constexpr int64_t kMsPerDay = 24 * 60 * kMsPerMinute;

int64_t ToNumber(std::string_view digits) {
  int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// A left-to-right reader over the text being parsed.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {
    while (!text_.empty() && text_.front() == ' ') text_.remove_prefix(1);
    while (!text_.empty() && text_.back() == ' ') text_.remove_suffix(1);
  }

  bool done() const { return pos_ == text_.size(); }
  char peek() const { return done() ? '\0' : text_[pos_]; }

  // Between `min` and `max` decimal digits, as written.
  std::optional<std::string_view> Digits(size_t min, size_t max) {
    const size_t start = pos_;
    while (pos_ - start < max && !done() && peek() >= '0' && peek() <= '9') ++pos_;
    if (pos_ - start < min) return std::nullopt;
    return text_.substr(start, pos_ - start);
  }
  std::optional<int64_t> Number(size_t min, size_t max) {
    const auto digits = Digits(min, max);
    if (!digits) return std::nullopt;
    return ToNumber(*digits);
  }
  bool Take(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  void SkipSpaces() {
    while (peek() == ' ') ++pos_;
  }
  std::string_view Rest() const { return text_.substr(pos_); }
  // Three ASCII letters naming an English month, 1..12.
  std::optional<int64_t> Month() {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (pos_ + 3 > text_.size()) return std::nullopt;
    const std::string_view name = text_.substr(pos_, 3);
    for (size_t i = 0; i < kMonths.size(); ++i) {
      if (EqualsIgnoringCase(kMonths[i], name)) {
        pos_ += 3;
        return static_cast<int64_t>(i + 1);
      }
    }
    return std::nullopt;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

bool IsLeap(int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

std::optional<int64_t> DayMs(int64_t year, int64_t month, int64_t day) {
  static constexpr std::array<int64_t, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  const int64_t days_in_month =
      kDays[static_cast<size_t>(month - 1)] + (month == 2 && IsLeap(year));
  if (day > days_in_month) return std::nullopt;
  return DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kMsPerDay;
}

std::optional<int64_t> TimeMs(int64_t hour, int64_t minute, int64_t second) {
  if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
  return ((hour * 60 + minute) * 60 + second) * 1000;
}

int64_t FullYear(int64_t year, bool two_digits) { return two_digits ? 2000 + year : year; }

// "UTC", "GMT", "Z", "+hh:mm", "-hhmm" or nothing, as minutes east of UTC.
std::optional<int64_t> Zone(Cursor& cursor) {
  cursor.SkipSpaces();
  const std::string_view rest = cursor.Rest();
  if (rest.empty() || rest == "UTC" || rest == "GMT" || rest == "Z") return 0;
  if (!cursor.Take('+') && !cursor.Take('-')) return std::nullopt;
  const int64_t sign = rest.front() == '-' ? -1 : 1;
  const auto hours = cursor.Number(2, 2);
  cursor.Take(':');
  const auto minutes = cursor.Number(2, 2);
  if (!hours || !minutes || !cursor.done() || *hours > 23 || *minutes > 59) return std::nullopt;
  return sign * (*hours * 60 + *minutes);
}

}  // namespace

std::optional<int64_t> ParseDateTimeMs(std::string_view text) noexcept {
  Cursor cursor(text);
  const auto year = cursor.Number(4, 4);
  if (!year) return std::nullopt;
  const char separator = cursor.peek();
  if (separator != '-' && separator != '/') return std::nullopt;
  cursor.Take(separator);
  const auto month = cursor.Number(1, 2);
  if (!month || !cursor.Take(separator)) return std::nullopt;
  const auto day = cursor.Number(1, 2);
  if (!day || !(cursor.Take(' ') || cursor.Take('T'))) return std::nullopt;
  cursor.SkipSpaces();
  const auto hour = cursor.Number(1, 2);
  if (!hour || !cursor.Take(':')) return std::nullopt;
  const auto minute = cursor.Number(2, 2);
  if (!minute) return std::nullopt;
  int64_t second = 0, millis = 0;
  if (cursor.Take(':')) {
    const auto seconds = cursor.Number(2, 2);
    if (!seconds) return std::nullopt;
    second = *seconds;
    if (cursor.Take('.')) {
      const auto fraction = cursor.Digits(1, 9);
      if (!fraction) return std::nullopt;
      for (size_t i = 0; i < 3; ++i) {
        millis = millis * 10 + (i < fraction->size() ? (*fraction)[i] - '0' : 0);
      }
    }
  }
  const auto zone = Zone(cursor);
  const auto date = DayMs(*year, *month, *day);
  const auto time = TimeMs(*hour, *minute, second);
  if (!zone || !date || !time) return std::nullopt;
  return *date + *time + millis - *zone * kMsPerMinute;
}

std::optional<int64_t> ParseConnectedOnMs(std::string_view text) noexcept {
  Cursor cursor(text);
  const auto day = cursor.Number(1, 2);
  if (!day) return std::nullopt;
  const bool excel = cursor.Take('-');
  if (!excel && !cursor.Take(' ')) return std::nullopt;
  const auto month = cursor.Month();
  if (!month || !cursor.Take(excel ? '-' : ' ')) return std::nullopt;
  const auto year = cursor.Digits(2, 4);
  if (!year || !cursor.done() || year->size() == 3) return std::nullopt;
  return DayMs(FullYear(ToNumber(*year), year->size() == 2), *month, *day);
}

std::optional<int64_t> ParseInvitationSentAtMs(std::string_view text) noexcept {
  Cursor cursor(text);
  const auto month = cursor.Number(1, 2);
  if (!month || !cursor.Take('/')) return std::nullopt;
  const auto day = cursor.Number(1, 2);
  if (!day || !cursor.Take('/')) return std::nullopt;
  const auto year = cursor.Digits(2, 4);
  if (!year || year->size() == 3) return std::nullopt;
  cursor.Take(',');
  if (!cursor.Take(' ')) return std::nullopt;
  cursor.SkipSpaces();
  auto hour = cursor.Number(1, 2);
  if (!hour || !cursor.Take(':')) return std::nullopt;
  const auto minute = cursor.Number(2, 2);
  if (!minute) return std::nullopt;
  int64_t second = 0;
  if (cursor.Take(':')) {
    const auto seconds = cursor.Number(2, 2);
    if (!seconds) return std::nullopt;
    second = *seconds;
  }
  cursor.SkipSpaces();
  const std::string_view meridiem = cursor.Rest();
  if (meridiem == "AM" || meridiem == "am" || meridiem == "PM" || meridiem == "pm") {
    if (*hour < 1 || *hour > 12) return std::nullopt;
    *hour = *hour % 12 + (meridiem[0] == 'P' || meridiem[0] == 'p' ? 12 : 0);
  } else if (!meridiem.empty()) {
    return std::nullopt;
  }
  const auto date = DayMs(FullYear(ToNumber(*year), year->size() == 2), *month, *day);
  const auto time = TimeMs(*hour, *minute, second);
  if (!date || !time) return std::nullopt;
  return *date + *time;
}

}  // namespace touchpoint::linkedin
