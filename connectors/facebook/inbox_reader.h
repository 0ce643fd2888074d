#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "connectors/facebook/graph_paging.h"
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
  struct Listed {
    int64_t updated_ms = 0;
    std::vector<Identity> participants;
  };
  Status List(const InboxMark& mark, std::map<std::string, Listed>& listed, int64_t& newest);
  Status ReadMessages(const std::string& conversation_id, const Listed& conversation,
                      std::optional<int64_t> since_ms);

  GraphPoll& poll_;
};

// Drops the oldest entries of `mark.conversations` as InboxReader documents, moving the
// horizon up to the newest dropped one.
void Prune(InboxMark& mark);

}  // namespace touchpoint::facebook
