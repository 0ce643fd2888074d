#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "connectors/event_sink.h"
#include "connectors/facebook/graph_paging.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::facebook {

// What the Messenger inbox of a Page looked like after the last committed poll (UTC ms).
struct InboxMark {
  // The newest conversation updated_time seen; nullopt before the first poll.
  std::optional<int64_t> watermark;
  // Per conversation id: its updated_time when its messages were last read.
  std::map<std::string, int64_t, std::less<>> conversations;
  // Conversations last read at or before this time were dropped from `conversations` to
  // keep the cursor small; nullopt when none was.
  std::optional<int64_t> horizon;
};

// A conversation as the list of conversations shows it.
struct ListedConversation {
  int64_t updated_ms = 0;
  std::vector<Identity> participants;  // but the Page
};

// Reads a Page's new Messenger messages (apis.md 2.6):
//   1. GET /{page}/conversations?platform=messenger, newest updated_time first, until a
//      conversation older than watermark - kOverlap;
//   2. for each listed conversation whose updated_time is at or after its stored one (or
//      that has none), GET /{conversation}/messages newest first until a message older than
//      the stored time - kOverlap (the horizon when it has none; all of them when there is
//      neither), emitting every message read.
// A conversation that jumps to the top while the list is paged is missed by this poll and
// caught by the next: its updated_time is then newer than the watermark. Returns the mark
// covering what was emitted, pruned to the kMaxConversations newest entries, none older than
// kConversationRetentionMs before the watermark.
class InboxReader {
 public:
  static constexpr int64_t kOverlapMs = 60'000;
  static constexpr int64_t kConversationRetentionMs = 30LL * 24 * 3600 * 1000;
  static constexpr size_t kMaxConversations = 200;
  static constexpr int kConversationsLimit = 25;
  static constexpr int kMessagesLimit = 50;

  explicit InboxReader(GraphPoll& poll) : poll_(poll) {}

  Result<InboxMark> Read(InboxMark mark);

 private:
  Status List(const InboxMark& mark, std::map<std::string, ListedConversation>& listed,
              int64_t& newest);
  Status ReadMessages(const std::string& conversation_id, const ListedConversation& conversation,
                      std::optional<int64_t> since_ms);

  GraphPoll& poll_;
};

// The pages InboxReader reads, without HTTP (also for tests and the fuzz harness).

// Reads one page of /{page}/conversations into `listed` (by conversation id) and moves
// `newest` up to the newest updated_time. False once a conversation is older than
// mark.watermark - kOverlap (the rest was read by earlier polls). kDataError when the page has
// no `data` array or a conversation has no id or readable updated_time.
Result<bool> ReadConversationsPage(const rapidjson::Value& answer, const InboxMark& mark,
                                   const Identity& page,
                                   std::map<std::string, ListedConversation>& listed,
                                   int64_t& newest);

// Emits the messages of one page of /{conversation}/messages (EmitGraphMessage). False once a
// message is older than since_ms - kOverlap. kDataError when the page has no `data` array;
// the sink's errors.
Result<bool> ReadMessagesPage(const rapidjson::Value& answer, const std::string& conversation_id,
                              const ListedConversation& conversation,
                              std::optional<int64_t> since_ms, const Identity& page,
                              EventSink& sink);

// Drops the oldest entries of `mark.conversations` as InboxReader documents, moving the
// horizon up to the newest dropped one.
void Prune(InboxMark& mark);

}  // namespace touchpoint::facebook
