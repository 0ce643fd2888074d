#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tests/support/zip_writer.h"

namespace touchpoint::test {

// Builds small Facebook "Download Your Information" (JSON) exports in the real layouts for
// tests. Every string is written the way Facebook writes it: each non-ASCII UTF-8 byte as its
// own \u00XX escape (the mojibake of formats.md 2.3), unless a test asks for raw text.

// `utf8` as a JSON string literal in Facebook's encoding (quotes included). With `raw`, non-
// ASCII bytes are written as they are (a correctly encoded file).
std::string FacebookJsonString(const std::string& utf8, bool raw = false);

struct FbMessage {
  std::string sender;
  int64_t timestamp_ms = 0;
  std::optional<std::string> content{};  // no "content" key when absent
  std::string type{};                    // "type" (old exports); empty: none, or "Generic"
  std::string extra{};  // raw JSON members added to the object, e.g. "\"is_unsent\": true"
};

struct FbThread {
  std::string section = "inbox";
  std::string folder;  // "janedoe_1234567890123456"
  std::vector<std::string> participants;
  std::vector<FbMessage> messages;  // newest first, as in exports
  int parts = 1;                    // split into message_1.json (newest) .. message_<parts>.json
  std::string extra{};              // raw top-level members, e.g. "\"is_still_participant\": false"
};

struct FbComment {
  int64_t timestamp = 0;  // seconds
  std::string text;
  std::string title;
};

struct FbFriend {
  std::string name;
  int64_t timestamp = 0;  // seconds
};

// Export layouts: 2019-2023 (messages/ at the root), 2024+ with
// your_activity_across_facebook/, 2024+ with your_facebook_activity/.
enum class FbLayout { kMessages, kActivityAcross, kFacebookActivity };

class FacebookFixture {
 public:
  static constexpr const char* kOwner = "Mira Kestrel";

  FacebookFixture& Layout(FbLayout layout) {
    layout_ = layout;
    return *this;
  }
  FacebookFixture& Wrapper(std::string folder) {
    wrapper_ = std::move(folder) + "/";
    return *this;
  }
  // The profile's full_name; an empty name leaves profile_information.json out.
  FacebookFixture& Owner(std::string name) {
    owner_ = std::move(name);
    return *this;
  }
  // Old exports: "type": "Generic" and "is_unsent": false on every message, "comments" and
  // "friends" keys instead of "comments_v2" and "friends_v2".
  FacebookFixture& OldEra(bool old) {
    old_ = old;
    return *this;
  }
  // Non-ASCII written as raw UTF-8 instead of Facebook's escapes.
  FacebookFixture& RawText(bool raw) {
    raw_ = raw;
    return *this;
  }
  FacebookFixture& Thread(FbThread thread) {
    threads_.push_back(std::move(thread));
    return *this;
  }
  FacebookFixture& Comment(FbComment comment) {
    comments_.push_back(std::move(comment));
    return *this;
  }
  FacebookFixture& Friend(FbFriend friend_) {
    friends_.push_back(std::move(friend_));
    return *this;
  }
  // Any other file, path relative to the export root.
  FacebookFixture& Extra(std::string path, std::string content);

  std::vector<FileSpec> Files() const;

  // The Messenger root of the layout, with the wrapper: "w/your_facebook_activity/messages/".
  std::string MessagesRoot() const;
  std::string ThreadFileJson(const FbThread& thread, int part) const;

 private:
  std::string Str(const std::string& text) const { return FacebookJsonString(text, raw_); }
  std::string MessageJson(const FbMessage& message) const;

  FbLayout layout_ = FbLayout::kFacebookActivity;
  std::string wrapper_;
  std::string owner_ = kOwner;
  bool old_ = false;
  bool raw_ = false;
  std::vector<FbThread> threads_;
  std::vector<FbComment> comments_;
  std::vector<FbFriend> friends_;
  std::vector<FileSpec> extras_;
};

}  // namespace touchpoint::test
