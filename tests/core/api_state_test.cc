#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <iterator>
#include <string>

#include "core/store.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::TempDir;

constexpr int64_t kNow = 1715590862000;
constexpr int64_t kHour = 3600 * 1000;
constexpr const char* kAccess = "SENTINEL-access-5d4c3b";
constexpr const char* kRefresh = "SENTINEL-refresh-a1b2c3";
const PollSource kTwitter{"twitter", "7"};

ApiTokens MakeTokens(std::string access, std::string refresh) {
  ApiTokens tokens;
  tokens.access_token = Secret(std::move(access));
  tokens.refresh_token = Secret(std::move(refresh));
  tokens.access_expires_ms = kNow + 2 * kHour;
  return tokens;
}

TEST(ApiTokensTest, SavedTokensSurviveReopeningAndReplaceEarlierOnes) {
  TempDir dir;
  const auto path = dir.path() / "tp.db";
  {
    Result<Store> store = Store::Open(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->LoadTokens(kTwitter).value(), std::nullopt);
    ASSERT_TRUE(store->SaveTokens(kTwitter, MakeTokens("old-access", "old-refresh"), kNow).ok());
    ApiTokens rotated = MakeTokens(kAccess, kRefresh);
    rotated.refresh_expires_ms = kNow + 365 * 24 * kHour;
    ASSERT_TRUE(store->SaveTokens(kTwitter, rotated, kNow + kHour).ok());
    // The store's own synchronous level is back after the synced write.
    EXPECT_EQ(store->connection().QueryInt("PRAGMA synchronous").value(), 1);
  }
  Result<Store> store = Store::Open(path);
  ASSERT_TRUE(store);
  std::optional<ApiTokens> loaded = store->LoadTokens(kTwitter).value();
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->access_token.reveal(), kAccess);
  EXPECT_EQ(loaded->refresh_token.reveal(), kRefresh);
  EXPECT_EQ(loaded->access_expires_ms, kNow + 2 * kHour);
  EXPECT_EQ(loaded->refresh_expires_ms, kNow + 365 * 24 * kHour);
  EXPECT_EQ(loaded->updated_ms, kNow + kHour);
  EXPECT_EQ(store->LoadTokens({"twitter", "8"}).value(), std::nullopt);
  // No refresh token and no expiry (a static page token) are stored as NULL.
  ApiTokens page;
  page.access_token = Secret(std::string("page-token"));
  ASSERT_TRUE(store->SaveTokens({"facebook", "p1"}, page, kNow).ok());
  std::optional<ApiTokens> page_loaded = store->LoadTokens({"facebook", "p1"}).value();
  ASSERT_TRUE(page_loaded);
  EXPECT_TRUE(page_loaded->refresh_token.empty());
  EXPECT_EQ(page_loaded->access_expires_ms, std::nullopt);
}

TEST(ApiTokensTest, RefusedSavesNeverCarryTheToken) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(store->SaveTokens(kTwitter, MakeTokens("", kRefresh), kNow).code(), StatusCode::kUsage);
  // Inside an open transaction the save would not be durable when it returns: refused.
  ASSERT_TRUE(store->connection().Exec("BEGIN").ok());
  Status inside = store->SaveTokens(kTwitter, MakeTokens(kAccess, kRefresh), kNow);
  EXPECT_EQ(inside.code(), StatusCode::kInternal);
  EXPECT_EQ(inside.message().find("SENTINEL"), std::string::npos) << inside.message();
  ASSERT_TRUE(store->connection().Exec("ROLLBACK").ok());
  // A write the database refuses: the SQLite error names the statement, not the values.
  ASSERT_TRUE(store->connection()
                  .Exec("CREATE TRIGGER refuse BEFORE INSERT ON api_tokens BEGIN "
                        "SELECT RAISE(ABORT, 'refused'); END")
                  .ok());
  Status refused = store->SaveTokens(kTwitter, MakeTokens(kAccess, kRefresh), kNow);
  EXPECT_FALSE(refused.ok());
  EXPECT_NE(refused.message().find("twitter/7: saving tokens"), std::string::npos)
      << refused.message();
  EXPECT_EQ(refused.message().find("SENTINEL"), std::string::npos) << refused.message();
  EXPECT_EQ(store->LoadTokens(kTwitter).value(), std::nullopt);
  EXPECT_EQ(store->connection().QueryInt("PRAGMA synchronous").value(), 1);
}

TEST(ApiTokensTest, NewDatabaseFilesAreOwnerOnly) {
  TempDir dir;
  const auto path = dir.path() / "tp.db";
  Result<Store> store = Store::Open(path);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->SaveTokens(kTwitter, MakeTokens(kAccess, kRefresh), kNow).ok());
  for (const char* suffix : {"", "-wal", "-shm"}) {
    struct stat info;
    ASSERT_EQ(::stat((path.string() + suffix).c_str(), &info), 0) << suffix;
    EXPECT_EQ(info.st_mode & 0777, 0600u) << suffix;
  }
}

TEST(ConnectorHealthTest, ProblemsCountFailuresAndACommittedPollClearsThem) {
  TempDir dir;
  const auto path = dir.path() / "tp.db";
  {
    Result<Store> store = Store::Open(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->Health(kTwitter).value(), std::nullopt);
    ASSERT_TRUE(store
                    ->RecordPollProblem(
                        kTwitter, {ConnectorState::kBackingOff, "HTTP 503", kNow + 60000, kNow})
                    .ok());
    ASSERT_TRUE(store
                    ->RecordPollProblem(
                        kTwitter, {ConnectorState::kFailing, "HTTP 500", std::nullopt, kNow + 1})
                    .ok());
    // A rate limit is a wait, not a failure.
    ASSERT_TRUE(store
                    ->RecordPollProblem(kTwitter, {ConnectorState::kRateLimited, "HTTP 429",
                                                   kNow + 15 * 60000, kNow + 2})
                    .ok());
    ASSERT_TRUE(store->SaveTokens(kTwitter, MakeTokens(kAccess, kRefresh), kNow).ok());
  }
  // After a restart the scheduler still knows it must wait, and status shows why.
  Result<Store> store = Store::Open(path);
  ASSERT_TRUE(store);
  std::optional<ConnectorHealth> health = store->Health(kTwitter).value();
  ASSERT_TRUE(health);
  EXPECT_EQ(health->state, ConnectorState::kRateLimited);
  EXPECT_EQ(health->detail, "HTTP 429");
  EXPECT_EQ(health->until_ms, kNow + 15 * 60000);
  EXPECT_EQ(health->consecutive_failures, 2);
  EXPECT_EQ(health->last_ok_ms, std::nullopt);
  EXPECT_EQ(health->token_expires_ms, kNow + 2 * kHour);
  EXPECT_EQ(health->updated_ms, kNow + 2);

  auto session = store->BeginPoll(kTwitter);
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->Commit(kNow + kHour));
  health = store->Health(kTwitter).value();
  ASSERT_TRUE(health);
  EXPECT_EQ(health->state, ConnectorState::kQuiet);
  EXPECT_EQ(health->detail, "");
  EXPECT_EQ(health->until_ms, std::nullopt);
  EXPECT_EQ(health->consecutive_failures, 0);
  EXPECT_EQ(health->last_ok_ms, kNow + kHour);
  EXPECT_EQ(health->last_new_ms, std::nullopt);

  // Needs re-auth keeps what the last good poll did.
  ASSERT_TRUE(
      store
          ->RecordPollProblem(kTwitter, {ConnectorState::kNeedsReauth, "refresh token rejected",
                                         std::nullopt, kNow + 2 * kHour})
          .ok());
  health = store->Health(kTwitter).value();
  EXPECT_EQ(health->state, ConnectorState::kNeedsReauth);
  EXPECT_EQ(health->last_ok_ms, kNow + kHour);
  EXPECT_EQ(health->consecutive_failures, 1);
}

TEST(ConnectorHealthTest, AllHealthListsEveryAccountAndRefusesSuccessAsAProblem) {
  TempDir dir;
  Result<Store> store = Store::Open(dir.path() / "tp.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(
      store->RecordPollProblem(kTwitter, {ConnectorState::kOk, "", std::nullopt, kNow}).code(),
      StatusCode::kUsage);
  ASSERT_TRUE(store
                  ->RecordPollProblem({"linkedin", "urn:li:person:1"},
                                      {ConnectorState::kFailing, "HTTP 426", std::nullopt, kNow})
                  .ok());
  ASSERT_TRUE(store
                  ->RecordPollProblem({"facebook", "page"},
                                      {ConnectorState::kFailing, "code 190", std::nullopt, kNow})
                  .ok());
  std::vector<ConnectorHealth> all = store->AllHealth().value();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].source.connector, "facebook");
  EXPECT_EQ(all[1].source.connector, "linkedin");
  EXPECT_EQ(all[1].detail, "HTTP 426");
  for (ConnectorState state :
       {ConnectorState::kOk, ConnectorState::kQuiet, ConnectorState::kRateLimited,
        ConnectorState::kBackingOff, ConnectorState::kNeedsReauth, ConnectorState::kFailing}) {
    EXPECT_EQ(ParseConnectorState(ConnectorStateName(state)), state);
  }
  EXPECT_EQ(ParseConnectorState("sleeping"), std::nullopt);
}

}  // namespace
}  // namespace touchpoint
