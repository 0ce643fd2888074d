#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace touchpoint::linkedin {

// One parser per LinkedIn file format (formats.md 3.4); none guesses between day and month
// orders. Each returns UTC milliseconds since the epoch, or nullopt when `text` does not have
// its format or names an impossible date. Surrounding spaces are ignored; month names are
// English, in any case. None depends on the C locale.

// messages.csv DATE: "2024-05-13 09:58:00 UTC". Also accepted: '/' as the date separator
// ("2024/02/01 15:02:55 UTC", the Endorsements and SearchQueries spelling), 'T' instead of
// the space, no seconds, a fraction of a second, and "UTC", "GMT", "Z", "+00:00"/"-0500" or
// no zone at all (then UTC). Comments.csv and Shares.csv dates ("2026-02-09 01:21:47", no
// zone) have the same shape and are read as UTC.
std::optional<int64_t> ParseDateTimeMs(std::string_view text) noexcept;

// Connections.csv "Connected On": "08 Feb 2026" (also "8 Feb 2026"), or Excel's re-saved
// "8-Feb-26" / "08-Feb-2026". A two-digit year is 20YY. Midnight UTC of that day.
std::optional<int64_t> ParseConnectedOnMs(std::string_view text) noexcept;

// Invitations.csv "Sent At": US order "1/29/26, 2:37 PM"; the year may have 4 digits, the
// comma and seconds may be missing, and without AM/PM the hour is 24-hour. LinkedIn gives no
// time zone; the time is read as UTC (so it may be off by the member's UTC offset).
std::optional<int64_t> ParseInvitationSentAtMs(std::string_view text) noexcept;

}  // namespace touchpoint::linkedin
