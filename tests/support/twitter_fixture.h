#pragma once

#include <string>
#include <vector>

#include "tests/support/zip_writer.h"

namespace touchpoint::test {

// Builds small Twitter/X archives in the real layouts for tests. Items are written in the
// exports' pretty-printed style ("key" : value).
struct TweetSpec {
  std::string id;
  std::string text;
  std::string created_at = "Mon May 13 09:01:02 +0000 2024";
  std::string reply_to_status{};  // empty: not a reply to a status
  std::string reply_to_user{};    // id; with an empty status: a reply without a status
  std::string reply_to_handle{};
  struct Mention {
    std::string id, handle, name;
  };
  std::vector<Mention> mentions{};
};

struct DmSpec {
  std::string id, sender, recipient, text;
  std::string created_at = "2024-05-13T09:58:00.123Z";
};

enum class Era { kGdprV1, kGdprV2, kX };

class TwitterFixture {
 public:
  static constexpr const char* kOwnerId = "1000";
  static constexpr const char* kOwnerHandle = "Owner_Me";

  TwitterFixture& Era(Era era) { era_ = era; return *this; }
  TwitterFixture& Wrapper(std::string folder) { wrapper_ = std::move(folder) + "/"; return *this; }
  TwitterFixture& BareItems(bool bare) { bare_ = bare; return *this; }
  TwitterFixture& Tweet(TweetSpec tweet) { tweets_.push_back(std::move(tweet)); return *this; }
  TwitterFixture& Dm(std::string conversation, std::vector<DmSpec> newest_first);
  // A raw JSON element for a group conversation's messages array ({"joinConversation": ...}).
  TwitterFixture& GroupDm(std::string conversation, std::vector<std::string> raw_elements);
  // Any extra file, path relative to the data root.
  TwitterFixture& Extra(std::string path, std::string content);

  // The tweet file split into `parts` files (tweets.js, tweets-part1.js, ...), X era only.
  TwitterFixture& Parts(int parts) { parts_ = parts; return *this; }

  std::vector<FileSpec> Files() const;

  static std::string TweetJson(const TweetSpec& tweet);
  static std::string DmConversationJson(const std::string& id,
                                        const std::vector<std::string>& elements);
  static std::string DmElement(const DmSpec& dm, bool group);

 private:
  std::string DataRoot() const;
  std::string TweetsFileStem() const;

  ::touchpoint::test::Era era_ = Era::kX;
  std::string wrapper_;
  bool bare_ = false;
  int parts_ = 1;
  std::vector<TweetSpec> tweets_;
  std::vector<std::string> conversations_;
  std::vector<std::string> group_conversations_;
  std::vector<FileSpec> extras_;
};

// "window.YTD.<name>.part<n> = [ item, item ]" with the exports' formatting.
std::string YtdFile(const std::string& name, int part, const std::vector<std::string>& items);

}  // namespace touchpoint::test
