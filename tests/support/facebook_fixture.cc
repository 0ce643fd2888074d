#include "tests/support/facebook_fixture.h"

#include <cstdio>

namespace touchpoint::test {
namespace {

std::string Hex4(unsigned value) {
  char buffer[8];
  std::snprintf(buffer, sizeof(buffer), "\\u%04x", value);
  return buffer;
}

// "key": value lines of a pretty-printed object at `indent` spaces.
std::string Object(const std::vector<std::string>& members, const std::string& indent) {
  std::string out = "{\n";
  for (size_t i = 0; i < members.size(); ++i) {
    out += indent + "  " + members[i];
    out += i + 1 < members.size() ? ",\n" : "\n";
  }
  return out + indent + "}";
}

std::string Array(const std::vector<std::string>& items, const std::string& indent) {
  if (items.empty()) return "[]";
  std::string out = "[\n";
  for (size_t i = 0; i < items.size(); ++i) {
    out += indent + "  " + items[i];
    out += i + 1 < items.size() ? ",\n" : "\n";
  }
  return out + indent + "]";
}

}  // namespace

std::string FacebookJsonString(const std::string& utf8, bool raw) {
  std::string out = "\"";
  for (const char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (byte < 0x20 || (byte >= 0x80 && !raw)) {
      out += Hex4(byte);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

FacebookFixture& FacebookFixture::Extra(std::string path, std::string content) {
  extras_.push_back({std::move(path), std::move(content)});
  return *this;
}

std::string FacebookFixture::MessagesRoot() const {
  switch (layout_) {
    case FbLayout::kMessages:
      return wrapper_ + "messages/";
    case FbLayout::kActivityAcross:
      return wrapper_ + "your_activity_across_facebook/messages/";
    case FbLayout::kFacebookActivity:
      break;
  }
  return wrapper_ + "your_facebook_activity/messages/";
}

std::string FacebookFixture::MessageJson(const FbMessage& message) const {
  std::vector<std::string> members = {"\"sender_name\": " + Str(message.sender),
                                      "\"timestamp_ms\": " + std::to_string(message.timestamp_ms)};
  if (message.content) members.push_back("\"content\": " + Str(*message.content));
  if (!message.type.empty() || old_) {
    members.push_back("\"type\": \"" + (message.type.empty() ? "Generic" : message.type) + "\"");
  }
  if (!message.extra.empty()) members.push_back(message.extra);
  if (old_ && message.extra.find("\"is_unsent\"") == std::string::npos) {
    members.push_back("\"is_unsent\": false");
  }
  if (!old_) members.push_back("\"is_geoblocked_for_viewer\": false");
  return Object(members, "    ");
}

std::string FacebookFixture::ThreadFileJson(const FbThread& thread, int part) const {
  std::vector<std::string> participants;
  for (const std::string& name : thread.participants)
    participants.push_back("{\"name\": " + Str(name) + "}");
  // Parts hold consecutive runs, newest in message_1.json.
  const size_t count = thread.messages.size();
  const size_t parts = static_cast<size_t>(thread.parts < 1 ? 1 : thread.parts);
  const size_t begin = count * static_cast<size_t>(part - 1) / parts;
  const size_t end = count * static_cast<size_t>(part) / parts;
  std::vector<std::string> messages;
  for (size_t i = begin; i < end; ++i) messages.push_back(MessageJson(thread.messages[i]));
  std::vector<std::string> members = {
      "\"participants\": " + Array(participants, ""), "\"messages\": " + Array(messages, ""),
      "\"title\": " + Str(thread.participants.empty() ? thread.folder : thread.participants[0]),
      "\"thread_path\": \"" + thread.section + "/" + thread.folder + "\"", "\"magic_words\": []"};
  if (!thread.extra.empty()) members.push_back(thread.extra);
  if (thread.extra.find("\"is_still_participant\"") == std::string::npos) {
    members.push_back("\"is_still_participant\": true");
  }
  return Object(members, "");
}

std::vector<FileSpec> FacebookFixture::Files() const {
  std::vector<FileSpec> files;
  const bool modern = layout_ != FbLayout::kMessages;
  if (!owner_.empty()) {
    files.push_back(
        {wrapper_ + (modern ? "personal_information/" : "") +
             "profile_information/profile_information.json",
         "{\n  \"profile_v2\": {\n    \"name\": {\n      \"full_name\": " + Str(owner_) +
             ",\n      \"first_name\": \"\",\n      \"middle_name\": \"\",\n      "
             "\"last_name\": \"\"\n    },\n    \"emails\": {\"emails\": []}\n  }\n}\n"});
  }
  for (const FbThread& thread : threads_) {
    for (int part = 1; part <= (thread.parts < 1 ? 1 : thread.parts); ++part) {
      files.push_back({MessagesRoot() + thread.section + "/" + thread.folder + "/message_" +
                           std::to_string(part) + ".json",
                       ThreadFileJson(thread, part)});
    }
  }
  const std::string activity = layout_ == FbLayout::kActivityAcross
                                   ? "your_activity_across_facebook/"
                               : layout_ == FbLayout::kFacebookActivity ? "your_facebook_activity/"
                                                                        : "";
  if (!comments_.empty()) {
    std::vector<std::string> items;
    for (const FbComment& comment : comments_) {
      items.push_back(Object(
          {"\"timestamp\": " + std::to_string(comment.timestamp),
           "\"data\": [{\"comment\": {\"timestamp\": " + std::to_string(comment.timestamp) +
               ", \"comment\": " + Str(comment.text) + ", \"author\": " + Str(owner_) + "}}]",
           "\"title\": " + Str(comment.title)},
          "    "));
    }
    files.push_back(
        {wrapper_ + activity + (old_ ? "comments/" : "comments_and_reactions/") + "comments.json",
         "{\n  \"" + std::string(old_ ? "comments" : "comments_v2") + "\": " + Array(items, "  ") +
             "\n}\n"});
  }
  if (!friends_.empty()) {
    std::vector<std::string> items;
    for (const FbFriend& friend_ : friends_) {
      items.push_back("{\"name\": " + Str(friend_.name) +
                      ", \"timestamp\": " + std::to_string(friend_.timestamp) + "}");
    }
    const std::string path = modern ? "connections/friends/your_friends.json"
                             : old_ ? "friends/friends.json"
                                    : "friends_and_followers/friends.json";
    files.push_back({wrapper_ + path, "{\n  \"" + std::string(old_ ? "friends" : "friends_v2") +
                                          "\": " + Array(items, "  ") + "\n}\n"});
  }
  for (const FileSpec& extra : extras_) files.push_back({wrapper_ + extra.path, extra.content});
  return files;
}

}  // namespace touchpoint::test
