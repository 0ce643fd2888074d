// End-to-end tests of the Facebook "Download Your Information" (JSON) import: generated
// exports in each layout through ImportArchive into a real store, one test per quirk of
// formats.md 2.5 and per requirement of the Facebook issue.
#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <set>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "connectors/archive_import.h"
#include "core/store.h"
#include "tests/support/facebook_fixture.h"
#include "tests/support/run_command.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::FacebookFixture;
using test::FbComment;
using test::FbFriend;
using test::FbLayout;
using test::FbMessage;
using test::FbThread;
using test::FileSpec;
using test::TempDir;

constexpr const char* kMe = FacebookFixture::kOwner;

struct StoredEvent {
  std::string kind, direction, conversation_key, author, counterparts, text, source;
  int64_t occurred_at = 0;

  bool operator==(const StoredEvent&) const = default;
};

// Everything but the source, which names the entry and legitimately differs between exports.
std::string Describe(const StoredEvent& e) {
  return e.kind + "|" + e.direction + "|" + e.conversation_key + "|" + e.author + "|" +
         e.counterparts + "|" + e.text + "|" + std::to_string(e.occurred_at);
}

class Database {
 public:
  explicit Database(const std::filesystem::path& path) {
    Result<Store> store = Store::Open(path);
    EXPECT_TRUE(store) << store.error().message();
    store_.emplace(std::move(*store));
  }

  FileImportReport Import(const std::filesystem::path& archive) {
    return ImportArchive(archive, *store_, ImportOptions{});
  }

  // Every stored event by external id; people by name, counterparts sorted and joined by ','.
  std::map<std::string, StoredEvent> Events() {
    Result<Statement> stmt = store_->connection().Prepare(
        "SELECT e.external_id, e.kind, e.direction, c.conversation_key, coalesce(a.name, ''),"
        " (SELECT coalesce(group_concat(name, ','), '') FROM (SELECT i.name FROM"
        "    event_counterparts ec JOIN identities i ON i.id = ec.identity_id"
        "    WHERE ec.event_id = e.id ORDER BY i.name)),"
        " e.text, e.occurred_at, e.source"
        " FROM events e JOIN conversations c ON c.id = e.conversation_id"
        " JOIN identities a ON a.id = e.author_id WHERE e.platform = 'facebook'");
    std::map<std::string, StoredEvent> events;
    while (stmt->Step().value()) {
      events[std::string(stmt->Text(0))] = {std::string(stmt->Text(1)), std::string(stmt->Text(2)),
                                            std::string(stmt->Text(3)), std::string(stmt->Text(4)),
                                            std::string(stmt->Text(5)), std::string(stmt->Text(6)),
                                            std::string(stmt->Text(8)), stmt->Int(7)};
    }
    return events;
  }

  // Events keyed by their content (Describe), to look them up by what they say.
  std::map<std::string, std::string> ByText() {
    std::map<std::string, std::string> ids;
    for (const auto& [id, event] : Events()) ids[event.text] = id;
    return ids;
  }

  std::set<std::string> Comparable() {
    std::set<std::string> out;
    for (const auto& [id, event] : Events()) out.insert(id + "|" + Describe(event));
    return out;
  }

  int64_t Count(std::string_view sql) {
    return store_->connection().QueryInt(std::string(sql)).value();
  }
  std::string Text(std::string_view sql) {
    return store_->connection().QueryText(std::string(sql)).value();
  }

 private:
  std::optional<Store> store_;
};

class FacebookImportTest : public ::testing::Test {
 protected:
  std::filesystem::path Zip(const std::vector<FileSpec>& files,
                            const std::string& name = "fb.zip") {
    const auto path = dir_.path() / name;
    EXPECT_TRUE(test::WriteZip(path, files).ok());
    return path;
  }
  std::filesystem::path Zip(const FacebookFixture& fixture, const std::string& name = "fb.zip") {
    return Zip(fixture.Files(), name);
  }
  FileImportReport Import(const std::filesystem::path& path) { return db_.Import(path); }

  TempDir dir_;
  Database db_{dir_.path() / "tp.db"};
};

FbThread OneToOne() {
  return {.section = "inbox",
          .folder = "zoecastellanos_1234567890123456",
          .participants = {"Zoë Castellanos", kMe},
          .messages = {{kMe, 1718000003000, "see you at the café 😢"},
                       {"Zoë Castellanos", 1718000002000, "are we still on for Friday?"},
                       {kMe, 1718000001000, "hey Zoë!"}}};
}

FbThread Group() {
  return {
      .section = "inbox",
      .folder = "bookclub_9876543210987654",
      .participants = {"Ada Lovelace", "Bob Okafor", kMe},
      .messages = {{"Bob Okafor", 1718100004000, "chapter 3 by Sunday"},
                   {"Ada Lovelace", 1718100003000, "Ada Lovelace named the group Book club."},
                   {kMe, 1718100002000, "welcome both"},
                   {"Ada Lovelace", 1718100001000, "Ada Lovelace added Bob Okafor to the group."}}};
}

FacebookFixture Typical() {
  FacebookFixture fixture;
  fixture.Thread(OneToOne()).Thread(Group());
  return fixture;
}

TEST_F(FacebookImportTest, ImportsThreadsBothWaysWithTheOwnerFromTheProfile) {
  const FileImportReport report = Import(Zip(Typical()));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.platform, "facebook");
  EXPECT_EQ(report.added, 5);
  EXPECT_EQ(report.skipped_reasons.at("group event"), 2);
  auto events = db_.Events();
  ASSERT_EQ(events.size(), 5u);
  const auto ids = db_.ByText();
  const StoredEvent& out = events[ids.at("see you at the café 😢")];
  // "fb:msg:<8 hex: the thread>:<32 hex>"; a thread's keys share the tag.
  const std::string& key = ids.at("see you at the café 😢");
  EXPECT_TRUE(std::regex_match(key, std::regex("fb:msg:[0-9a-f]{8}:[0-9a-f]{32}"))) << key;
  EXPECT_EQ(ids.at("hey Zoë!").substr(0, 16), key.substr(0, 16));
  EXPECT_NE(ids.at("welcome both").substr(0, 16), key.substr(0, 16));
  EXPECT_EQ(out.kind, "dm");
  EXPECT_EQ(out.direction, "outbound");
  EXPECT_EQ(out.author, kMe);
  EXPECT_EQ(out.counterparts, "Zoë Castellanos");
  EXPECT_EQ(out.conversation_key, "zoecastellanos_1234567890123456");
  EXPECT_EQ(out.occurred_at, 1718000003000);
  EXPECT_EQ(out.source,
            "your_facebook_activity/messages/inbox/zoecastellanos_1234567890123456/message_1.json");
  const StoredEvent& in = events[ids.at("are we still on for Friday?")];
  EXPECT_EQ(in.direction, "inbound");
  EXPECT_EQ(in.author, "Zoë Castellanos");
  EXPECT_EQ(in.counterparts, "Zoë Castellanos");
  const StoredEvent& group = events[ids.at("chapter 3 by Sunday")];
  EXPECT_EQ(group.direction, "inbound");
  EXPECT_EQ(group.counterparts, "Ada Lovelace,Bob Okafor");
  EXPECT_EQ(events[ids.at("welcome both")].direction, "outbound");
  EXPECT_EQ(events[ids.at("welcome both")].counterparts, "Ada Lovelace,Bob Okafor");
  // The owner is recorded once, as a weak (name-only) identity.
  EXPECT_EQ(db_.Text("SELECT key FROM identities WHERE is_owner = 1"), "name:Mira Kestrel");
  EXPECT_EQ(db_.Count("SELECT max(strength) FROM identities"), 0);
}

TEST_F(FacebookImportTest, ReimportingTheSameExportAddsNothing) {
  const auto path = Zip(Typical());
  ASSERT_TRUE(Import(path).Outcome().ok());
  const int64_t identities = db_.Count("SELECT count(*) FROM identities");
  const FileImportReport again = Import(path);
  ASSERT_TRUE(again.Outcome().ok()) << again.Outcome().message();
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.present, 5);
  EXPECT_TRUE(again.previous.has_value());
  EXPECT_EQ(db_.Count("SELECT count(*) FROM events"), 5);
  EXPECT_EQ(db_.Count("SELECT count(*) FROM identities"), identities);
}

// Quirk 1: three Messenger roots, with or without a wrapper folder, recognised by content.
TEST_F(FacebookImportTest, RecognisesEveryLayoutWithAndWithoutAWrapper) {
  for (FbLayout layout :
       {FbLayout::kMessages, FbLayout::kActivityAcross, FbLayout::kFacebookActivity}) {
    for (const char* wrapper : {"", "facebook-mirakestrel-2024-06-11-AbCdEf"}) {
      TempDir dir;
      Database db(dir.path() / "tp.db");
      FacebookFixture fixture = Typical();
      fixture.Layout(layout);
      if (*wrapper != '\0') fixture.Wrapper(wrapper);
      const auto zip = dir.path() / "download.zip";
      ASSERT_TRUE(test::WriteZip(zip, fixture.Files()).ok());
      const FileImportReport report = db.Import(zip);
      EXPECT_TRUE(report.Outcome().ok()) << report.Outcome().message();
      EXPECT_EQ(report.platform, "facebook");
      EXPECT_EQ(report.added, 5) << "layout " << static_cast<int>(layout) << " wrapper " << wrapper;
    }
  }
}

TEST_F(FacebookImportTest, ImportsAnExtractedFolder) {
  const auto folder = dir_.path() / "facebook-export";
  ASSERT_TRUE(test::WriteFolder(folder, Typical().Files()).ok());
  const FileImportReport report = Import(folder);
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 5);
}

// Quirk 1: one export split across zips; thread parts in both, the profile in one only.
// Each zip imports on its own, in either order, to the same final events.
TEST_F(FacebookImportTest, SplitExportImportsTheSameInEitherOrder) {
  FacebookFixture fixture = Typical();
  FbThread long_thread = OneToOne();
  long_thread.folder = "adalovelace_1111111111111111";
  long_thread.participants = {"Ada Lovelace", kMe};
  long_thread.messages.clear();
  for (int i = 0; i < 9; ++i) {
    long_thread.messages.push_back(
        {i % 2 == 0 ? kMe : "Ada Lovelace", 1718200009000 - i * 1000, "line " + std::to_string(i)});
  }
  long_thread.parts = 3;
  fixture.Thread(long_thread);
  fixture.Comment({1718300000, "Nice one", "Mira Kestrel commented on Ada Lovelace's post."});
  std::vector<FileSpec> first, second;
  for (FileSpec& file : fixture.Files()) {
    // Zip 1: profile, comments, the group and message_1/_3 of the long thread; zip 2 the rest.
    const bool in_first = file.path.find("profile_information") != std::string::npos ||
                          file.path.find("comments") != std::string::npos ||
                          file.path.find("bookclub_") != std::string::npos ||
                          file.path.ends_with("adalovelace_1111111111111111/message_1.json") ||
                          file.path.ends_with("adalovelace_1111111111111111/message_3.json");
    (in_first ? first : second).push_back(std::move(file));
  }
  const auto zip1 = Zip(first, "facebook-part1.zip");
  const auto zip2 = Zip(second, "facebook-part2.zip");
  std::set<std::string> results[2];
  for (int order = 0; order < 2; ++order) {
    TempDir dir;
    Database db(dir.path() / "tp.db");
    for (const auto& zip : order == 0 ? std::vector{zip1, zip2} : std::vector{zip2, zip1}) {
      const FileImportReport report = db.Import(zip);
      ASSERT_TRUE(report.Outcome().ok()) << zip << ": " << report.Outcome().message();
    }
    results[order] = db.Comparable();
    EXPECT_EQ(db.Count("SELECT count(*) FROM events"), 5 + 9 + 1);
    EXPECT_EQ(db.Count("SELECT count(*) FROM identities WHERE is_owner = 1"), 1);
  }
  EXPECT_EQ(results[0], results[1]);
}

// Quirk 2: every section is read; a thread that moved between sections from one export to
// the next stays one conversation, and its messages are not duplicated.
TEST_F(FacebookImportTest, ReadsEverySectionAndAMovedThreadStaysOneConversation) {
  FacebookFixture first;
  int n = 0;
  for (const char* section :
       {"inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover"}) {
    FbThread thread = OneToOne();
    thread.section = section;
    thread.folder = std::string(section) + "person_" + std::to_string(++n);
    first.Thread(thread);
  }
  FileImportReport report = Import(Zip(first, "first.zip"));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 15);

  FacebookFixture later;
  later.Layout(FbLayout::kActivityAcross);
  FbThread moved = OneToOne();
  moved.folder = "inboxperson_1";
  moved.section = "archived_threads";
  moved.messages.insert(moved.messages.begin(), {"Zoë Castellanos", 1718000009000, "new one"});
  later.Thread(moved);
  report = Import(Zip(later, "later.zip"));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 1);
  EXPECT_EQ(report.present, 3);
  EXPECT_EQ(
      db_.Count("SELECT count(*) FROM conversations WHERE conversation_key = 'inboxperson_1'"), 1);
  EXPECT_EQ(db_.Count("SELECT count(*) FROM events e JOIN conversations c ON c.id = "
                      "e.conversation_id WHERE c.conversation_key = 'inboxperson_1'"),
            4);
}

// Quirk 3: message_1..N.json parts, newest first, each repeating the header; each part is
// one entry.
TEST_F(FacebookImportTest, ReadsEveryPartOfAThread) {
  FbThread thread = Group();
  thread.messages.clear();
  for (int i = 0; i < 10; ++i) {
    thread.messages.push_back({i % 3 == 0   ? kMe
                               : i % 3 == 1 ? "Ada Lovelace"
                                            : "Bob Okafor",
                               1718100100000 - i * 60000, "message " + std::to_string(i)});
  }
  thread.parts = 4;
  FacebookFixture fixture;
  fixture.Thread(thread);
  const auto files = fixture.Files();
  ASSERT_EQ(files.size(), 5u);  // the profile and four parts
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 10);
  EXPECT_EQ(db_.Count("SELECT count(DISTINCT source) FROM events"), 4);
  EXPECT_EQ(db_.Count("SELECT count(*) FROM conversations"), 1);
  for (const auto& [id, event] : db_.Events())
    EXPECT_EQ(event.counterparts, "Ada Lovelace,Bob Okafor");
}

// Quirk 4: mojibake in names (profile, participants, senders), content, comment text and
// titles, friends; correct raw UTF-8 is kept as it is.
TEST_F(FacebookImportTest, RepairsMojibakeEverywhereAndKeepsCorrectText) {
  FacebookFixture fixture;
  fixture.Owner("Mira Késtrel");
  fixture.Thread({.folder = "jose_1",
                  .participants = {"José Ñúñez", "Mira Késtrel"},
                  .messages = {{"José Ñúñez", 1718000002000, "日本語 ❤️ déjà vu"},
                               {"Mira Késtrel", 1718000001000, "¿qué tal?"}}});
  fixture.Comment({1718300000, "Très bien 👍", "Mira Késtrel commented on José Ñúñez's photo."});
  fixture.Friend({"Zoë Castellanos", 1600000000});
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  auto events = db_.Events();
  const auto ids = db_.ByText();
  EXPECT_EQ(events[ids.at("日本語 ❤️ déjà vu")].author, "José Ñúñez");
  EXPECT_EQ(events[ids.at("日本語 ❤️ déjà vu")].direction, "inbound");
  EXPECT_EQ(events[ids.at("¿qué tal?")].direction, "outbound");
  EXPECT_EQ(events[ids.at("¿qué tal?")].author, "Mira Késtrel");
  EXPECT_EQ(events[ids.at("Très bien 👍")].counterparts, "José Ñúñez");
  EXPECT_EQ(events[ids.at("")].counterparts, "Zoë Castellanos");
  EXPECT_EQ(db_.Text("SELECT name FROM identities WHERE is_owner = 1"), "Mira Késtrel");

  TempDir dir;
  Database raw_db(dir.path() / "tp.db");
  fixture.RawText(true);
  const auto raw = dir.path() / "raw.zip";
  ASSERT_TRUE(test::WriteZip(raw, fixture.Files()).ok());
  const FileImportReport raw_report = raw_db.Import(raw);
  ASSERT_TRUE(raw_report.Outcome().ok()) << raw_report.Outcome().message();
  // Raw, correctly encoded text gives the very same events, keys included.
  EXPECT_EQ(raw_db.Comparable(), db_.Comparable());
}

// Quirk 5: old exports ("type": Call, Subscribe, Unsubscribe, is_unsent) and new ones (no
// type: calls and group events as prose); unsent, media-only and empty messages.
TEST_F(FacebookImportTest, SkipsSystemCallAndUnsentMessagesAndKeepsMediaOnlyOnes) {
  const std::string photo =
      "\"photos\": [{\"uri\": \"your_facebook_activity/messages/inbox/crew_42/photos/1_n.jpg\", "
      "\"creation_timestamp\": 1718000000}]";
  FacebookFixture modern;
  modern.Thread(
      {.folder = "crew_42",
       .participants = {"Ada Lovelace", "Bob Okafor", kMe},
       .messages = {{"Ada Lovelace", 1718000012000, "The video call ended."},
                    {"Bob Okafor", 1718000011000, "Bob Okafor missed your call."},
                    {"Ada Lovelace", 1718000010000, "Ada Lovelace left the group."},
                    {"Ada Lovelace", 1718000009000, "Ada Lovelace removed Cy from the group."},
                    {kMe, 1718000008000, "Mira Kestrel named the group Crew."},
                    {"Bob Okafor", 1718000007000, std::nullopt, "", "\"is_unsent\": true"},
                    {"Bob Okafor", 1718000006500, "oops", "", "\"is_unsent\": true"},
                    {"Ada Lovelace", 1718000006000, std::nullopt, "", photo},
                    {"Ada Lovelace", 1718000005000, "Ada Lovelace sent an attachment."},
                    {"Bob Okafor", 1718000004000, std::nullopt},
                    {"Bob Okafor", 1718000003000, "", "", "\"sticker\": {\"uri\": \"s.png\"}"},
                    {"Bob Okafor", 1718000002000, "I left the group. Kidding!"},
                    {kMe, 1718000001000, "hello crew"}}});
  FileImportReport report = Import(Zip(modern, "modern.zip"));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 5);
  EXPECT_EQ(report.skipped_reasons.at("call"), 2);
  EXPECT_EQ(report.skipped_reasons.at("group event"), 3);
  EXPECT_EQ(report.skipped_reasons.at("unsent message"), 2);
  EXPECT_EQ(report.skipped_reasons.at("empty message"), 1);
  EXPECT_EQ(db_.Count("SELECT count(*) FROM events WHERE text = ''"), 3);
  EXPECT_EQ(db_.Count("SELECT count(*) FROM events WHERE text = 'I left the group. Kidding!'"), 1);

  FacebookFixture old;
  old.Layout(FbLayout::kMessages).OldEra(true);
  old.Thread(
      {.folder = "oldcrew_ABC123XYZ",
       .participants = {"Ada Lovelace", kMe},
       .messages = {
           {"Ada Lovelace", 1500000004000, "Ada Lovelace left the group.", "Unsubscribe"},
           {kMe, 1500000003000, "Mira Kestrel added Ada to the group.", "Subscribe"},
           {"Ada Lovelace", 1500000002000, "Ada called you.", "Call", "\"call_duration\": 65"},
           {"Ada Lovelace", 1500000001500, "https://example.org", "Share",
            "\"share\": {\"link\": \"https://example.org\"}"},
           {kMe, 1500000001000, "old times"}}});
  report = Import(Zip(old, "old.zip"));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 2);
  EXPECT_EQ(report.skipped_reasons.at("group event"), 2);
  EXPECT_EQ(report.skipped_reasons.at("call"), 1);
}

// Quirk 6: no ids. Keys are natural and stable; identical messages in one millisecond stay
// apart; "Facebook user" (deleted accounts) is kept apart per thread.
TEST_F(FacebookImportTest, NaturalKeysSeparateBurstsAndDeletedUsersStayApart) {
  const std::string photo = "\"photos\": [{\"uri\": \"p.jpg\", \"creation_timestamp\": 1}]";
  FacebookFixture fixture;
  fixture.Thread({.folder = "facebookuser_1",
                  .participants = {"Facebook user", kMe},
                  .messages = {{"Facebook user", 1718000002000, std::nullopt, "", photo},
                               {"Facebook user", 1718000002000, std::nullopt, "", photo},
                               {"Facebook user", 1718000002000, std::nullopt, "", photo},
                               {kMe, 1718000001000, "ok"}}});
  fixture.Thread(
      {.folder = "facebookuser_2",
       .participants = {"Facebook user", kMe},
       .messages = {{"Facebook user", 1718000001000, "ok"}, {kMe, 1718000001000, "ok"}}});
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 6);
  EXPECT_EQ(db_.Count("SELECT count(*) FROM identities WHERE name LIKE 'Facebook user%'"), 2);
  EXPECT_EQ(
      db_.Count(
          "SELECT count(*) FROM identities WHERE key = 'name:Facebook user (facebookuser_1)'"),
      1);
  const std::set<std::string> before = db_.Comparable();

  // A later export: other layout, wrapper, section and zip name; the same keys.
  FacebookFixture later = fixture;
  later.Layout(FbLayout::kMessages).Wrapper("backup");
  const FileImportReport again = Import(Zip(later, "later.zip"));
  ASSERT_TRUE(again.Outcome().ok()) << again.Outcome().message();
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.present, 6);
  EXPECT_EQ(db_.Comparable(), before);
}

// Quirk 7: participants list only who is in the thread at export time; people who left are
// counterparts by their messages, and a group the owner left does not hide the owner.
TEST_F(FacebookImportTest, PeopleWhoLeftAreCounterpartsAndAGroupTheOwnerLeftIsHandled) {
  FacebookFixture fixture;
  fixture.Owner("");  // no profile: the owner comes from the threads
  fixture.Thread({.folder = "trip_1",
                  .participants = {"Ada Lovelace", kMe},
                  .messages = {{"Cy Gone", 1718000002000, "bye all"},
                               {"Ada Lovelace", 1718000001000, "who's in?"}}});
  fixture.Thread({.folder = "bob_2",
                  .participants = {"Bob Okafor", kMe},
                  .messages = {{kMe, 1718000003000, "hi Bob"}}});
  fixture.Thread({.folder = "oldgroup_3",
                  .participants = {"Ada Lovelace", "Bob Okafor"},
                  .messages = {{kMe, 1718000000000, "I'm out"}},
                  .extra = "\"is_still_participant\": false"});
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  const auto events = db_.Events();
  const auto ids = db_.ByText();
  EXPECT_EQ(events.at(ids.at("who's in?")).counterparts, "Ada Lovelace,Cy Gone");
  EXPECT_EQ(events.at(ids.at("bye all")).author, "Cy Gone");
  EXPECT_EQ(events.at(ids.at("hi Bob")).direction, "outbound");
  EXPECT_EQ(events.at(ids.at("I'm out")).direction, "outbound");
  EXPECT_EQ(events.at(ids.at("I'm out")).counterparts, "Ada Lovelace,Bob Okafor");
  EXPECT_EQ(db_.Text("SELECT name FROM identities WHERE is_owner = 1"), kMe);
}

// Quirk 8: media URIs that expired, are bare file names or point into another zip part do
// not matter: such messages are turns with empty text.
TEST_F(FacebookImportTest, MediaOnlyMessagesWithAnyUriAreEventsWithEmptyText) {
  FacebookFixture fixture;
  fixture.Thread(
      {.folder = "pics_1",
       .participants = {"Ada Lovelace", kMe},
       .messages = {
           {"Ada Lovelace", 1718000003000, std::nullopt, "",
            "\"photos\": [{\"uri\": \"https://scontent.xx.fbcdn.net/v/t1/1_n.jpg?oh=1&oe=2\"}]"},
           {"Ada Lovelace", 1718000002000, std::nullopt, "",
            "\"videos\": [{\"uri\": \"clip.mp4\"}]"},
           {kMe, 1718000001000, std::nullopt, "",
            "\"files\": [{\"uri\": "
            "\"your_facebook_activity/messages/inbox/pics_1/files/a.pdf\"}]"}}});
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 3);
  EXPECT_EQ(db_.Count("SELECT count(*) FROM events WHERE text = ''"), 3);
}

// Quirk 9 and metadata beside the threads: files that are not threads are never read, so
// even "[object Object]" does not fail the import.
TEST_F(FacebookImportTest, MetadataAndBrokenNonMessageFilesAreIgnored) {
  FacebookFixture fixture = Typical();
  fixture.Extra("your_facebook_activity/stories/archived_stories.json", "[object Object]");
  fixture.Extra("your_facebook_activity/messages/autofill_information.json",
                "{\"autofill_information_v2\": {}}");
  fixture.Extra("your_facebook_activity/messages/secret_conversations.json", "{");
  fixture.Extra("your_facebook_activity/messages/messaging_settings.json", "not json");
  fixture.Extra(
      "your_facebook_activity/messages/inbox/zoecastellanos_1234567890123456/photos/1.jpg",
      "\xff\xd8\xff");
  fixture.Extra("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
                "[{\"timestamp\": 1, \"title\": \"Mira Kestrel updated her status.\"}]");
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_FALSE(report.partial);
  EXPECT_EQ(report.added, 5);
}

TEST_F(FacebookImportTest, MalformedThreadFileFailsAloneWithItsPosition) {
  FacebookFixture fixture = Typical();
  auto files = fixture.Files();
  std::string broken_path;
  for (FileSpec& file : files) {
    if (file.path.find("bookclub_") != std::string::npos) {
      // Drop the comma after the second message's sender_name.
      const size_t first = file.content.find("\"sender_name\"");
      const size_t second = file.content.find("\"sender_name\"", first + 1);
      const size_t comma = file.content.find(',', second);
      file.content.erase(comma, 1);
      broken_path = file.path;
    }
  }
  const FileImportReport report = Import(Zip(files, "broken.zip"));
  ASSERT_TRUE(report.status.ok()) << report.status.message();
  EXPECT_TRUE(report.partial);
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_EQ(report.failures[0].entry, broken_path);
  EXPECT_EQ(report.Outcome().code(), StatusCode::kDataError);
  const std::string& message = report.failures[0].status.message();
  EXPECT_TRUE(
      message.starts_with(broken_path + ": Missing a comma or '}' after an object member. (line "))
      << message;
  EXPECT_NE(message.find(", column "), std::string::npos) << message;
  EXPECT_NE(message.find(", byte "), std::string::npos) << message;
  // The other thread imported; nothing of the broken file did.
  EXPECT_EQ(report.added, 3);
  EXPECT_EQ(db_.Count("SELECT count(*) FROM events WHERE source = '" + broken_path + "'"), 0);
  EXPECT_EQ(db_.Text("SELECT status FROM imports"), "partial");
}

TEST_F(FacebookImportTest, ThreadFileOfTheWrongShapeFailsAloneAndOddValuesAreSkipped) {
  FacebookFixture fixture = Typical();
  fixture.Extra("your_facebook_activity/messages/inbox/odd_1/message_1.json",
                "{\"participants\": \"nobody\", \"messages\": {\"not\": \"an array\"}}");
  fixture.Extra(
      "your_facebook_activity/messages/inbox/odd_2/message_1.json",
      "{\"participants\": [1, null, {\"name\": 5}], \"messages\": [1, \"x\", null, "
      "{\"sender_name\": \"A\", \"timestamp_ms\": \"1718000000000\", \"content\": \"x\"}, "
      "{\"sender_name\": \"A\", \"timestamp_ms\": 1.5e300, \"content\": \"x\"}, "
      "{\"timestamp_ms\": 1718000000000, \"content\": \"no sender\"}, "
      "{\"sender_name\": \"A\", \"timestamp_ms\": 1718000000000, \"content\": 7}]}");
  fixture.Extra("your_facebook_activity/messages/inbox/odd_3/message_1.json", "[]");
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.status.ok()) << report.status.message();
  ASSERT_EQ(report.failures.size(), 2u);
  EXPECT_NE(
      report.failures[0].status.message().find("odd_1/message_1.json: not a Messenger thread"),
      std::string::npos)
      << report.failures[0].status.message();
  EXPECT_EQ(report.added, 5);
  EXPECT_EQ(report.skipped_reasons.at("message without sender or timestamp"), 6);
  EXPECT_EQ(report.skipped_reasons.at("empty message"), 1);
}

TEST_F(FacebookImportTest, OwnerComesFromKnownOwnerWhenThisPartCannotTell) {
  FacebookFixture single;
  single.Owner("");
  single.Thread(OneToOne());  // one thread of two people: either could be the owner
  const auto part = Zip(single, "part2.zip");
  FileImportReport report = Import(part);
  EXPECT_EQ(report.status.code(), StatusCode::kDataError);
  EXPECT_NE(report.status.message().find("cannot tell whose Facebook export this is"),
            std::string::npos)
      << report.status.message();
  EXPECT_NE(report.status.message().find(part.string()), std::string::npos);
  EXPECT_EQ(db_.Count("SELECT count(*) FROM events"), 0);

  FacebookFixture with_profile;
  with_profile.Thread(Group());
  ASSERT_TRUE(Import(Zip(with_profile, "part1.zip")).Outcome().ok());
  report = Import(part);
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 3);
  EXPECT_EQ(db_.Events()[db_.ByText().at("hey Zoë!")].direction, "outbound");
}

TEST_F(FacebookImportTest, ExportWithoutOwnerOrThreadsIsADataError) {
  FacebookFixture fixture;
  fixture.Owner("");
  fixture.Friend({"Ada Lovelace", 1600000000});
  const FileImportReport report = Import(Zip(fixture));
  EXPECT_EQ(report.status.code(), StatusCode::kDataError);
  EXPECT_NE(report.status.message().find("no profile_information.json, and no Messenger thread"),
            std::string::npos)
      << report.status.message();
}

TEST_F(FacebookImportTest, CommentsAndFriendsBecomeOutboundEvents) {
  for (const bool old : {false, true}) {
    TempDir dir;
    Database db(dir.path() / "tp.db");
    FacebookFixture fixture;
    fixture.Layout(old ? FbLayout::kMessages : FbLayout::kFacebookActivity).OldEra(old);
    fixture.Comment({1718300005, "Congrats!", "Mira Kestrel commented on Ada Lovelace's post."});
    fixture.Comment({1718300004, "Same here", "Mira Kestrel replied to Bob O'Brien's comment."});
    fixture.Comment({1718300003, "lol", "Mira Kestrel commented on her own post."});
    fixture.Comment({1718300002, "", "Mira Kestrel commented on a photo."});
    fixture.Comment({1718300001, "Nice", "Mira Kestrel a commenté la publication de Zoë."});
    fixture.Comment({1718300001, "Nice", "Mira Kestrel commented on Zoë’s video in Hikers."});
    fixture.Comment({1718300000, "Me", "Mira Kestrel commented on Mira Kestrel's post."});
    fixture.Friend({"Ada Lovelace", 1600000000});
    fixture.Friend({"Facebook user", 1600000001});
    fixture.Thread(OneToOne());
    const auto zip = dir.path() / "fb.zip";
    ASSERT_TRUE(test::WriteZip(zip, fixture.Files()).ok());
    const FileImportReport report = db.Import(zip);
    ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
    EXPECT_EQ(report.added, 3 + 7 + 1);
    EXPECT_EQ(report.skipped_reasons.at("deleted account"), 1);
    std::map<std::string, std::string> counterparts;  // comment occurred_at -> counterparts
    for (const auto& [id, event] : db.Events()) {
      if (event.kind == "dm") continue;
      EXPECT_EQ(event.direction, "outbound");
      EXPECT_EQ(event.author, kMe);
      EXPECT_EQ(event.conversation_key, id);
      if (event.kind == "connection") {
        EXPECT_TRUE(id.starts_with("fb:friend:"));
        EXPECT_EQ(event.counterparts, "Ada Lovelace");
        EXPECT_EQ(event.occurred_at, 1600000000000);
        continue;
      }
      EXPECT_EQ(event.kind, "comment");
      EXPECT_TRUE(id.starts_with("fb:comment:"));
      counterparts[std::to_string(event.occurred_at) + " " + event.text] = event.counterparts;
    }
    EXPECT_EQ(counterparts["1718300005000 Congrats!"], "Ada Lovelace");
    EXPECT_EQ(counterparts["1718300004000 Same here"], "Bob O'Brien");
    EXPECT_EQ(counterparts["1718300003000 lol"], "");
    EXPECT_EQ(counterparts["1718300002000 "], "");
    EXPECT_EQ(counterparts["1718300000000 Me"], "");
    EXPECT_EQ(counterparts.size(), 6u);  // the two "Nice" at the same second are distinct
    EXPECT_EQ(db.Count("SELECT count(*) FROM events WHERE text = 'Nice'"), 2);
    EXPECT_EQ(db.Count("SELECT count(*) FROM event_counterparts ec JOIN identities i ON "
                       "i.id = ec.identity_id JOIN events e ON e.id = ec.event_id "
                       "WHERE e.text = 'Nice' AND i.name = 'Zoë'"),
              1);
  }
}

TEST_F(FacebookImportTest, OtherArchivesAreNotRecognised) {
  const auto photos = Zip({{"IMG_0001.jpg", "\xff\xd8\xff"}, {"notes.txt", "hi"}}, "photos.zip");
  // Facebook-looking paths whose content is not a Facebook file. (A media-only part of a
  // split export is recognised: see MediaOnlyPartOfASplitExportAddsNothingAndSucceeds.)
  const auto lookalike = Zip({{"messages/inbox/x_1/message_1.json", "[1, 2, 3]"},
                              {"profile_information/profile_information.json", "{\"a\": 1}"}},
                             "lookalike.zip");
  for (const auto& path : {photos, lookalike}) {
    const FileImportReport report = Import(path);
    EXPECT_EQ(report.status.code(), StatusCode::kDataError) << path;
    EXPECT_NE(report.status.message().find("not a recognised export archive"), std::string::npos)
        << report.status.message();
  }
  EXPECT_EQ(db_.Count("SELECT count(*) FROM events"), 0);
}

// No crash on any input: every file of a small export, mutated at random (bytes flipped,
// dropped, JSON punctuation and escapes inserted, cut short), either imports or fails its
// entry with kDataError; the run is under ASan/UBSan in the sanitizer build.
TEST_F(FacebookImportTest, MutatedFilesNeverCrash) {
  FacebookFixture fixture = Typical();
  fixture.Comment({1718300000, "Nice one", "Mira Kestrel commented on Zoë's post."});
  fixture.Friend({"Ada Lovelace", 1600000000});
  const std::vector<FileSpec> files = fixture.Files();
  const std::string_view inserts[] = {"{",     "}",    "[",    "]",   "\"",    "\\",
                                      ",",     ":",    "0",    "-",   "\\u00", "\\ud800",
                                      "1e999", "null", "\xff", "\xc3"};
  std::mt19937 random(20240611);
  for (int round = 0; round < 120; ++round) {
    std::vector<FileSpec> mutated = files;
    FileSpec& victim = mutated[random() % mutated.size()];
    std::string& text = victim.content;
    for (int edits = 1 + static_cast<int>(random() % 4); edits > 0 && !text.empty(); --edits) {
      const size_t at = random() % text.size();
      switch (random() % 4) {
        case 0:
          text[at] = static_cast<char>(random());
          break;
        case 1:
          text.erase(at, 1 + random() % 8);
          break;
        case 2:
          text.insert(at, inserts[random() % std::size(inserts)]);
          break;
        default:
          text.resize(at);
          break;
      }
    }
    // Appended rather than "literal" + string: GCC 12 warns falsely (-Wrestrict) on that.
    std::string name = "mutated";
    name += std::to_string(round);
    const auto folder = dir_.path() / name;
    ASSERT_TRUE(test::WriteFolder(folder, mutated).ok());
    const FileImportReport report = Import(folder);
    for (const EntryFailure& failure : report.failures) {
      EXPECT_EQ(failure.status.code(), StatusCode::kDataError) << failure.status.message();
    }
    if (!report.status.ok()) {
      EXPECT_EQ(report.status.code(), StatusCode::kDataError) << report.status.message();
    }
  }
}

// The generator (tests/fixtures/gen_facebook_export.py) against the importer, event by event:
// every era, zip and folder, wrapper, small part files, and a split export imported in
// reverse order.
struct GeneratedCase {
  std::vector<std::string> args;
  bool reverse = false;
};

class FacebookGeneratedExportTest : public ::testing::TestWithParam<GeneratedCase> {};

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// "kind|direction|conversation|author|counterparts|text|occurred_at" as the expectation and
// the store both describe it (conversation keys of comments and friends are not compared).
std::multiset<std::string> Expected(const rapidjson::Value& events) {
  std::multiset<std::string> out;
  for (const rapidjson::Value& e : events.GetArray()) {
    std::string counterparts;
    for (const rapidjson::Value& name : e["counterparts"].GetArray()) {
      if (!counterparts.empty()) counterparts += ',';
      counterparts += name.GetString();
    }
    const std::string kind = e["kind"].GetString();
    out.insert(kind + "|" + e["direction"].GetString() + "|" +
               (kind == "dm" ? e["conversation_key"].GetString() : "") + "|" +
               e["author"].GetString() + "|" + counterparts + "|" + e["text"].GetString() + "|" +
               std::to_string(e["occurred_at"].GetInt64()));
  }
  return out;
}

TEST_P(FacebookGeneratedExportTest, ImportsWhatTheGeneratorWrote) {
  TempDir dir;
  const auto out = dir.path() / "out" / "facebook.zip";
  std::filesystem::create_directories(out.parent_path());
  std::vector<std::string> argv = {"/usr/bin/env",
                                   "python3",
                                   TOUCHPOINT_SOURCE_DIR "/tests/fixtures/gen_facebook_export.py",
                                   "--out",
                                   out.string(),
                                   "--expect",
                                   (dir.path() / "expect.json").string()};
  argv.insert(argv.end(), GetParam().args.begin(), GetParam().args.end());
  const test::CommandResult generated = test::RunCommand(argv);
  ASSERT_EQ(generated.exit_code, 0) << generated.err;
  rapidjson::Document expect;
  expect.Parse(Slurp(dir.path() / "expect.json").c_str());
  ASSERT_FALSE(expect.HasParseError());

  std::vector<std::filesystem::path> parts;
  for (const auto& item : std::filesystem::directory_iterator(out.parent_path())) {
    parts.push_back(item.path());
  }
  std::sort(parts.begin(), parts.end());
  if (GetParam().reverse) std::reverse(parts.begin(), parts.end());
  Database db(dir.path() / "tp.db");
  int64_t added = 0;
  std::map<std::string, int64_t> skipped;
  for (const auto& part : parts) {
    const FileImportReport report = db.Import(part);
    ASSERT_TRUE(report.Outcome().ok()) << part << ": " << report.Outcome().message();
    added += report.added;
    for (const auto& [reason, count] : report.skipped_reasons) skipped[reason] += count;
  }
  EXPECT_EQ(added, expect["counts"]["total"].GetInt64());
  for (const auto& reason : expect["skipped"].GetObject()) {
    EXPECT_EQ(skipped[reason.name.GetString()], reason.value.GetInt64()) << reason.name.GetString();
  }
  std::multiset<std::string> stored;
  for (const auto& [id, e] : db.Events()) {
    stored.insert(e.kind + "|" + e.direction + "|" + (e.kind == "dm" ? e.conversation_key : "") +
                  "|" + e.author + "|" + e.counterparts + "|" + e.text + "|" +
                  std::to_string(e.occurred_at));
  }
  EXPECT_EQ(stored, Expected(expect["events"]));
  for (const auto& part : parts) EXPECT_EQ(db.Import(part).added, 0) << part;
}

INSTANTIATE_TEST_SUITE_P(
    FacebookEras, FacebookGeneratedExportTest,
    ::testing::Values(GeneratedCase{{"--era", "2024", "--messages", "1500", "--seed", "3"}},
                      GeneratedCase{{"--era", "2024-across", "--messages", "1200", "--seed", "4",
                                     "--zips", "3", "--max-per-file", "60"}},
                      GeneratedCase{{"--era", "2024-across", "--messages", "1200", "--seed", "4",
                                     "--zips", "3", "--max-per-file", "60"},
                                    true},
                      GeneratedCase{{"--era", "2023", "--messages", "1000", "--seed", "5",
                                     "--wrapper", "facebook-mirakestrel-2023"}},
                      GeneratedCase{{"--era", "2020", "--messages", "1000", "--seed", "6",
                                     "--format", "dir", "--zips", "2"},
                                    true}));

// A part of a split export that holds only message media imports as a success that adds
// nothing, instead of failing as unrecognised.
TEST_F(FacebookImportTest, MediaOnlyPartOfASplitExportAddsNothingAndSucceeds) {
  const auto zip =
      Zip({{"your_facebook_activity/messages/inbox/ada_123/photos/1.jpg", "\xff\xd8\xff"},
           {"your_facebook_activity/messages/inbox/ada_123/videos/2.mp4", "...."}},
          "facebook-part3.zip");
  const FileImportReport report = Import(zip);
  EXPECT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.platform, "facebook");
  EXPECT_EQ(report.added, 0);
  EXPECT_NE(report.note.find("nothing to import"), std::string::npos);
}

}  // namespace
}  // namespace touchpoint
