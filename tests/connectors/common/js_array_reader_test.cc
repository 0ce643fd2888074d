#include "connectors/common/js_array_reader.h"

#include <gtest/gtest.h>

#include "tests/support/string_entry_stream.h"

namespace touchpoint {
namespace {

using test::StringEntryStream;

bool AnyName(std::string_view) { return true; }

// Reads every item's "id" member, or the error message.
std::string ReadIds(const std::string& content, size_t chunk) {
  StringEntryStream stream(content, chunk);
  JsArrayReader reader(stream, "data/tweets.js");
  if (Status status = reader.Open(AnyName, "window.YTD.tweets.partN"); !status.ok()) {
    return "error: " + status.message();
  }
  std::string ids;
  for (;;) {
    Result<const rapidjson::Value*> item = reader.Next();
    if (!item) return ids + "error: " + item.error().message();
    if (*item == nullptr) return ids;
    ids += (**item)["id"].GetString();
    ids += ',';
  }
}

TEST(JsArrayReaderTest, ReadsItemsAcrossEveryChunkSize) {
  const std::string content =
      "window.YTD.tweets.part0 = [ {\n  \"id\" : \"1\"\n}, {\n  \"id\" : \"2\"\n} ]\n";
  for (size_t chunk = 1; chunk <= content.size(); ++chunk) {
    EXPECT_EQ(ReadIds(content, chunk), "1,2,") << "chunk " << chunk;
  }
}

// Found by tests/fuzz (twitter_js, twitter_dm, facebook_json): a byte order mark split across
// the first chunks was kept as part of the variable name, or failed the JSON parse.
TEST(JsArrayReaderTest, SkipsAByteOrderMarkSplitAcrossChunks) {
  const std::string content = "\xEF\xBB\xBFwindow.YTD.tweets.part0 = [ {\"id\" : \"1\"} ]";
  for (size_t chunk = 1; chunk <= 4; ++chunk) {
    EXPECT_EQ(ReadIds(content, chunk), "1,") << "chunk " << chunk;
  }
  // Two bytes of a mark are not a mark: they stay, and the error says where, whatever the
  // chunks.
  const std::string broken = "\xEF\xBB[ {\"id\" : \"1\"} ]";
  const std::string whole = ReadIds(broken, broken.size());
  EXPECT_NE(whole.find("error: "), std::string::npos) << whole;
  for (size_t chunk = 1; chunk <= 3; ++chunk) EXPECT_EQ(ReadIds(broken, chunk), whole) << chunk;
}

TEST(JsArrayReaderTest, AcceptsEmptyArraysAndTrailingSemicolon) {
  EXPECT_EQ(ReadIds("window.YTD.block.part0 = [ ]", 5), "");
  EXPECT_EQ(ReadIds("window.YTD.block.part0 = []", 5), "");
  EXPECT_EQ(ReadIds("window.YTD.tweets.part0 = [{\"id\":\"9\"}];\n", 3), "9,");
}

TEST(JsArrayReaderTest, KeepsHugeNumbersExact) {
  StringEntryStream stream("window.YTD.x.part0 = [ {\"id\" : 1790000000000000001} ]");
  JsArrayReader reader(stream, "x.js");
  ASSERT_TRUE(reader.Open(AnyName, "x").ok());
  Result<const rapidjson::Value*> item = reader.Next();
  ASSERT_TRUE(item && *item);
  ASSERT_TRUE((**item)["id"].IsString());
  EXPECT_STREQ((**item)["id"].GetString(), "1790000000000000001");
}

TEST(JsArrayReaderTest, MalformedItemNamesEntryItemAndPosition) {
  const std::string content =
      "window.YTD.tweets.part0 = [ {\n  \"id\" : \"1\"\n}, {\n  \"id\" : \"2\",\n}, {\"id\":\"3\"} ]";
  const std::string result = ReadIds(content, 4);
  EXPECT_EQ(result.substr(0, 2), "1,");
  EXPECT_NE(result.find("data/tweets.js: item 2: "), std::string::npos) << result;
  EXPECT_NE(result.find("(line 5, column 1, byte"), std::string::npos) << result;
}

TEST(JsArrayReaderTest, MissingCommaBetweenItemsIsAnError) {
  const std::string result = ReadIds("window.YTD.t.part0 = [ {\"id\":\"1\"} {\"id\":\"2\"} ]", 64);
  EXPECT_NE(result.find("item 2: expected ',' or ']'"), std::string::npos) << result;
}

TEST(JsArrayReaderTest, TruncatedFileIsAnError) {
  const std::string result = ReadIds("window.YTD.t.part0 = [ {\"id\":\"1\"}, {\"id\":", 64);
  EXPECT_EQ(result.substr(0, 2), "1,");
  EXPECT_NE(result.find("item 2: "), std::string::npos) << result;
}

TEST(JsArrayReaderTest, ContentAfterTheArrayIsAnError) {
  const std::string result = ReadIds("window.YTD.t.part0 = [ {\"id\":\"1\"} ] junk", 64);
  EXPECT_NE(result.find("unexpected content after the closing ']'"), std::string::npos) << result;
}

TEST(JsArrayReaderTest, WrongPrefixIsRejectedByTheCheck) {
  StringEntryStream stream("window.YTD.likes.part0 = [ ]");
  JsArrayReader reader(stream, "data/tweets.js");
  const Status status = reader.Open(
      [](std::string_view name) { return name.starts_with("window.YTD.tweets.part"); },
      "window.YTD.tweets.partN");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kDataError);
  EXPECT_EQ(status.message(),
            "data/tweets.js: line 1: unexpected variable 'window.YTD.likes.part0', expected "
            "'window.YTD.tweets.partN'");
}

TEST(JsArrayReaderTest, NoAssignmentOnTheFirstLineIsAnError) {
  EXPECT_NE(ReadIds("[ {\"id\":\"1\"} ]", 64).find("line 1: expected"), std::string::npos);
  EXPECT_NE(ReadIds("window.YTD.tweets.part0\n= []", 64).find("line 1: expected"),
            std::string::npos);
  EXPECT_NE(ReadIds("", 64).find("line 1: expected"), std::string::npos);
}

TEST(JsArrayReaderTest, AnObjectInsteadOfAnArrayIsAnError) {
  EXPECT_NE(ReadIds("window.__THAR_CONFIG = { }", 64).find("expected '['"), std::string::npos);
}

}  // namespace
}  // namespace touchpoint
