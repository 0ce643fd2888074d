#include "connectors/common/entry_json_input.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <string>

#include "tests/support/string_entry_stream.h"

namespace touchpoint {
namespace {

// Found by tests/fuzz (facebook_json, facebook_activity): with a first chunk of one or two
// bytes, a byte order mark was not skipped and the document failed to parse.
TEST(EntryJsonInputTest, SkipsAByteOrderMarkSplitAcrossChunks) {
  const std::string content = "\xEF\xBB\xBF{\"name\": \"x\"}";
  for (size_t chunk = 1; chunk <= content.size(); ++chunk) {
    test::StringEntryStream stream(content, chunk);
    EntryJsonInput input(stream);
    rapidjson::Document document;
    document.ParseStream(input);
    ASSERT_FALSE(document.HasParseError()) << "chunk " << chunk;
    EXPECT_STREQ(document["name"].GetString(), "x") << "chunk " << chunk;
    EXPECT_TRUE(input.AtEnd());
    EXPECT_EQ(input.Tell(), content.size()) << "chunk " << chunk;
  }
}

TEST(EntryJsonInputTest, AnErrorIsAtTheSamePlaceWhateverTheChunks) {
  const std::string content = "\xEF\xBB\xBF{\"a\": 1,\n \"b\": }";
  std::string whole;
  for (size_t chunk : {content.size(), size_t{1}, size_t{2}, size_t{5}}) {
    test::StringEntryStream stream(content, chunk);
    EntryJsonInput input(stream);
    rapidjson::Document document;
    document.ParseStream(input);
    ASSERT_TRUE(document.HasParseError());
    const std::string error = input.ErrorAt("x.json", "bad").message();
    if (whole.empty()) whole = error;
    EXPECT_EQ(error, whole) << "chunk " << chunk;
  }
  EXPECT_NE(whole.find("line 2"), std::string::npos) << whole;
}

}  // namespace
}  // namespace touchpoint
