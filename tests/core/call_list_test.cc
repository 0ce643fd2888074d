#include "core/call_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/feature_store.h"
#include "core/store.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::TempDir;

constexpr int64_t kHour = 3600 * 1000;
constexpr int64_t kStart = 1715590862000;  // 2024-05-13
const Identity kOwner{"7", "mira", "Mira Kestrel", "", ""};
const Identity kAda{"42", "ada", "Ada Lovelace", "", ""};
const Identity kBob{"43", "bob", "Bob Stone", "", ""};

Event Dm(const std::string& id, const std::string& conversation, const Identity& from,
         const Identity& to, int64_t at, const std::string& text) {
  Event event;
  event.platform = "twitter";
  event.external_id = id;
  event.kind = EventKind::kDm;
  event.direction = from.user_id == kOwner.user_id ? Direction::kOutbound : Direction::kInbound;
  event.conversation_key = conversation;
  event.author = from;
  event.counterparts = {from.user_id == kOwner.user_id ? to : from};
  event.occurred_at_ms = at;
  event.text = text;
  event.source = "data/direct-messages.js";
  return event;
}

// A conversation in which `who` asks for a call and the owner answers.
std::vector<Event> AskingConversation(const std::string& key, const Identity& who, int64_t at) {
  return {Dm(key + "-1", key, who, kOwner, at,
             "Hi Mira, I read your post on pricing. Could we set up a call next week to talk "
             "about your consulting rates for our team?"),
          Dm(key + "-2", key, kOwner, who, at + kHour, "Happy to, which day suits you?"),
          Dm(key + "-3", key, who, kOwner, at + 2 * kHour,
             "Tuesday afternoon works for me, shall I send an invite?")};
}

class CallListTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Store> store = Store::Open(dir_.path() / "tp.db");
    ASSERT_TRUE(store);
    store_.emplace(std::move(*store));
    auto session = store_->BeginImport({"dms.zip", "hash", "twitter"});
    ASSERT_TRUE(session);
    ASSERT_TRUE((*session)->SetOwner("twitter", kOwner).ok());
    ASSERT_TRUE((*session)->BeginEntry().ok());
    for (const auto& conversation : {AskingConversation("ada-a", kAda, kStart),
                                     AskingConversation("ada-b", kAda, kStart + 24 * kHour),
                                     AskingConversation("bob", kBob, kStart + 48 * kHour)}) {
      for (const Event& event : conversation) ASSERT_TRUE((*session)->Write(event));
    }
    ASSERT_TRUE((*session)->CommitEntry().ok());
    ASSERT_TRUE((*session)->Finish(ImportRecord{}));
    ASSERT_TRUE(FeatureStore(db()).Refresh());
  }

  Connection& db() { return store_->connection(); }

  int64_t ConversationId(const std::string& key) {
    return db()
        .QueryInt("SELECT id FROM conversations WHERE conversation_key = '" + key + "'")
        .value();
  }

  std::vector<Call> Calls() {
    Result<std::vector<Call>> calls = BuildCallList(db(), as_of_, config_);
    EXPECT_TRUE(calls) << calls.error().message();
    return calls ? *calls : std::vector<Call>{};
  }

  TempDir dir_;
  std::optional<Store> store_;
  ScoringConfig config_;
  const int64_t as_of_ = kStart + 72 * kHour;
};

TEST_F(CallListTest, OnePersonsConversationsAreOneCall) {
  const std::vector<Call> calls = Calls();
  ASSERT_EQ(calls.size(), 2u);
  const Call& ada = calls[0].people == std::vector<std::string>{"@ada"} ? calls[0] : calls[1];
  ASSERT_EQ(ada.people, std::vector<std::string>{"@ada"});
  ASSERT_EQ(ada.conversations.size(), 2u);
}

TEST_F(CallListTest, AsOfJudgesConversationsByWhatWasKnownThen) {
  // Between Ada's first message and her second: her conversation went on later, the others
  // had not started.
  Result<std::vector<Call>> calls = BuildCallList(db(), kStart + 90 * 60 * 1000, config_);
  ASSERT_TRUE(calls) << calls.error().message();
  ASSERT_EQ(calls->size(), 1u);
  const Call& call = calls->front();
  EXPECT_EQ(call.people, std::vector<std::string>{"@ada"});
  EXPECT_EQ(call.id, ConversationId("ada-a"));
  EXPECT_EQ(call.first_at, kStart);
  EXPECT_EQ(call.last_at, kStart + kHour);  // the owner's answer; her reply came later
}

TEST_F(CallListTest, DecisionCoversEveryConversationOfTheFlagAndNoOther) {
  // Decided through the id of Ada's conversation that is not the call's own id.
  const int64_t a = ConversationId("ada-a");
  const int64_t b = ConversationId("ada-b");
  const std::vector<Call> before = Calls();
  ASSERT_EQ(before.size(), 2u);
  const Call& ada = before[0].people[0] == "@ada" ? before[0] : before[1];
  const int64_t other = ada.id == a ? b : a;
  ASSERT_TRUE(Decide(db(), other, Decision::kDismiss, std::nullopt, as_of_, config_).ok());
  EXPECT_EQ(db().QueryText("SELECT group_concat(conversation_key, ',') FROM (SELECT "
                           "conversation_key FROM decisions WHERE state = 'dismissed' ORDER BY 1)")
                .value(),
            "ada-a,ada-b");
  const std::vector<Call> after = Calls();
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].people, std::vector<std::string>{"@bob"});
}

TEST_F(CallListTest, DecisionOnAnUnflaggedConversationCoversOnlyIt) {
  // The owner's own post: a conversation without features, never flagged.
  auto session = store_->BeginImport({"post.zip", "hash-post", "twitter"});
  ASSERT_TRUE(session);
  ASSERT_TRUE((*session)->BeginEntry().ok());
  Event post = Dm("post-1", "post", kOwner, kAda, kStart, "Shipping the new pricing page today.");
  post.kind = EventKind::kPost;
  post.counterparts.clear();
  ASSERT_TRUE((*session)->Write(post));
  ASSERT_TRUE((*session)->CommitEntry().ok());
  ASSERT_TRUE((*session)->Finish(ImportRecord{}));
  ASSERT_TRUE(FeatureStore(db()).Refresh());
  ASSERT_TRUE(
      Decide(db(), ConversationId("post"), Decision::kAcknowledge, std::nullopt, as_of_, config_)
          .ok());
  EXPECT_EQ(db().QueryText("SELECT group_concat(conversation_key) FROM decisions").value(), "post");
  EXPECT_EQ(Calls().size(), 2u);
}

TEST_F(CallListTest, DecisionOnAnUnknownIdIsNoInput) {
  const Status status = Decide(db(), 999999, Decision::kCalled, std::nullopt, as_of_, config_);
  EXPECT_EQ(status.code(), StatusCode::kNoInput);
}

}  // namespace
}  // namespace touchpoint
