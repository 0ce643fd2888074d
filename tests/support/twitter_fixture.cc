#include "tests/support/twitter_fixture.h"

namespace touchpoint::test {
namespace {

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string Field(const std::string& key, const std::string& value) {
  return "    " + Quote(key) + " : " + Quote(value);
}

}  // namespace

std::string YtdFile(const std::string& name, int part, const std::vector<std::string>& items) {
  std::string out = "window.YTD." + name + ".part" + std::to_string(part) + " = [";
  for (size_t i = 0; i < items.size(); ++i) {
    out += i == 0 ? " " : ", ";
    out += items[i];
  }
  return out + (items.empty() ? " ]" : " ]\n");
}

std::string TwitterFixture::TweetJson(const TweetSpec& tweet) {
  std::vector<std::string> fields = {
      Field("id_str", tweet.id), Field("id", tweet.id), Field("created_at", tweet.created_at),
      Field("full_text", tweet.text), Field("lang", "en"), Field("favorite_count", "3"),
      Field("retweet_count", "0"), "    \"retweeted\" : false", "    \"truncated\" : false",
      Field("source", "<a href=\\\"https://mobile.twitter.com\\\" rel=\\\"nofollow\\\">Twitter Web App</a>")};
  if (!tweet.reply_to_status.empty()) {
    fields.push_back(Field("in_reply_to_status_id_str", tweet.reply_to_status));
    fields.push_back(Field("in_reply_to_status_id", tweet.reply_to_status));
  }
  if (!tweet.reply_to_user.empty()) {
    fields.push_back(Field("in_reply_to_user_id_str", tweet.reply_to_user));
    fields.push_back(Field("in_reply_to_user_id", tweet.reply_to_user));
  }
  if (!tweet.reply_to_handle.empty()) {
    fields.push_back(Field("in_reply_to_screen_name", tweet.reply_to_handle));
  }
  std::string mentions;
  for (const auto& mention : tweet.mentions) {
    if (!mentions.empty()) mentions += ", ";
    mentions += "{ \"name\" : " + Quote(mention.name) + ", \"screen_name\" : " +
                Quote(mention.handle) + ", \"indices\" : [\"0\", \"6\"], \"id_str\" : " +
                Quote(mention.id) + ", \"id\" : " + Quote(mention.id) + " }";
  }
  fields.push_back("    \"entities\" : { \"hashtags\" : [ ], \"symbols\" : [ ], \"urls\" : [ ], "
                   "\"user_mentions\" : [ " + mentions + " ] }");
  std::string out = "{\n";
  for (size_t i = 0; i < fields.size(); ++i) {
    out += fields[i];
    out += i + 1 < fields.size() ? ",\n" : "\n";
  }
  return out + "  }";
}

std::string TwitterFixture::DmElement(const DmSpec& dm, bool group) {
  std::string out = "{ \"messageCreate\" : { ";
  if (!group) out += "\"recipientId\" : " + Quote(dm.recipient) + ", ";
  out += "\"reactions\" : [ ], \"urls\" : [ ], \"text\" : " + Quote(dm.text) +
         ", \"mediaUrls\" : [ ], \"senderId\" : " + Quote(dm.sender) + ", \"id\" : " +
         Quote(dm.id) + ", \"createdAt\" : " + Quote(dm.created_at) + " } }";
  return out;
}

std::string TwitterFixture::DmConversationJson(const std::string& id,
                                               const std::vector<std::string>& elements) {
  std::string out = "{\n  \"dmConversation\" : {\n    \"conversationId\" : " + Quote(id) +
                    ",\n    \"messages\" : [ ";
  for (size_t i = 0; i < elements.size(); ++i) {
    if (i > 0) out += ", ";
    out += elements[i];
  }
  return out + " ]\n  }\n}";
}

TwitterFixture& TwitterFixture::Dm(std::string conversation, std::vector<DmSpec> newest_first) {
  std::vector<std::string> elements;
  for (const DmSpec& dm : newest_first) elements.push_back(DmElement(dm, false));
  conversations_.push_back(DmConversationJson(conversation, elements));
  return *this;
}

TwitterFixture& TwitterFixture::GroupDm(std::string conversation,
                                        std::vector<std::string> raw_elements) {
  group_conversations_.push_back(DmConversationJson(conversation, raw_elements));
  return *this;
}

TwitterFixture& TwitterFixture::Extra(std::string path, std::string content) {
  extras_.push_back({std::move(path), std::move(content)});
  return *this;
}

std::string TwitterFixture::DataRoot() const {
  return wrapper_ + (era_ == Era::kGdprV1 ? "" : "data/");
}

std::string TwitterFixture::TweetsFileStem() const { return era_ == Era::kX ? "tweets" : "tweet"; }

std::vector<FileSpec> TwitterFixture::Files() const {
  const std::string root = DataRoot();
  std::vector<FileSpec> files;
  if (era_ != Era::kGdprV1) files.push_back({wrapper_ + "Your archive.html", "<html></html>"});
  files.push_back(
      {root + "account.js",
       YtdFile("account", 0,
               {"{\n  \"account\" : {\n    \"email\" : \"owner@example.org\",\n    \"createdVia\" : "
                "\"web\",\n    \"username\" : \"" + std::string(kOwnerHandle) +
                "\",\n    \"accountId\" : \"" + kOwnerId +
                "\",\n    \"createdAt\" : \"2012-03-04T05:06:07.000Z\",\n    "
                "\"accountDisplayName\" : \"Owner Me\"\n  }\n}"})});
  const std::string stem = TweetsFileStem();
  const int parts = parts_ < 1 ? 1 : parts_;
  for (int part = 0; part < parts; ++part) {
    std::vector<std::string> items;
    for (size_t i = static_cast<size_t>(part); i < tweets_.size(); i += static_cast<size_t>(parts)) {
      const std::string tweet = TweetJson(tweets_[i]);
      items.push_back(bare_ ? tweet : "{\n  \"tweet\" : " + tweet + "\n}");
    }
    const std::string name = part == 0 ? stem : stem + "-part" + std::to_string(part);
    files.push_back({root + name + ".js", YtdFile(stem, part, items)});
  }
  const std::string dm_stem = era_ == Era::kGdprV1 ? "direct-message" : "direct-messages";
  std::string dm_name = dm_stem;
  for (char& c : dm_name) c = c == '-' ? '_' : c;
  files.push_back({root + dm_stem + ".js", YtdFile(dm_name, 0, conversations_)});
  files.push_back(
      {root + dm_stem + "-group.js", YtdFile(dm_name + "_group", 0, group_conversations_)});
  for (const FileSpec& extra : extras_) files.push_back({root + extra.path, extra.content});
  return files;
}

}  // namespace touchpoint::test
