#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "connectors/event_sink.h"
#include "connectors/twitter/dm_event.h"
#include "connectors/twitter/owner.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::twitter {

// Readers for X API v2 answers (apis.md 1.3): {"data": [...], "includes": {"users": [...]},
// "errors": [...], "meta": {...}}. They turn items into the same TweetFacts / DmFacts the
// archive readers build, so an item seen through both dedupes to one event.

// The accounts of the `includes.users` arrays seen so far, by id.
class UserIndex {
 public:
  void AddIncludes(const rapidjson::Value& page);
  // {id, username, name} when included, else an identity with only the id.
  Identity Find(std::string_view user_id) const;

 private:
  std::map<std::string, Identity, std::less<>> users_;
};

// Appends the partial errors of a 200 answer as "title: detail" (the data beside them is
// valid and kept).
void CollectPartialErrors(const rapidjson::Value& page, std::vector<std::string>& errors);

// The page's `data` array. kDataError when the page is not an object or `data`
// is present but not an array; no `data` (result_count 0) is an empty list.
Result<const rapidjson::Value*> PageData(const rapidjson::Value& page);

// Emits one tweet of /2/users/:id/mentions (tweet.fields created_at, author_id,
// conversation_id, in_reply_to_user_id, referenced_tweets, entities) through EmitTweet().
// Items without an id or a readable created_at are skipped with a reason.
Status ReadApiTweet(const rapidjson::Value& tweet, const UserIndex& users, const Owner& owner,
                    std::string_view source, EventSink& sink);

// The dm_events of one poll. A group's participants are known only from all its events, so
// events are gathered over every page first (like the archive reader gathers a whole
// dmConversation) and emitted by Emit(). Not thread-safe.
class ApiDmBatch {
 public:
  // Copies what it needs from `event` (dm_event.fields created_at, sender_id,
  // dm_conversation_id, participant_ids, entities).
  void Add(const rapidjson::Value& event);
  // One `dm` event per MessageCreate, in the order added; other event types (joins, leaves)
  // and messages without id, sender, conversation or a readable date are skipped with a
  // reason. Returns the sink's first error.
  Status Emit(const UserIndex& users, const Owner& owner, std::string_view source,
              EventSink& sink) const;

 private:
  struct Item {
    std::string event_type;
    std::string id;
    std::string sender_id;
    std::string conversation_id;
    std::string created_at;
    std::string text;
    std::vector<std::string> participant_ids;
  };
  std::vector<Item> items_;
};

}  // namespace touchpoint::twitter
