#include "core/feature_store.h"

#include <gtest/gtest.h>

#include <string>

#include "core/people.h"
#include "core/store.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::TempDir;

constexpr int64_t kStart = 1715590862000;
const Identity kOwner{"7", "mira", "Mira Kestrel", "", ""};

Event Message(const std::string& platform, const std::string& id, const Identity& from,
              int64_t at) {
  Event event;
  event.platform = platform;
  event.external_id = id;
  event.kind = EventKind::kDm;
  event.direction = Direction::kInbound;
  event.conversation_key = platform + "-" + id;
  event.author = from;
  event.counterparts = {from};
  event.occurred_at_ms = at;
  event.text = "Could we have a call next week about the workshop?";
  event.source = "messages";
  return event;
}

void Import(Store& store, const std::string& platform, const Event& event) {
  auto session = store.BeginImport({platform + ".zip", "hash-" + event.external_id, platform});
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->BeginEntry().ok());
  ASSERT_TRUE((*session)->Write(event));
  ASSERT_TRUE((*session)->CommitEntry().ok());
  ASSERT_TRUE((*session)->Finish(ImportRecord{}));
}

TEST(FeatureStoreTest, RefreshWithNothingNewTakesNoWriteLock) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  Import(*store, "twitter", Message("twitter", "1", Identity{"42", "ada", "Ada", "", ""}, kStart));
  FeatureStore features(store->connection());
  EXPECT_EQ(features.Refresh().value(), 1);
  // Another writer holds the store: a refresh with work would wait and fail with kBusy.
  StoreOptions options;
  options.busy_timeout_ms = 10;
  Result<Store> writer = Store::Open(dir.path() / "tp.db", options);
  ASSERT_TRUE(writer);
  ASSERT_TRUE(writer->connection().Exec("BEGIN IMMEDIATE").ok());
  EXPECT_EQ(features.Refresh().value(), 0);
  ASSERT_TRUE(writer->connection().Exec("ROLLBACK").ok());
}

TEST(FeatureStoreTest, FeaturesFromOtherRulesAreRecomputedWhole) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  Import(*store, "twitter", Message("twitter", "1", Identity{"42", "ada", "Ada", "", ""}, kStart));
  Import(*store, "twitter", Message("twitter", "2", Identity{"43", "bo", "Bo", "", ""}, kStart));
  FeatureStore features(store->connection());
  EXPECT_EQ(features.Refresh().value(), 2);
  ASSERT_TRUE(features.IndexText().ok());
  EXPECT_FALSE(FeaturesBehind(store->connection()).value());
  // A database scored by an earlier touchpoint: stale features, an older rules version.
  ASSERT_TRUE(store->connection()
                  .Exec("UPDATE conversation_features SET asks = 0, outreach = 0;"
                        "UPDATE store_state SET value = 1 WHERE key = 'features_version'")
                  .ok());
  EXPECT_TRUE(FeaturesBehind(store->connection()).value());
  EXPECT_EQ(features.Refresh().value(), 2);
  EXPECT_EQ(store->connection().QueryInt("SELECT count(*) FROM conversation_features "
                                         "WHERE asks != 0").value(), 2);
  EXPECT_FALSE(FeaturesBehind(store->connection()).value());
  EXPECT_EQ(features.Refresh().value(), 0);
}

// A known contact writes in a group with `others` new people (and the owner); one of them
// answers. Returns how many introductions were recorded.
int64_t IntroductionsFromGroupOf(size_t others) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  EXPECT_TRUE(store);
  const Identity known{"42", "ada", "Ada", "", ""};
  Import(*store, "twitter", Message("twitter", "1", known, kStart));
  Event group = Message("twitter", "2", known, kStart + 86400000);
  group.conversation_key = "group-1";
  for (size_t i = 0; i < others; ++i) {
    const std::string id = std::to_string(100 + i);
    group.counterparts.push_back(Identity{id, "new" + id, "New " + id, "", ""});
  }
  Import(*store, "twitter", group);
  Event answer = Message("twitter", "3", group.counterparts[1], kStart + 2 * 86400000);
  answer.conversation_key = "group-1";
  Import(*store, "twitter", answer);
  FeatureStore features(store->connection());
  EXPECT_TRUE(features.Refresh());
  return store->connection().QueryInt("SELECT count(*) FROM introductions").value_or(-1);
}

TEST(FeatureStoreTest, AnIntroductionIsMadeToAFewPeopleNotABroadcast) {
  EXPECT_GT(IntroductionsFromGroupOf(2), 0);
  EXPECT_EQ(IntroductionsFromGroupOf(20), 0);
}

TEST(FeatureStoreTest, AddressLearnedWithoutNewEventsStillMergesPeople) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  const Identity on_twitter{"42", "ada", "Ada Lovelace", "", "ada@example.org"};
  const Identity on_linkedin{"", "", "Ada Lovelace", "https://www.linkedin.com/in/ada", ""};
  const Event linkedin = Message("linkedin", "2", on_linkedin, kStart + 1000);
  Import(*store, "twitter", Message("twitter", "1", on_twitter, kStart));
  Import(*store, "linkedin", linkedin);
  FeatureStore features(store->connection());
  ASSERT_TRUE(features.Refresh());
  const std::string people = "SELECT count(DISTINCT person_id) FROM identities WHERE is_owner = 0";
  EXPECT_EQ(store->connection().QueryInt(people).value(), 2);
  // A later export of the same message tells the LinkedIn member's e-mail address.
  Identity with_email = on_linkedin;
  with_email.email = "Ada@Example.org";
  Event again = linkedin;
  again.author = with_email;
  again.counterparts = {with_email};
  auto session = store->BeginImport({"linkedin-2.zip", "hash-again", "linkedin"});
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->BeginEntry().ok());
  EXPECT_EQ((*session)->Write(again).value(), WriteOutcome::kAlreadyPresent);
  ASSERT_TRUE((*session)->CommitEntry().ok());
  ASSERT_TRUE((*session)->Finish(ImportRecord{}));
  ASSERT_TRUE(features.Refresh());
  EXPECT_EQ(store->connection().QueryInt(people).value(), 1);
  EXPECT_EQ(store->connection()
                .QueryText("SELECT evidence FROM identity_links WHERE kind = 'same_email'")
                .value(),
            "both use ada@example.org");
}

TEST(FeatureStoreTest, LinkingTwoPeopleRescoresBothOfTheirConversations) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  // Different names: nothing but the user's link says these are one person.
  Import(*store, "twitter", Message("twitter", "1", Identity{"42", "ada", "Ada", "", ""}, kStart));
  Import(*store, "linkedin",
         Message("linkedin", "2", Identity{"", "", "A. Lovelace", "https://www.linkedin.com/in/al", ""},
                 kStart + 3600000));
  FeatureStore features(store->connection());
  ASSERT_TRUE(features.Refresh());
  Connection& db = store->connection();
  const std::string elsewhere =
      "SELECT count(*) FROM conversation_features WHERE other_platform_at IS NOT NULL";
  EXPECT_EQ(db.QueryInt(elsewhere).value(), 0);
  const int64_t twitter = db.QueryInt("SELECT id FROM identities WHERE handle = 'ada'").value();
  const int64_t linkedin =
      db.QueryInt("SELECT id FROM identities WHERE name = 'A. Lovelace'").value();
  People people(db);
  ASSERT_TRUE(people.Link("#" + std::to_string(twitter), "#" + std::to_string(linkedin), kStart)
                  .ok());
  EXPECT_GT(features.Refresh().value(), 0);
  EXPECT_EQ(db.QueryInt(elsewhere).value(), 2);  // each now knows about the other platform
  ASSERT_TRUE(people.Unlink("#" + std::to_string(twitter), "#" + std::to_string(linkedin), kStart)
                  .ok());
  EXPECT_GT(features.Refresh().value(), 0);
  EXPECT_EQ(db.QueryInt(elsewhere).value(), 0);
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM people_touched").value(), 0);
}

TEST(FeatureStoreTest, APersonKnownOnlyByAUserIdIsFoundByIt) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  // X's DM export names participants by user id alone; a 19-digit one too.
  Import(*store, "twitter", Message("twitter", "1", Identity{"1189034472", "", "", "", ""}, kStart));
  Import(*store, "twitter",
         Message("twitter", "2", Identity{"1402385920331587584", "", "", "", ""}, kStart));
  FeatureStore features(store->connection());
  ASSERT_TRUE(features.Refresh());
  People people(store->connection());
  Result<PersonSummary> short_id = people.Find("1189034472");
  ASSERT_TRUE(short_id) << short_id.error().message();
  EXPECT_EQ(short_id->identities.at(0).user_id, "1189034472");
  Result<PersonSummary> snowflake = people.Find("1402385920331587584");
  ASSERT_TRUE(snowflake) << snowflake.error().message();
  // A person id still wins, and a number that is neither is an honest "no".
  EXPECT_EQ(people.Find(std::to_string(short_id->id))->id, short_id->id);
  EXPECT_EQ(people.Find("99999999").error().code(), StatusCode::kNoInput);
}

// Whether the conversation `key` counts earlier contact with its person (prior_contact_at).
bool HasPriorContact(Store& store, const std::string& key) {
  return store.connection()
             .QueryInt("SELECT f.prior_contact_at IS NOT NULL FROM conversation_features f "
                       "JOIN conversations c ON c.id = f.conversation_id WHERE "
                       "c.conversation_key = '" + key + "'")
             .value() != 0;
}

TEST(FeatureStoreTest, APersonFirstSeenDaysAgoIsStillAFirstContact) {
  constexpr int64_t kDay = 86400000;
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  // New: an invitation, then a message in another thread two days later.
  const Identity chiara{"", "", "Chiara M", "https://www.linkedin.com/in/chiara", ""};
  Import(*store, "linkedin", Message("linkedin", "1", chiara, kStart));
  Import(*store, "linkedin", Message("linkedin", "2", chiara, kStart + 2 * kDay));
  // Known: a thread two months ago, a new one now.
  const Identity bo{"", "", "Bo K", "https://www.linkedin.com/in/bo", ""};
  Import(*store, "linkedin", Message("linkedin", "3", bo, kStart - 60 * kDay));
  Import(*store, "linkedin", Message("linkedin", "4", bo, kStart + 2 * kDay));
  FeatureStore features(store->connection());
  ASSERT_TRUE(features.Refresh());
  EXPECT_FALSE(HasPriorContact(*store, "linkedin-2"));
  EXPECT_TRUE(HasPriorContact(*store, "linkedin-4"));
}

}  // namespace
}  // namespace touchpoint
