// A page of the X API v2 as the poller reads it (connectors/twitter/api_items.h): the body is
// parsed as api_fetch.cc parses answers, then read both as a /2/users/:id/mentions page
// (tweets, includes.users, partial errors) and as a /2/dm_events page (events gathered,
// then emitted as DMs).
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "connectors/common/json_fields.h"
#include "connectors/twitter/api_items.h"
#include "connectors/twitter/snowflake.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace touchpoint;
using namespace touchpoint::twitter;

constexpr std::string_view kMentions = "/2/users/:id/mentions";
constexpr std::string_view kDms = "/2/dm_events";

void ReadMentionsPage(const rapidjson::Document& page, const Owner& owner) {
  Result<const rapidjson::Value*> data = PageData(page);
  if (!data) return fuzz::CheckDataStatus(data.error(), "PageData");
  std::vector<std::string> errors;
  CollectPartialErrors(page, errors);
  UserIndex users;
  users.AddIncludes(page);
  fuzz::CheckingSink sink;
  std::string newest;
  for (const rapidjson::Value& tweet : (*data)->GetArray()) {
    newest = std::string(NewerId(newest, StringField(tweet, "id")));
    fuzz::CheckDataStatus(ReadApiTweet(tweet, users, owner, kMentions, sink), "ReadApiTweet");
  }
}

void ReadDmPage(const rapidjson::Document& page, const Owner& owner) {
  Result<const rapidjson::Value*> data = PageData(page);
  if (!data) return fuzz::CheckDataStatus(data.error(), "PageData");
  UserIndex users;
  users.AddIncludes(page);
  ApiDmBatch batch;
  for (const rapidjson::Value& event : (*data)->GetArray()) batch.Add(event);
  fuzz::CheckingSink sink;
  fuzz::CheckDataStatus(batch.Emit(users, owner, kDms, sink), "ApiDmBatch::Emit");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  rapidjson::Document page;
  page.Parse(reinterpret_cast<const char*>(data), size);
  // api_fetch.cc hands on only bodies that parse to an object or an array.
  if (page.HasParseError() || !(page.IsObject() || page.IsArray())) return 0;
  const Owner owner(Identity{"1000", "Owner_Me", "Owner", "", ""});
  ReadMentionsPage(page, owner);
  ReadDmPage(page, owner);
  return 0;
}
