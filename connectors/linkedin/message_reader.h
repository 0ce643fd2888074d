#pragma once

#include "connectors/event_sink.h"
#include "connectors/linkedin/csv_table.h"
#include "connectors/linkedin/owner.h"
#include "core/status.h"

namespace touchpoint::linkedin {

// Marks an event of a message LinkedIn filed as spam: its source is the entry path followed
// by this suffix ("messages.csv#spam"). The Event has no flags, and the text stays as written.
inline constexpr std::string_view kSpamSourceSuffix = "#spam";

// Turns the rows of messages.csv (any header era: 9 to 13 columns, mapped by name) into `dm`
// events, one per row:
//   * drafts (IS MESSAGE DRAFT or IS CONVERSATION DRAFT "Yes", or FOLDER "DRAFT"/"DRAFTS")
//     are skipped as "draft"; rows without CONVERSATION ID, without sender (no FROM and no
//     URL) or with an unreadable DATE are skipped with their reason;
//   * outbound when the sender's profile URL is the owner's, whatever the FOLDER (sent
//     messages sit in INBOX); a sender without URL (LinkedIn Member, sponsored) is inbound;
//   * author {FROM, SENDER PROFILE URL}, or the owner on outbound rows; counterparts: the
//     sender and every recipient (TO paired with RECIPIENT PROFILE URLS, see Recipients())
//     except the owner, matched by URL, or by name for people without URL;
//   * conversation_key CONVERSATION ID; occurred_at DATE; text SUBJECT (when set), an empty
//     line and CONTENT, each reduced by HtmlToText();
//   * external_id "li:msg:" + XXH3-128 hex of (CONVERSATION ID, DATE as UTC milliseconds,
//     sender URL or "name:" + FROM, text), with "-2", "-3", ... for exact repeats in the
//     conversation at the same time (RepeatNumbering). Every part is the same in a Basic and
//     a Complete export and in later re-exports, so they overlap without duplicates;
//   * FOLDER "SPAM": source "<entry>#spam" (kSpamSourceSuffix), else the entry path.
// Errors: what the table reports (malformed CSV, wrong field count) and the sink's.
Status ReadMessages(CsvTable& table, const Owner& owner, EventSink& sink);

}  // namespace touchpoint::linkedin
