// An item seen through the API and through the export archive must be one event: the same
// external_id, kind, direction and conversation key, so the store keeps it once.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "connectors/common/archive_reader.h"
#include "connectors/connector.h"
#include "connectors/linkedin/api_change_log.h"
#include "tests/support/temp_dir.h"
#include "tests/twitter_api/collect_sink.h"

namespace touchpoint {
namespace {

constexpr char kMeUrl[] = "https://www.linkedin.com/in/mira-kestrel";
constexpr char kAdaUrl[] = "https://www.linkedin.com/in/ada-lindqvist";
constexpr char kMe[] = "urn:li:person:me123";
constexpr char kAda[] = "urn:li:person:ada456";

// The archive's events of a folder export holding `files`, the owner known as kMeUrl.
std::vector<Event> ArchiveEvents(const std::vector<std::pair<std::string, std::string>>& files) {
  test::TempDir dir;
  for (const auto& [name, content] : files) dir.Write("export/" + name, content);
  Result<std::unique_ptr<ArchiveReader>> archive = ArchiveReader::Open(dir.path() / "export");
  EXPECT_TRUE(archive) << archive.error().message();
  if (!archive) return {};
  const ConnectorDescriptor* linkedin = nullptr;
  for (const ConnectorDescriptor* connector : Connectors()) {
    if (connector->name == "linkedin") linkedin = connector;
  }
  std::unique_ptr<ArchiveImporter> importer = linkedin->make_archive_importer();
  EXPECT_TRUE(importer->Recognizes(**archive));
  Identity owner;
  owner.profile_url = kMeUrl;
  owner.name = "Mira Kestrel";
  Result<ArchivePlan> plan = importer->Plan(**archive, &owner);
  EXPECT_TRUE(plan) << plan.error().message();
  if (!plan) return {};
  test::CollectSink sink;
  for (const ArchiveEntry& entry : plan->entries) {
    EXPECT_TRUE(importer->ReadEntry(**archive, entry, sink).ok());
  }
  return sink.events;
}

Event ApiEvent(const std::string& json, std::string profile_url = "") {
  rapidjson::Document element;
  element.Parse(json.c_str());
  Identity member;
  member.user_id = kMe;
  member.profile_url = std::move(profile_url);
  linkedin::ChangeLogItem item = linkedin::ReadChangeLogElement(element, member);
  EXPECT_TRUE(item.event) << item.problem << item.skip_reason;
  return item.event.value_or(Event{});
}

TEST(ArchiveParityTest, AMessageWithTheSendersProfileIsTheArchivesEvent) {
  const std::string csv =
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
      "DATE,SUBJECT,CONTENT,FOLDER\n"
      "2-YWJjZGVm,,Ada Lindqvist," +
      std::string(kAdaUrl) + ",Mira Kestrel," + kMeUrl +
      ",2023-11-14 22:13:20 UTC,,Could we talk on Friday?,INBOX\n"
      "2-YWJjZGVm,,Mira Kestrel," +
      kMeUrl + ",Ada Lindqvist," + kAdaUrl + ",2023-11-14 22:15:00 UTC,,Sure &amp; gladly,INBOX\n";
  const std::vector<Event> archive = ArchiveEvents({{"messages.csv", csv}});
  ASSERT_EQ(archive.size(), 2u);

  const Event inbound = ApiEvent(
      R"({"id":1,"processedAt":1700000001000,"owner":"urn:li:person:me123","actor":"urn:li:person:ada456",)"
      R"("resourceName":"messages","method":"CREATE","activity":{"author":"urn:li:person:ada456",)"
      R"("author~":{"vanityName":"Ada-Lindqvist"},"createdAt":1700000000456,)"
      R"("thread":{"entityUrn":"urn:li:messagingThread:2-YWJjZGVm","membership":[)"
      R"("urn:li:person:me123","urn:li:person:ada456"]},"body":"Could we talk on Friday?"}})");
  EXPECT_EQ(inbound.external_id, archive[0].external_id);
  EXPECT_EQ(inbound.kind, archive[0].kind);
  EXPECT_EQ(inbound.direction, archive[0].direction);
  EXPECT_EQ(inbound.conversation_key, archive[0].conversation_key);
  EXPECT_EQ(inbound.author.profile_url, archive[0].author.profile_url);
  EXPECT_EQ(inbound.text, archive[0].text);

  const Event outbound = ApiEvent(
      R"({"id":2,"processedAt":1700000101000,"owner":"urn:li:person:me123","actor":"urn:li:person:me123",)"
      R"("resourceName":"messages","method":"CREATE","activity":{"author":"urn:li:person:me123",)"
      R"("author~":{"vanityName":"mira-kestrel"},"createdAt":1700000100999,)"
      R"("thread":"urn:li:messagingThread:2-YWJjZGVm","body":"<p>Sure &amp; gladly</p>"}})");
  EXPECT_EQ(outbound.external_id, archive[1].external_id);
  EXPECT_EQ(outbound.direction, Direction::kOutbound);
  EXPECT_EQ(outbound.direction, archive[1].direction);
  EXPECT_EQ(outbound.text, archive[1].text);
}

TEST(ArchiveParityTest, TheOwnersCommentIsTheArchivesComment) {
  const std::string csv =
      "Date,Link,Message\n"
      "2023-11-14 "
      "22:13:20,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7000000000000000001,"
      "Nice write-up\n";
  const std::vector<Event> archive = ArchiveEvents({{"Comments.csv", csv}});
  ASSERT_EQ(archive.size(), 1u);
  const Event api = ApiEvent(
      R"({"id":3,"processedAt":1700000002000,"owner":"urn:li:person:me123","actor":"urn:li:person:me123",)"
      R"("resourceName":"socialActions/comments","method":"CREATE","activity":{)"
      R"("object":"urn:li:activity:7000000000000000001","created":{"time":1700000000789},)"
      R"("message":{"text":"Nice write-up"}}})");
  EXPECT_EQ(api.external_id, archive[0].external_id);
  EXPECT_EQ(api.kind, EventKind::kComment);
  EXPECT_EQ(api.direction, archive[0].direction);
  EXPECT_EQ(api.conversation_key, archive[0].conversation_key);
}

}  // namespace
}  // namespace touchpoint
