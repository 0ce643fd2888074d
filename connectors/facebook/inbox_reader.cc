#include "connectors/facebook/inbox_reader.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "connectors/common/json_fields.h"
#include "connectors/common/url_encoding.h"
#include "connectors/facebook/graph_items.h"

namespace touchpoint::facebook {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

constexpr char kMessagesSource[] = "GET /{conversation-id}/messages";

std::string WithAfter(Params params, const std::string& after) {
  if (!after.empty()) params.emplace_back("after", after);
  return EncodeParams(params);
}

}  // namespace

void Prune(InboxMark& mark) {
  if (!mark.watermark) return;
  std::vector<std::pair<int64_t, std::string>> by_age;
  for (const auto& [id, read_ms] : mark.conversations) by_age.emplace_back(read_ms, id);
  std::sort(by_age.begin(), by_age.end(), std::greater<>());
  const int64_t oldest_kept = *mark.watermark - InboxReader::kConversationRetentionMs;
  for (size_t i = 0; i < by_age.size(); ++i) {
    const auto& [read_ms, id] = by_age[i];
    if (i < InboxReader::kMaxConversations && read_ms >= oldest_kept) continue;
    mark.horizon = std::max(mark.horizon.value_or(read_ms), read_ms);
    mark.conversations.erase(id);
  }
}

Result<bool> ReadConversationsPage(const rapidjson::Value& answer, const InboxMark& mark,
                                   const Identity& page,
                                   std::map<std::string, ListedConversation>& listed,
                                   int64_t& newest) {
  Result<const rapidjson::Value*> data = GraphData(answer);
  if (!data) return Fail(data.error());
  for (const rapidjson::Value& conversation : (*data)->GetArray()) {
    const std::string id(StringField(conversation, "id"));
    const std::optional<int64_t> updated =
        ParseGraphTime(StringField(conversation, "updated_time"));
    if (id.empty() || !updated) {
      return Fail(StatusCode::kDataError, "a conversation without id or updated_time");
    }
    // Newest first: the rest of the list was read by earlier polls.
    if (mark.watermark && *updated < *mark.watermark - InboxReader::kOverlapMs) return false;
    newest = std::max(newest, *updated);
    ListedConversation& entry = listed[id];
    entry.updated_ms = std::max(entry.updated_ms, *updated);
    entry.participants = Participants(conversation, page);
  }
  return true;
}

Result<bool> ReadMessagesPage(const rapidjson::Value& answer, const std::string& conversation_id,
                              const ListedConversation& conversation,
                              std::optional<int64_t> since_ms, const Identity& page,
                              EventSink& sink) {
  Result<const rapidjson::Value*> data = GraphData(answer);
  if (!data) return Fail(data.error());
  for (const rapidjson::Value& message : (*data)->GetArray()) {
    const std::optional<int64_t> created = ParseGraphTime(StringField(message, "created_time"));
    // Newest first: older messages were read when the conversation was last read.
    if (since_ms && created && *created < *since_ms - InboxReader::kOverlapMs) return false;
    if (Status status = EmitGraphMessage(message, conversation_id, conversation.participants, page,
                                         kMessagesSource, sink);
        !status.ok()) {
      return Fail(status);
    }
  }
  return true;
}

Result<InboxMark> InboxReader::Read(InboxMark mark) {
  std::map<std::string, ListedConversation> listed;
  int64_t newest = mark.watermark.value_or(0);
  if (Status status = List(mark, listed, newest); !status.ok()) return Fail(status);
  for (const auto& [id, conversation] : listed) {
    std::optional<int64_t> since = mark.horizon;
    if (const auto stored = mark.conversations.find(id); stored != mark.conversations.end()) {
      // Older than what was read: a message was deleted; nothing new to read.
      if (conversation.updated_ms < stored->second) continue;
      since = stored->second;
    }
    if (Status status = ReadMessages(id, conversation, since); !status.ok()) return Fail(status);
    mark.conversations.insert_or_assign(id, conversation.updated_ms);
  }
  if (!listed.empty() || mark.watermark) mark.watermark = newest;
  Prune(mark);
  return mark;
}

Status InboxReader::List(const InboxMark& mark, std::map<std::string, ListedConversation>& listed,
                         int64_t& newest) {
  const std::string path =
      poll_.versioned_base + "/" + PercentEncode(poll_.page.user_id) + "/conversations?";
  const auto url_for = [&](int shrink, const std::string& after) {
    return path + WithAfter({{"platform", "messenger"},
                             {"fields", "id,updated_time,participants"},
                             {"limit", std::to_string(Shrunk(kConversationsLimit, shrink))}},
                            after);
  };
  const auto read = [&](const rapidjson::Value& answer) {
    return ReadConversationsPage(answer, mark, poll_.page, listed, newest);
  };
  return ReadEdge(poll_, "", url_for, read);
}

Status InboxReader::ReadMessages(const std::string& conversation_id,
                                 const ListedConversation& conversation,
                                 std::optional<int64_t> since_ms) {
  const std::string path =
      poll_.versioned_base + "/" + PercentEncode(conversation_id) + "/messages?";
  const auto url_for = [&](int shrink, const std::string& after) {
    return path + WithAfter({{"fields", "id,message,from,to,created_time"},
                             {"limit", std::to_string(Shrunk(kMessagesLimit, shrink))}},
                            after);
  };
  const auto read = [&](const rapidjson::Value& answer) {
    return ReadMessagesPage(answer, conversation_id, conversation, since_ms, poll_.page,
                            poll_.sink);
  };
  return ReadEdge(poll_, "", url_for, read);
}

}  // namespace touchpoint::facebook
