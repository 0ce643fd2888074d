#include "core/referrals.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/feature_store.h"
#include "core/store.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

using test::TempDir;

constexpr int64_t kDay = 86400000;
constexpr int64_t kStart = 1715590862000;
const Identity kOwner{"", "", "Mira Kestrel", "", ""};

// A store with Facebook messages written to the owner, one conversation per author.
class ReferralTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Store> opened = Store::Open(dir_.path() / "tp.db");
    ASSERT_TRUE(opened);
    store_.emplace(std::move(*opened));
  }

  void Write(const std::string& name, int64_t at, const std::string& text) {
    Event event;
    event.platform = "facebook";
    event.external_id = "m_" + std::to_string(++count_);
    event.kind = EventKind::kDm;
    event.direction = Direction::kInbound;
    event.conversation_key = name + "_1";
    event.author = Identity{"", "", name, "", ""};
    event.counterparts = {event.author};
    event.occurred_at_ms = at;
    event.text = text;
    event.source = "messages";
    auto session = store_->BeginImport({"fb.zip", "hash-" + event.external_id, "facebook"});
    ASSERT_TRUE(session);
    ASSERT_TRUE((*session)->SetOwner("facebook", kOwner).ok());
    ASSERT_TRUE((*session)->BeginEntry().ok());
    ASSERT_TRUE((*session)->Write(event));
    ASSERT_TRUE((*session)->CommitEntry().ok());
    ASSERT_TRUE((*session)->Finish(ImportRecord{}));
  }

  // "introduced <- introducer (how)" for every introduction, after a refresh.
  std::vector<std::string> Introductions() {
    EXPECT_TRUE(FeatureStore(store_->connection()).Refresh());
    Result<Statement> stmt = store_->connection().Prepare(
        "SELECT a.name, b.name, n.how FROM introductions n JOIN identities a ON a.id = "
        "n.introduced_id JOIN identities b ON b.id = n.introducer_id ORDER BY 1");
    EXPECT_TRUE(stmt);
    std::vector<std::string> found;
    while (stmt->Step().value_or(false)) {
      found.push_back(std::string(stmt->Text(0)) + " <- " + std::string(stmt->Text(1)) + " (" +
                      std::string(stmt->Text(2)) + ")");
    }
    return found;
  }

  TempDir dir_;
  std::optional<Store> store_;
  int count_ = 0;
};

TEST_F(ReferralTest, NewcomerNamingAKnownContactWasIntroducedByThem) {
  Write("Halvard Brekke", kStart, "Happy birthday Mira!!");
  Write("Dalia Ferreira", kStart + 30 * kDay,
        "Hi Mira, Halvard said I could write to you, I hope that's ok! We're opening a café.");
  EXPECT_EQ(Introductions(), std::vector<std::string>{"Dalia Ferreira <- Halvard Brekke (named)"});
}

TEST_F(ReferralTest, WorksInOtherLanguagesWithOrWithoutAccents) {
  Write("Inês Rivera", kStart, "Almoço no domingo?");
  Write("Julia Sanz", kStart + kDay, "Hola Mira, Inês me paso tu contacto. Podemos hablar?");
  EXPECT_EQ(Introductions(), std::vector<std::string>{"Julia Sanz <- Inês Rivera (named)"});
}

TEST_F(ReferralTest, NamingSomeoneWithoutSayingTheySentYouIsNoIntroduction) {
  Write("Halvard Brekke", kStart, "Happy birthday Mira!!");
  Write("Dalia Ferreira", kStart + kDay, "Hi Mira, I saw Halvard at the market yesterday.");
  EXPECT_TRUE(Introductions().empty());
}

TEST_F(ReferralTest, TheContactMustBeKnownBeforeTheNewcomerWrites) {
  Write("Dalia Ferreira", kStart, "Hi Mira, Halvard said I could write to you.");
  Write("Halvard Brekke", kStart + kDay, "Did Dalia write?");
  EXPECT_TRUE(Introductions().empty());
}

TEST_F(ReferralTest, TheOwnersFirstNameIsAGreetingNotTheIntroducer) {
  Write("Halvard Brekke", kStart, "Happy birthday Mira!!");
  Write("Mira Santos", kStart + 3 * kDay, "See you at the meetup");
  Write("Dalia Ferreira", kStart + 10 * kDay, "Hi Mira, Halvard said I could write to you.");
  EXPECT_EQ(Introductions(), std::vector<std::string>{"Dalia Ferreira <- Halvard Brekke (named)"});
}

TEST_F(ReferralTest, AFullNameBeatsAMoreRecentFirstName) {
  Write("Ana Ruiz", kStart + 2 * kDay, "Thanks for the book!");
  Write("Ana Costa", kStart, "Great workshop");
  Write("Leo Marsh", kStart + 10 * kDay,
        "Hi Mira, Ana Costa suggested I get in touch about our pricing.");
  EXPECT_EQ(Introductions(), std::vector<std::string>{"Leo Marsh <- Ana Costa (named)"});
}

TEST_F(ReferralTest, AnUnknownNamesakeDoesNotHideTheKnownContact) {
  Write("Ana Almeida", kStart + 20 * kDay, "Hello!");  // sorts first, but writes only later
  Write("Ana Costa", kStart, "Great workshop");
  Write("Leo Marsh", kStart + 10 * kDay, "Hi Mira, Ana suggested I get in touch.");
  EXPECT_EQ(Introductions(), std::vector<std::string>{"Leo Marsh <- Ana Costa (named)"});
}

}  // namespace
}  // namespace touchpoint
