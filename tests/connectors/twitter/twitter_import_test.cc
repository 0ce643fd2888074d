// End-to-end tests of the Twitter/X archive import: generated archives in each layout, one
// test per quirk of formats.md 1.6 and per bad input of the Foundation issue.
#include <fstream>
#include <map>

#include <gtest/gtest.h>

#include "connectors/archive_import.h"
#include "core/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/twitter_fixture.h"

namespace touchpoint {
namespace {

using test::DmSpec;
using test::Era;
using test::TempDir;
using test::TweetSpec;
using test::TwitterFixture;

struct StoredEvent {
  std::string kind, direction, conversation_key, parent_id, author, counterparts, text;
  int64_t occurred_at = 0;
};

class TwitterImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Store> store = Store::Open(dir_.path() / "tp.db");
    ASSERT_TRUE(store) << store.error().message();
    store_.emplace(std::move(*store));
  }

  std::filesystem::path Zip(const TwitterFixture& fixture, const std::string& name = "a.zip") {
    const auto path = dir_.path() / name;
    EXPECT_TRUE(test::WriteZip(path, fixture.Files()).ok());
    return path;
  }

  FileImportReport Import(const std::filesystem::path& path) {
    return ImportArchive(path, *store_, ImportOptions{});
  }

  // Every stored event by external id; people as "id|handle" joined with ','.
  std::map<std::string, StoredEvent> Events() {
    Result<Statement> stmt = store_->connection().Prepare(
        "SELECT e.external_id, e.kind, e.direction, c.conversation_key, coalesce(e.parent_id, ''),"
        " coalesce(a.user_id, '') || '|' || coalesce(a.handle, ''),"
        " (SELECT coalesce(group_concat(coalesce(i.user_id, '') || '|' || coalesce(i.handle, ''), ','), '')"
        "    FROM (SELECT i.* FROM event_counterparts ec JOIN identities i ON i.id = ec.identity_id"
        "          WHERE ec.event_id = e.id ORDER BY i.user_id, i.handle) AS i),"
        " e.text, e.occurred_at"
        " FROM events e JOIN conversations c ON c.id = e.conversation_id"
        " JOIN identities a ON a.id = e.author_id");
    std::map<std::string, StoredEvent> events;
    while (stmt->Step().value()) {
      events[std::string(stmt->Text(0))] = {
          std::string(stmt->Text(1)), std::string(stmt->Text(2)), std::string(stmt->Text(3)),
          std::string(stmt->Text(4)), std::string(stmt->Text(5)), std::string(stmt->Text(6)),
          std::string(stmt->Text(7)), stmt->Int(8)};
    }
    return events;
  }

  int64_t Count(std::string_view table) {
    return store_->connection().QueryInt("SELECT count(*) FROM " + std::string(table)).value();
  }

  TempDir dir_;
  std::optional<Store> store_;
};

TwitterFixture TypicalArchive() {
  TwitterFixture fixture;
  fixture.Tweet({.id = "1790000000000000001",
                 .text = "@ada_l agreed &amp; measured it &lt;3",
                 .reply_to_status = "1789999999999999999",
                 .reply_to_user = "1234567",
                 .reply_to_handle = "ada_l",
                 .mentions = {{"1234567", "ada_l", "Ada L"}}});
  fixture.Tweet({.id = "1790000000000000002", .text = "just a thought"});
  fixture.Tweet({.id = "1790000000000000003", .text = "thanks @bob_b for the intro to @cy",
                 .mentions = {{"55", "bob_b", "Bob"}, {"66", "cy", "Cy"}}});
  fixture.Dm("1000-1234567",
             {{"1790000000000000123", "1234567", "1000", "could we hop on a call?"},
              {"1790000000000000122", TwitterFixture::kOwnerId, "1234567", "hey!",
               "2024-05-13T09:50:00.000Z"}});
  return fixture;
}

TEST_F(TwitterImportTest, ImportsRepliesMentionsPostsAndDmsBothWays) {
  const FileImportReport report = Import(Zip(TypicalArchive()));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.platform, "twitter");
  EXPECT_EQ(report.read, 5);
  EXPECT_EQ(report.added, 5);
  auto events = Events();
  ASSERT_EQ(events.size(), 5u);
  const StoredEvent& reply = events["1790000000000000001"];
  EXPECT_EQ(reply.kind, "reply");
  EXPECT_EQ(reply.direction, "outbound");
  EXPECT_EQ(reply.parent_id, "1789999999999999999");
  EXPECT_EQ(reply.conversation_key, "1789999999999999999");
  EXPECT_EQ(reply.author, "1000|Owner_Me");
  EXPECT_EQ(reply.counterparts, "1234567|ada_l");
  EXPECT_EQ(reply.text, "@ada_l agreed & measured it <3");
  EXPECT_EQ(reply.occurred_at, 1715590862000);
  EXPECT_EQ(events["1790000000000000002"].kind, "post");
  EXPECT_EQ(events["1790000000000000003"].kind, "mention");
  EXPECT_EQ(events["1790000000000000003"].counterparts, "55|bob_b,66|cy");
  const StoredEvent& inbound = events["1790000000000000123"];
  EXPECT_EQ(inbound.kind, "dm");
  EXPECT_EQ(inbound.direction, "inbound");
  EXPECT_EQ(inbound.conversation_key, "1000-1234567");
  EXPECT_EQ(inbound.author, "1234567|ada_l");  // the handle learned from the reply
  EXPECT_EQ(inbound.counterparts, "1234567|ada_l");
  EXPECT_EQ(inbound.occurred_at, 1715594280123);
  EXPECT_EQ(events["1790000000000000122"].direction, "outbound");
}

TEST_F(TwitterImportTest, ReimportingTheSameArchiveAddsNothing) {
  const auto path = Zip(TypicalArchive());
  ASSERT_TRUE(Import(path).Outcome().ok());
  const int64_t identities = Count("identities");
  const FileImportReport again = Import(path);
  ASSERT_TRUE(again.Outcome().ok());
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.present, 5);
  ASSERT_TRUE(again.previous.has_value());
  EXPECT_EQ(Count("events"), 5);
  EXPECT_EQ(Count("identities"), identities);
}

// Quirk 1: the data root can be the zip root, data/, or nested under a wrapper folder.
TEST_F(TwitterImportTest, FindsTheDataRootInEveryLayout) {
  for (Era era : {Era::kGdprV1, Era::kGdprV2, Era::kX}) {
    for (const char* wrapper : {"", "twitter-2024-05-13-abc"}) {
      TempDir dir;
      Result<Store> store = Store::Open(dir.path() / "tp.db");
      ASSERT_TRUE(store);
      TwitterFixture fixture = TypicalArchive();
      fixture.Era(era);
      if (*wrapper != '\0') fixture.Wrapper(wrapper);
      const auto zip = dir.path() / "any-name.zip";
      ASSERT_TRUE(test::WriteZip(zip, fixture.Files()).ok());
      const FileImportReport report = ImportArchive(zip, *store, {});
      EXPECT_TRUE(report.Outcome().ok()) << report.Outcome().message();
      EXPECT_EQ(report.added, 5) << "era " << static_cast<int>(era) << " wrapper " << wrapper;
    }
  }
}

TEST_F(TwitterImportTest, ImportsAnExtractedFolder) {
  const auto folder = dir_.path() / "extracted";
  ASSERT_TRUE(test::WriteFolder(folder, TypicalArchive().Files()).ok());
  const FileImportReport report = Import(folder);
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 5);
}

// Quirk 2: tweet.js and tweets.js, and -partN splits whose variable carries partN.
TEST_F(TwitterImportTest, ReadsEveryPartFile) {
  TwitterFixture fixture;
  for (int i = 0; i < 7; ++i) {
    fixture.Tweet({.id = "17900000000000001" + std::to_string(10 + i), .text = "post"});
  }
  fixture.Parts(3);
  const auto files = fixture.Files();
  bool has_part2 = false;
  for (const auto& file : files) {
    if (file.path == "data/tweets-part2.js") {
      has_part2 = file.content.starts_with("window.YTD.tweets.part2 = ");
    }
  }
  ASSERT_TRUE(has_part2);
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 7);
}

// Quirk 3: items wrapped as {"tweet": ...} or bare.
TEST_F(TwitterImportTest, ReadsBareTweetItems) {
  TwitterFixture fixture = TypicalArchive();
  fixture.Era(Era::kGdprV1).BareItems(true);
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 5);
  EXPECT_EQ(Events()["1790000000000000001"].kind, "reply");
}

// Quirk 4: ids beyond 2^53 stay exact strings, even if a file writes them as numbers.
TEST_F(TwitterImportTest, KeepsIdsExact) {
  TwitterFixture fixture;
  fixture.Extra("tweets-part1.js",
                "window.YTD.tweets.part1 = [ { \"tweet\" : { \"id\" : 1790000000000000011, "
                "\"created_at\" : \"Mon May 13 09:01:02 +0000 2024\", \"full_text\" : \"x\" } } ]");
  ASSERT_TRUE(Import(Zip(fixture)).Outcome().ok());
  EXPECT_EQ(Events().count("1790000000000000011"), 1u);
}

// Quirk 5: absent keys, "-1" ids of deleted accounts, retweets without a flag.
TEST_F(TwitterImportTest, DeletedAccountsAreKeyedByHandleAndRetweetsSkipped) {
  TwitterFixture fixture;
  fixture.Tweet({.id = "1790000000000000021", .text = "@gone hello",
                 .mentions = {{"-1", "Gone", "Gone Person"}}});
  fixture.Tweet({.id = "1790000000000000022", .text = "@GONE again",
                 .mentions = {{"-1", "gone", ""}}});
  fixture.Tweet({.id = "1790000000000000023", .text = "RT @bob_b: great thread about…",
                 .mentions = {{"55", "bob_b", "Bob"}}});
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 2);
  EXPECT_EQ(report.skipped_reasons.at("retweet"), 1);
  auto events = Events();
  EXPECT_EQ(events["1790000000000000021"].kind, "mention");
  // The last spelling seen wins; both tweets name the same deleted account.
  EXPECT_EQ(events["1790000000000000021"].counterparts, "|gone");
  EXPECT_EQ(store_->connection()
                .QueryInt("SELECT count(*) FROM identities WHERE key = 'handle:gone'")
                .value(),
            1);
}

TEST_F(TwitterImportTest, ReplyWithoutStatusIsAMentionAndSelfThreadsArePosts) {
  TwitterFixture fixture;
  fixture.Tweet({.id = "1790000000000000031", .text = "@ada_l no status here",
                 .reply_to_user = "1234567", .reply_to_handle = "ada_l"});
  fixture.Tweet({.id = "1790000000000000032", .text = "2/ continuing my own thread",
                 .reply_to_status = "1790000000000000031", .reply_to_user = "1000",
                 .reply_to_handle = "Owner_Me"});
  fixture.Tweet({.id = "1790000000000000033", .text = "3/ cc @bob_b",
                 .reply_to_status = "1790000000000000032", .reply_to_user = "1000",
                 .mentions = {{"55", "bob_b", "Bob"}}});
  ASSERT_TRUE(Import(Zip(fixture)).Outcome().ok());
  auto events = Events();
  EXPECT_EQ(events["1790000000000000031"].kind, "mention");
  EXPECT_EQ(events["1790000000000000031"].parent_id, "");
  EXPECT_EQ(events["1790000000000000032"].kind, "post");
  EXPECT_EQ(events["1790000000000000033"].kind, "reply");
  // The whole self-thread is one conversation, rooted at its first tweet.
  EXPECT_EQ(events["1790000000000000032"].conversation_key, "1790000000000000031");
  EXPECT_EQ(events["1790000000000000033"].conversation_key, "1790000000000000031");
}

TEST_F(TwitterImportTest, SelfMentionsAreNotCounterparts) {
  TwitterFixture fixture;
  fixture.Tweet({.id = "1790000000000000041", .text = "me @owner_me",
                 .mentions = {{"1000", "Owner_Me", "Owner Me"}}});
  ASSERT_TRUE(Import(Zip(fixture)).Outcome().ok());
  EXPECT_EQ(Events()["1790000000000000041"].kind, "post");
}

// Quirk 6: group conversations interleave housekeeping events and omit recipientId; header
// files repeat messages without text and must not be imported.
TEST_F(TwitterImportTest, GroupDmsSkipHousekeepingAndHeadersAreIgnored) {
  TwitterFixture fixture;
  const std::string join =
      "{ \"joinConversation\" : { \"initiatingUserId\" : \"55\", \"participantsSnapshot\" : "
      "[ \"55\", \"66\", \"1000\" ], \"createdAt\" : \"2024-05-01T00:00:00.000Z\" } }";
  const std::string rename =
      "{ \"conversationNameUpdate\" : { \"initiatingUserId\" : \"55\", \"name\" : \"crew\", "
      "\"createdAt\" : \"2024-05-02T00:00:00.000Z\" } }";
  fixture.GroupDm("1790000000000000900",
                  {TwitterFixture::DmElement({"1790000000000000902", "66", "", "see you"}, true),
                   rename,
                   TwitterFixture::DmElement({"1790000000000000901", "1000", "", "hi all"}, true),
                   join});
  fixture.Extra("direct-message-group-headers.js",
                test::YtdFile("direct_message_group_headers", 0,
                              {"{ \"dmConversation\" : { \"conversationId\" : \"1790000000000000900\", "
                               "\"messages\" : [ { \"messageCreate\" : { \"id\" : "
                               "\"1790000000000000999\", \"senderId\" : \"66\", \"createdAt\" : "
                               "\"2024-05-03T00:00:00.000Z\" } } ] } }"}));
  fixture.Extra("deleted-tweets.js",
                test::YtdFile("deleted_tweets", 0,
                              {"{ \"tweet\" : " +
                               TwitterFixture::TweetJson({.id = "1790000000000000998", .text = "oops"}) +
                               " }"}));
  const FileImportReport report = Import(Zip(fixture));
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 2);
  EXPECT_EQ(report.skipped, 2);
  auto events = Events();
  EXPECT_EQ(events.count("1790000000000000999"), 0u);
  EXPECT_EQ(events.count("1790000000000000998"), 0u);
  EXPECT_EQ(events["1790000000000000902"].direction, "inbound");
  EXPECT_EQ(events["1790000000000000902"].counterparts, "55|,66|");
  EXPECT_EQ(events["1790000000000000901"].direction, "outbound");
  EXPECT_EQ(events["1790000000000000901"].conversation_key, "1790000000000000900");
}

// Quirk 8: a later export overlaps the first and drifts (names, counts); only new ids count.
TEST_F(TwitterImportTest, OverlappingDriftingReexportAddsOnlyNewItems) {
  ASSERT_TRUE(Import(Zip(TypicalArchive(), "first.zip")).Outcome().ok());
  TwitterFixture later = TypicalArchive();
  later.Tweet({.id = "1790000000000000004", .text = "new since the last export"});
  later.Tweet({.id = "1790000000000000003", .text = "thanks @bob_b for the intro to @cy",
               .mentions = {{"55", "bob_b", "Bob (renamed)"}, {"66", "cy", "Cy"}}});
  const FileImportReport report = Import(Zip(later, "second.zip"));
  ASSERT_TRUE(report.Outcome().ok());
  EXPECT_EQ(report.added, 1);
  EXPECT_EQ(report.present, 6);
  EXPECT_EQ(Count("events"), 6);
  EXPECT_EQ(store_->connection().QueryText("SELECT name FROM identities WHERE user_id = '55'").value(),
            "Bob (renamed)");
}

// Bad input, section 5 of the Foundation issue.
TEST_F(TwitterImportTest, MalformedTweetsFileFailsAloneAndIsNamed) {
  TwitterFixture fixture = TypicalArchive();
  auto files = fixture.Files();
  for (auto& file : files) {
    if (file.path == "data/tweets.js") {
      // Break the second item: a bare word where its object should start.
      const size_t first = file.content.find("\"tweet\" : {");
      const size_t second = file.content.find("\"tweet\" : {", first + 1);
      file.content.replace(second, 12, "\"tweet\" : oops {");
    }
  }
  const auto zip = dir_.path() / "bad.zip";
  ASSERT_TRUE(test::WriteZip(zip, files).ok());
  const FileImportReport report = Import(zip);
  ASSERT_TRUE(report.status.ok()) << report.status.message();
  EXPECT_TRUE(report.partial);
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_EQ(report.failures[0].entry, "data/tweets.js");
  const std::string& message = report.failures[0].status.message();
  EXPECT_NE(message.find("data/tweets.js: item 2: "), std::string::npos) << message;
  EXPECT_NE(message.find("line "), std::string::npos) << message;
  EXPECT_EQ(report.Outcome().code(), StatusCode::kDataError);
  // The DMs imported; nothing of tweets.js did, not even its first, valid item.
  EXPECT_EQ(report.added, 2);
  EXPECT_EQ(Events().count("1790000000000000001"), 0u);
  EXPECT_EQ(store_->connection().QueryText("SELECT status FROM imports").value(), "partial");
}

TEST_F(TwitterImportTest, WrongYtdPrefixFailsTheEntry) {
  TwitterFixture fixture = TypicalArchive();
  auto files = fixture.Files();
  for (auto& file : files) {
    if (file.path == "data/tweets.js") file.content.replace(0, 23, "window.YTD.likes.part0");
  }
  const auto zip = dir_.path() / "prefix.zip";
  ASSERT_TRUE(test::WriteZip(zip, files).ok());
  const FileImportReport report = Import(zip);
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_NE(report.failures[0].status.message().find(
                "data/tweets.js: line 1: unexpected variable 'window.YTD.likes.part0'"),
            std::string::npos)
      << report.failures[0].status.message();
  EXPECT_EQ(report.added, 2);
}

TEST_F(TwitterImportTest, RecognisedArchiveWithoutEventsIsAnError) {
  const FileImportReport report = Import(Zip(TwitterFixture()));
  EXPECT_EQ(report.status.code(), StatusCode::kDataError);
  EXPECT_NE(report.status.message().find("no events found"), std::string::npos);
  EXPECT_EQ(Count("imports"), 0);
  EXPECT_EQ(Count("identities"), 0);
}

TEST_F(TwitterImportTest, ContainersThatCannotBeReadAddNothing) {
  const auto text = dir_.Write("notes.zip", "this is not a zip file at all\n");
  const auto empty = dir_.Write("empty.zip", "");
  const auto other = dir_.path() / "photos.zip";
  ASSERT_TRUE(test::WriteZip(other, {{"IMG_0001.jpg", "\xff\xd8\xff"}, {"notes.txt", "hi"}}).ok());
  const auto nothing_known = dir_.path() / "folder";
  ASSERT_TRUE(test::WriteFolder(nothing_known, {{"readme.txt", "hello"}}).ok());
  // A zip cut in half.
  const auto good = Zip(TypicalArchive(), "good.zip");
  std::string bytes;
  {
    std::ifstream in(good, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const auto truncated = dir_.Write("truncated.zip", bytes.substr(0, bytes.size() / 2));

  for (const auto& path : {text, empty, other, nothing_known, truncated}) {
    const FileImportReport report = Import(path);
    EXPECT_EQ(report.status.code(), StatusCode::kDataError) << path;
    EXPECT_NE(report.status.message().find(path.string()), std::string::npos)
        << report.status.message();
  }
  const FileImportReport missing = Import(dir_.path() / "absent.zip");
  EXPECT_EQ(missing.status.code(), StatusCode::kNoInput);
  EXPECT_EQ(Count("events"), 0);
  EXPECT_EQ(Count("imports"), 0);
}

// The classic (pre-2018) archive: Grailbird monthly files under data/js/tweets/ and the owner
// in data/js/user_details.js; retweets carry retweeted_status.
TEST_F(TwitterImportTest, ImportsTheClassicArchive) {
  const std::string reply =
      "{ \"id_str\" : \"557000000000000001\", \"created_at\" : \"2015-01-24 02:02:37 +0000\", "
      "\"text\" : \"@ada_l sure, call me\", \"in_reply_to_status_id_str\" : \"556999999999999999\", "
      "\"in_reply_to_user_id_str\" : \"1234567\", \"in_reply_to_screen_name\" : \"ada_l\", "
      "\"entities\" : { \"user_mentions\" : [ { \"screen_name\" : \"ada_l\", \"name\" : \"Ada\", "
      "\"id_str\" : \"1234567\" } ], \"urls\" : [ ] }, "
      "\"user\" : { \"id_str\" : \"1000\", \"screen_name\" : \"owner_me\" } }";
  const std::string retweet =
      "{ \"id_str\" : \"557000000000000002\", \"created_at\" : \"2015-01-25 02:02:37 +0000\", "
      "\"text\" : \"RT @bob: hi\", \"retweeted_status\" : { \"id_str\" : \"1\" } }";
  const auto zip = dir_.path() / "tweets.zip";
  ASSERT_TRUE(test::WriteZip(zip, {{"tweets.csv", "\"tweet_id\",\"text\"\n"},
                                   {"data/js/user_details.js",
                                    "var user_details =  {\n  \"screen_name\" : \"owner_me\",\n"
                                    "  \"id\" : \"1000\",\n  \"full_name\" : \"Owner Me\"\n}"},
                                   {"data/js/tweet_index.js", "var tweet_index =  [ ]"},
                                   {"data/js/tweets/2015_01.js",
                                    "Grailbird.data.tweets_2015_01 = \n [ " + reply + ", " +
                                        retweet + " ]"}})
                  .ok());
  const FileImportReport report = Import(zip);
  ASSERT_TRUE(report.Outcome().ok()) << report.Outcome().message();
  EXPECT_EQ(report.added, 1);
  EXPECT_EQ(report.skipped_reasons.at("retweet"), 1);
  const StoredEvent event = Events()["557000000000000001"];
  EXPECT_EQ(event.kind, "reply");
  EXPECT_EQ(event.author, "1000|owner_me");
  EXPECT_EQ(event.counterparts, "1234567|ada_l");
  EXPECT_EQ(event.occurred_at, 1422064957000);
}

}  // namespace
}  // namespace touchpoint
