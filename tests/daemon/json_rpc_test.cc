#include "daemon/json_rpc.h"

#include <gtest/gtest.h>

#include <rapidjson/document.h>
#include <rapidjson/encodings.h>
#include <rapidjson/error/en.h>

#include <string>

namespace touchpoint {
namespace {

// Whether `line` is one JSON object in valid UTF-8, as a strict client parses it.
bool StrictJsonObject(const std::string& line) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseValidateEncodingFlag>(line.c_str(), line.size());
  return !document.HasParseError() && document.IsObject();
}

TEST(JsonRpcTest, ErrorLinesEchoingBadBytesStayValidUtf8) {
  // A lead byte with no continuation, a stray continuation byte, a three-byte lead cut short.
  const std::string method = std::string("caf\xC3") + "x\x80y\xE2" + "ok";
  const std::string line = RpcErrorLine("1", kRpcMethodNotFound, "method not found: " + method);
  EXPECT_TRUE(StrictJsonObject(line)) << line;
  rapidjson::Document document;
  document.Parse(line.c_str());
  const std::string message = document["error"]["message"].GetString();
  // Each bad byte became U+FFFD; what was valid around them is kept.
  EXPECT_EQ(message, "method not found: caf\xEF\xBF\xBDx\xEF\xBF\xBDy\xEF\xBF\xBDok");
}

TEST(JsonRpcTest, ValidTextIsEchoedUnchanged) {
  const std::string line = RpcErrorLine("\"a\"", kRpcMethodNotFound, "no método «cálls» 📞");
  ASSERT_TRUE(StrictJsonObject(line)) << line;
  rapidjson::Document document;
  document.Parse(line.c_str());
  EXPECT_STREQ(document["error"]["message"].GetString(), "no método «cálls» 📞");
  EXPECT_STREQ(document["id"].GetString(), "a");
}

TEST(JsonRpcTest, ARequestThatIsNotUtf8IsAParseError) {
  const ParsedRequest parsed =
      ParseRpcRequest("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"st\xFF\xFEtus\"}");
  ASSERT_FALSE(parsed.ok);
  EXPECT_TRUE(StrictJsonObject(parsed.error_line)) << parsed.error_line;
  EXPECT_NE(parsed.error_line.find("-32700"), std::string::npos);
  EXPECT_NE(parsed.error_line.find("not valid UTF-8"), std::string::npos);
  // Valid UTF-8 everywhere is a request like any other.
  EXPECT_TRUE(ParseRpcRequest("{\"jsonrpc\":\"2.0\",\"id\":\"é\",\"method\":\"cálls\"}").ok);
}

}  // namespace
}  // namespace touchpoint
