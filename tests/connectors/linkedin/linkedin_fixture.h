#pragma once

// Builds small LinkedIn exports for the tests in this folder: CSV files written the way the
// exports (and Excel re-saves of them) write them. Header-only: test helpers of one folder.
#include <map>
#include <string>
#include <vector>

#include "tests/support/zip_writer.h"

namespace touchpoint::test::linkedin {

inline constexpr const char* kOwnerUrl = "https://www.linkedin.com/in/mira-kestrel-0a1b2c";
inline constexpr const char* kOwnerName = "Mira Kestrel";
inline constexpr const char* kAdaUrl = "https://www.linkedin.com/in/ada-lindqvist";
inline constexpr const char* kBobUrl = "https://www.linkedin.com/in/bob-okafor-77";
inline constexpr const char* kJaneUrl = "https://www.linkedin.com/in/jane-doe-phd";

// One row: column name -> value; columns a header lacks are left out, missing ones are "".
using Row = std::map<std::string, std::string>;

enum class Quoting { kMinimal, kAll };
enum class Escape { kDoubled, kBackslash };

struct CsvStyle {
  Quoting quoting = Quoting::kMinimal;
  Escape escape = Escape::kDoubled;
  std::string newline = "\n";
  bool final_newline = true;
  bool bom = false;
  std::string preamble;  // written before the header, as given
};

inline std::string CsvField(const std::string& value, const CsvStyle& style) {
  const bool needs_quotes = value.find_first_of(",\"\r\n") != std::string::npos;
  if (style.quoting == Quoting::kMinimal && !needs_quotes) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"')
      out += style.escape == Escape::kDoubled ? "\"\"" : "\\\"";
    else
      out += c;
  }
  return out + "\"";
}

inline std::string Csv(const std::vector<std::string>& header, const std::vector<Row>& rows,
                       const CsvStyle& style = {}) {
  std::string out = style.bom ? "\xEF\xBB\xBF" : "";
  out += style.preamble;
  std::vector<std::string> lines;
  std::string line;
  for (size_t i = 0; i < header.size(); ++i) {
    if (i > 0) line += ',';
    line += CsvField(header[i], style);
  }
  lines.push_back(line);
  for (const Row& row : rows) {
    line.clear();
    for (size_t i = 0; i < header.size(); ++i) {
      const auto value = row.find(header[i]);
      if (i > 0) line += ',';
      line += CsvField(value == row.end() ? "" : value->second, style);
    }
    lines.push_back(line);
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    out += lines[i];
    if (i + 1 < lines.size() || style.final_newline) out += style.newline;
  }
  return out;
}

// messages.csv headers of each era (formats.md 3.2).
inline std::vector<std::string> MessageHeader(int columns) {
  std::vector<std::string> header = {"CONVERSATION ID", "CONVERSATION TITLE", "FROM",
                                     "SENDER PROFILE URL", "TO"};
  if (columns >= 10) header.push_back("RECIPIENT PROFILE URLS");
  for (const char* name : {"DATE", "SUBJECT", "CONTENT", "FOLDER"}) header.push_back(name);
  if (columns >= 11) header.push_back("ATTACHMENTS");
  if (columns >= 12) header.push_back("IS MESSAGE DRAFT");
  if (columns >= 13) header.push_back("IS CONVERSATION DRAFT");
  return header;
}

inline const std::vector<std::string> kConnectionHeader = {
    "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"};
inline const std::vector<std::string> kInvitationHeader = {
    "From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"};
inline const std::vector<std::string> kCommentHeader = {"Date", "Link", "Message"};
inline const std::string kConnectionNotes =
    "Notes:\n\"When exporting your connection data, you may notice that some of the email "
    "addresses are missing. You will only see email addresses for connections who have allowed "
    "their connections to see or download their email address using this setting.\"\n\n";

// A message row from the owner's point of view.
inline Row Message(std::string conversation, std::string from, std::string sender_url,
                   std::string to, std::string recipient_urls, std::string date,
                   std::string content, std::string folder = "INBOX") {
  return {{"CONVERSATION ID", std::move(conversation)},
          {"FROM", std::move(from)},
          {"SENDER PROFILE URL", std::move(sender_url)},
          {"TO", std::move(to)},
          {"RECIPIENT PROFILE URLS", std::move(recipient_urls)},
          {"DATE", std::move(date)},
          {"CONTENT", std::move(content)},
          {"FOLDER", std::move(folder)},
          {"IS MESSAGE DRAFT", "No"},
          {"IS CONVERSATION DRAFT", "No"}};
}

// A conversation with Ada (one each way, both filed in INBOX) and a group with Bob and
// "Jane Doe, PhD", in which the owner writes to Bob with a trailing-slash URL variant.
inline std::vector<Row> TypicalMessages() {
  const std::string ada = "2-YWRhLWNvbnZlcnNhdGlvbi0xXzAwMQ==";
  const std::string group = "2-Z3JvdXAtY29udmVyc2F0aW9uXzAwMg";
  return {
      Message(ada, "Ada Lindqvist", kAdaUrl, kOwnerName, kOwnerUrl, "2024-05-13 09:58:00 UTC",
              "Could we hop on a call?"),
      Message(ada, kOwnerName, kOwnerUrl, "Ada Lindqvist", kAdaUrl, "2024-05-13 10:02:30 UTC",
              "Sure &amp; happy to.\nTomorrow?"),
      Message(group, "Bob Okafor", kBobUrl, std::string(kOwnerName) + ", Jane Doe, PhD",
              std::string(kOwnerUrl) + "," + kJaneUrl, "2024-05-14 08:00:00 UTC",
              "Welcome, both of you"),
      Message(group, kOwnerName, kOwnerUrl, "Bob Okafor, Jane Doe, PhD",
              std::string(kBobUrl) + "/," + kJaneUrl, "2024-05-14 08:05:00 UTC", "Thanks Bob"),
  };
}

inline std::vector<Row> TypicalInvitations() {
  return {
      {{"From", kOwnerName},
       {"To", "Ada Lindqvist"},
       {"Sent At", "5/2/24, 9:05 AM"},
       {"Message", "Great meeting you at the conference"},
       {"Direction", "OUTGOING"},
       {"inviterProfileUrl", kOwnerUrl},
       {"inviteeProfileUrl", kAdaUrl}},
      {{"From", "Carl Weber"},
       {"To", kOwnerName},
       {"Sent At", "1/29/26, 2:37 PM"},
       {"Message", ""},
       {"Direction", "INCOMING"},
       {"inviterProfileUrl", "https://www.linkedin.com/in/carl-weber/"},
       {"inviteeProfileUrl", kOwnerUrl}},
  };
}

inline std::vector<Row> TypicalConnections() {
  return {
      {{"First Name", "Ada"},
       {"Last Name", "Lindqvist"},
       {"URL", kAdaUrl},
       {"Company", "Northwind Analytics, Inc."},
       {"Position", "Director"},
       {"Connected On", "08 Feb 2024"}},
      {{"First Name", "Bob"},
       {"Last Name", "Okafor"},
       {"URL", kBobUrl},
       {"Email Address", "bob@example.com"},
       {"Connected On", "07 Jun 2023"}},
      {{"Connected On", "07 Jun 2026"}},  // a member who hid their profile
  };
}

inline std::vector<Row> TypicalComments() {
  return {
      {{"Date", "2026-02-09 01:21:47"},
       {"Link", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7000000000000000001"},
       {"Message", "So true. As my mentor said: \"measure twice\",\nthen cut."}},
      {{"Date", ""},
       {"Link", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2"},
       {"Message", "a comment LinkedIn lost the date of"}},
  };
}

inline const std::string kProfileCsv =
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline\n"
    "Mira,Kestrel,,,,\"Analytics, data and people\"\n";

// Everything a Complete export has: the typical rows of every file, plus files that are not
// read (Positions.csv, a look-alike messages file).
inline std::vector<FileSpec> CompleteExport() {
  CsvStyle comments;
  comments.escape = Escape::kBackslash;
  comments.quoting = Quoting::kAll;
  CsvStyle connections;
  connections.preamble = kConnectionNotes;
  connections.final_newline = false;
  return {
      {"Profile.csv", kProfileCsv},
      {"messages.csv", Csv(MessageHeader(13), TypicalMessages())},
      {"Connections.csv", Csv(kConnectionHeader, TypicalConnections(), connections)},
      {"Invitations.csv", Csv(kInvitationHeader, TypicalInvitations())},
      {"Comments.csv", Csv(kCommentHeader, TypicalComments(), comments)},
      {"Positions.csv", "Company Name,Title,Started On\nNorthwind,Analyst,Jan 2020\n"},
      {"learning_coach_messages.csv", "No conversations found"},
      {"Articles/Articles/", ""},
  };
}

// What the Basic export has: the same messages and connections, no invitations or comments.
inline std::vector<FileSpec> BasicExport() {
  std::vector<FileSpec> files;
  for (FileSpec& file : CompleteExport()) {
    if (file.path == "Profile.csv" || file.path == "messages.csv" ||
        file.path == "Connections.csv") {
      files.push_back(std::move(file));
    }
  }
  return files;
}

}  // namespace touchpoint::test::linkedin
