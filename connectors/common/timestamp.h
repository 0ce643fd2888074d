#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace touchpoint {

// Days since 1970-01-01 for a proleptic Gregorian date (valid for any year).
int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day) noexcept;

// UTC milliseconds from "2024-05-13T09:58:00.123Z" (fraction optional, 1-9 digits; 'Z' or a
// "+hh:mm"/"-hhmm" offset). nullopt when malformed. Independent of the C locale.
std::optional<int64_t> ParseIso8601Ms(std::string_view text) noexcept;

// UTC milliseconds from Twitter's legacy "Mon May 13 09:01:02 +0000 2024" (English names).
std::optional<int64_t> ParseTwitterDateMs(std::string_view text) noexcept;

// UTC milliseconds from "2015-01-24 02:02:37 +0000" (the classic archive's JSON dates).
std::optional<int64_t> ParseSpacedDateMs(std::string_view text) noexcept;

// "2024-05-13T09:58:00.123Z" for UTC milliseconds since the epoch.
std::string FormatIso8601Ms(int64_t ms);
// The same for a clock time point ("2026-05-13T09:30:00.000Z").
std::string FormatIso8601(std::chrono::system_clock::time_point time);

}  // namespace touchpoint
