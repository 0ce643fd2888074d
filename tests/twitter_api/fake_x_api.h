#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "connectors/common/timestamp.h"
#include "connectors/common/url_encoding.h"
#include "connectors/twitter/snowflake.h"
#include "tests/support/fake_api_server.h"
#include "tests/support/fake_interception.h"
#include "tests/support/fake_oauth.h"
#include "tests/support/locked.h"

namespace touchpoint::test {

struct FakeUser {
  std::string id, username, name;
};

struct FakeTweet {
  std::string id, author_id, text, conversation_id, replied_to, in_reply_to_user_id;
  std::vector<FakeUser> mentions;                         // id and username
  std::vector<std::pair<std::string, std::string>> urls;  // t.co -> expanded
  bool retweet = false;
};

struct FakeDm {
  std::string id, sender_id, conversation_id, text;
  std::vector<std::string> participant_ids;
  std::string event_type = "MessageCreate";
  std::vector<std::pair<std::string, std::string>> urls;
};

// An X API v2 on FakeApiServer (apis.md 1): /2/users/me, /2/users/:id/mentions with real
// since_id and pagination_token semantics over a list that grows while a poll runs,
// /2/dm_events newest first without since_id (400 for unknown parameters, like X), and
// POST /2/oauth2/token with rotating, single-use refresh tokens. Faults queued per path are
// answered before the real handler. `oauth()->journal()` records, in order, what happened on
// the server; tests append their own entries (a TokenKeeper's saves) to order them against it.
// Thread-safe.
class FakeXApi {
 public:
  static constexpr char kClientId[] = "client-1";
  static constexpr char kClientSecret[] = "client-secret-1";

  FakeXApi(FakeApiServer& server, FakeUser me) : me_(std::move(me)) {
    users_[me_.id] = me_;
    server.Route("GET", "/2/users/me", [this](const FakeRequest& r) { return Handle(r); });
    server.Route("GET", "/2/users/" + me_.id + "/mentions",
                 [this](const FakeRequest& r) { return Handle(r); });
    server.Route("GET", "/2/dm_events", [this](const FakeRequest& r) { return Handle(r); });
    server.Route("POST", "/2/oauth2/token", [this](const FakeRequest& r) { return Handle(r); });
  }

  void AddUser(FakeUser user) {
    std::lock_guard lock(mutex_);
    users_[user.id] = std::move(user);
  }
  void AddMention(FakeTweet tweet) {
    std::lock_guard lock(mutex_);
    tweets_.push_back(std::move(tweet));
  }
  void AddDm(FakeDm dm) {
    std::lock_guard lock(mutex_);
    dms_.push_back(std::move(dm));
  }
  // Answered (once each, in order) to the next requests of `path` before the real handler.
  void QueueFault(const std::string& path, FakeResponse response) {
    interception_.QueueFault(path, std::move(response));
  }
  // Called with the request, under no lock, before each answer of a GET: lets a test add
  // items while a poll pages.
  void OnRequest(FakeInterception::Hook hook) { interception_.OnRequest(std::move(hook)); }
  // Partial errors added to the next `count` answers of `path`.
  void AddPartialErrors(const std::string& path, int count) {
    std::lock_guard lock(mutex_);
    partial_errors_[path] += count;
  }

  void SetPageSize(int size) {
    std::lock_guard lock(mutex_);
    page_size_ = size;
  }
  // The tokens and the journal, under the fake's lock.
  Locked<FakeOAuth> oauth() { return {mutex_, oauth_}; }

  // Ids of every mention that is not a retweet, and of every MessageCreate DM.
  std::set<std::string> TouchpointIds() const {
    std::lock_guard lock(mutex_);
    std::set<std::string> ids;
    for (const FakeTweet& tweet : tweets_) {
      if (!tweet.retweet) ids.insert(tweet.id);
    }
    for (const FakeDm& dm : dms_) {
      if (dm.event_type == "MessageCreate") ids.insert(dm.id);
    }
    return ids;
  }
  std::vector<std::string> MentionIds() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> ids;
    for (const FakeTweet& tweet : tweets_) ids.push_back(tweet.id);
    return ids;
  }
  std::vector<std::string> DmIds() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> ids;
    for (const FakeDm& dm : dms_) ids.push_back(dm.id);
    return ids;
  }

  // A created_at for an id, so that newer ids are later in time.
  static std::string CreatedAt(const std::string& id) {
    const long long seconds = 1'700'000'000 + std::stoll(id.substr(id.size() - 6));
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
    return text;
  }

 private:
  using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

  static void Key(Writer& w, const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  }
  static FakeResponse Problem(int status, const std::string& title) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    Key(w, "title", title);
    Key(w, "detail", title);
    Key(w, "type", "about:blank");
    w.Key("status");
    w.Int(status);
    w.EndObject();
    return FakeResponse::Json(status, buffer.GetString());
  }

  FakeResponse Handle(const FakeRequest& request) {
    interception_.RunHook(request);
    std::lock_guard lock(mutex_);
    const std::string bearer = request.Header("authorization");
    const bool get = request.method == "GET" && bearer.size() > 7;
    oauth_.Journal(request.method + " " + request.path + (get ? " with " + bearer.substr(7) : ""));
    if (std::optional<FakeResponse> fault = interception_.TakeFault(request.path, oauth_)) {
      return std::move(*fault);
    }
    if (request.path == "/2/oauth2/token") return Token(request);
    if (bearer != "Bearer " + oauth_.access_token()) return Problem(401, "Unauthorized");
    if (request.path == "/2/users/me") {
      rapidjson::StringBuffer buffer;
      Writer w(buffer);
      w.StartObject();
      w.Key("data");
      WriteUser(w, me_);
      w.EndObject();
      return FakeResponse::Json(200, buffer.GetString());
    }
    if (request.path == "/2/dm_events") return DmEvents(request);
    return Mentions(request);
  }

  FakeResponse Token(const FakeRequest& request) {
    const auto form = [&](const std::string& name) {
      const auto found = request.form.find(name);
      return found != request.form.end() ? found->second : std::string();
    };
    const std::string basic =
        "Basic " + Base64Encode(std::string(kClientId) + ":" + kClientSecret);
    if (request.Header("authorization") != basic) {
      return FakeResponse::Json(401, R"({"error":"unauthorized_client","error_description":)"
                                     R"("Missing valid authorization header"})");
    }
    if (form("grant_type") != "refresh_token" || form("client_id") != kClientId ||
        form("refresh_token") != oauth_.refresh_token()) {
      return FakeResponse::Json(400, R"({"error":"invalid_request","error_description":)"
                                     R"("Value passed for the token was invalid."})");
    }
    oauth_.Refresh();
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    Key(w, "token_type", "bearer");
    w.Key("expires_in");
    w.Int(7200);
    Key(w, "access_token", oauth_.access_token());
    Key(w, "scope", "tweet.read users.read dm.read offline.access");
    Key(w, "refresh_token", oauth_.refresh_token());
    w.EndObject();
    return FakeResponse::Json(200, buffer.GetString());
  }

  static void WriteUser(Writer& w, const FakeUser& user) {
    w.StartObject();
    Key(w, "id", user.id);
    Key(w, "username", user.username);
    Key(w, "name", user.name);
    w.EndObject();
  }

  static void WriteUrls(Writer& w, const std::vector<std::pair<std::string, std::string>>& urls) {
    w.Key("urls");
    w.StartArray();
    for (const auto& [short_url, expanded] : urls) {
      w.StartObject();
      Key(w, "url", short_url);
      Key(w, "expanded_url", expanded);
      Key(w, "display_url", expanded.substr(expanded.find("//") + 2));
      w.EndObject();
    }
    w.EndArray();
  }

  // The items of one page: newest first, newer than since_id, older than the token's id.
  template <typename Item>
  std::vector<const Item*> Page(const std::vector<Item>& all, const FakeRequest& request,
                                const std::string& since_id, std::string* next_token) {
    std::vector<const Item*> sorted;
    for (const Item& item : all) sorted.push_back(&item);
    std::sort(sorted.begin(), sorted.end(), [](const Item* a, const Item* b) {
      return twitter::IdLess(b->id, a->id);
    });
    std::string below;  // the last id of the previous page
    if (auto token = request.query.find("pagination_token"); token != request.query.end()) {
      below = token->second.substr(1);
    }
    int max_results = 10;
    if (auto max = request.query.find("max_results"); max != request.query.end()) {
      max_results = std::stoi(max->second);
    }
    const size_t size = static_cast<size_t>(std::min(max_results, page_size_));
    std::vector<const Item*> page;
    bool more = false;
    std::optional<int64_t> start_ms;
    if (auto start = request.query.find("start_time"); start != request.query.end()) {
      start_ms = ParseIso8601Ms(start->second);
    }
    for (const Item* item : sorted) {
      if (!since_id.empty() && !twitter::IdLess(since_id, item->id)) continue;
      if (start_ms && ParseIso8601Ms(CreatedAt(item->id)) < start_ms) continue;
      if (!below.empty() && !twitter::IdLess(item->id, below)) continue;
      if (page.size() == size) {
        more = true;
        break;
      }
      page.push_back(item);
    }
    if (more) *next_token = "p" + page.back()->id;
    return page;
  }

  void WriteMeta(Writer& w, const std::vector<const FakeTweet*>& page,
                 const std::string& next_token) {
    w.Key("meta");
    w.StartObject();
    w.Key("result_count");
    w.Int(static_cast<int>(page.size()));
    if (!page.empty()) {
      Key(w, "newest_id", page.front()->id);
      Key(w, "oldest_id", page.back()->id);
    }
    if (!next_token.empty()) Key(w, "next_token", next_token);
    w.EndObject();
  }

  void WritePartialErrors(Writer& w, const std::string& path) {
    int& pending = partial_errors_[path];
    if (pending == 0) return;
    --pending;
    w.Key("errors");
    w.StartArray();
    w.StartObject();
    Key(w, "title", "Forbidden");
    Key(w, "detail", "User has been suspended: [666].");
    Key(w, "resource_type", "user");
    Key(w, "type", "https://api.twitter.com/2/problems/resource-not-found");
    w.EndObject();
    w.EndArray();
  }

  FakeResponse Mentions(const FakeRequest& request) {
    const auto since = request.query.find("since_id");
    std::string next_token;
    const std::vector<const FakeTweet*> page =
        Page(tweets_, request, since != request.query.end() ? since->second : "", &next_token);
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    std::set<std::string> authors;
    if (!page.empty()) {
      w.Key("data");
      w.StartArray();
      for (const FakeTweet* tweet : page) {
        WriteTweet(w, *tweet);
        authors.insert(tweet->author_id);
      }
      w.EndArray();
      w.Key("includes");
      w.StartObject();
      w.Key("users");
      w.StartArray();
      for (const std::string& id : authors) {
        if (auto user = users_.find(id); user != users_.end()) WriteUser(w, user->second);
      }
      w.EndArray();
      w.EndObject();
    }
    WritePartialErrors(w, request.path);
    WriteMeta(w, page, next_token);
    w.EndObject();
    return FakeResponse::Json(200, buffer.GetString());
  }

  void WriteTweet(Writer& w, const FakeTweet& tweet) {
    w.StartObject();
    Key(w, "id", tweet.id);
    Key(w, "text", tweet.text);
    Key(w, "author_id", tweet.author_id);
    Key(w, "created_at", CreatedAt(tweet.id));
    Key(w, "conversation_id", tweet.conversation_id.empty() ? tweet.id : tweet.conversation_id);
    if (!tweet.in_reply_to_user_id.empty()) {
      Key(w, "in_reply_to_user_id", tweet.in_reply_to_user_id);
    }
    w.Key("edit_history_tweet_ids");
    w.StartArray();
    w.String(tweet.id.c_str());
    w.EndArray();
    if (!tweet.replied_to.empty() || tweet.retweet) {
      w.Key("referenced_tweets");
      w.StartArray();
      w.StartObject();
      Key(w, "type", tweet.retweet ? "retweeted" : "replied_to");
      Key(w, "id", tweet.retweet ? "1" : tweet.replied_to);
      w.EndObject();
      w.EndArray();
    }
    w.Key("entities");
    w.StartObject();
    w.Key("mentions");
    w.StartArray();
    for (const FakeUser& mention : tweet.mentions) {
      w.StartObject();
      w.Key("start");
      w.Int(0);
      w.Key("end");
      w.Int(static_cast<int>(mention.username.size()) + 1);
      Key(w, "username", mention.username);
      Key(w, "id", mention.id);
      w.EndObject();
    }
    w.EndArray();
    WriteUrls(w, tweet.urls);
    w.EndObject();
    w.EndObject();
  }

  FakeResponse DmEvents(const FakeRequest& request) {
    for (const auto& [name, value] : request.query) {
      static const std::set<std::string> kKnown = {"max_results", "pagination_token",
                                                   "event_types", "dm_event.fields",
                                                   "expansions", "user.fields",
                                                   "media.fields", "tweet.fields"};
      if (!kKnown.contains(name)) return Problem(400, "Invalid Request: " + name);
    }
    std::string next_token;
    const std::vector<const FakeDm*> page = Page(dms_, request, "", &next_token);
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    std::set<std::string> people;
    if (!page.empty()) {
      w.Key("data");
      w.StartArray();
      for (const FakeDm* dm : page) {
        w.StartObject();
        Key(w, "id", dm->id);
        Key(w, "event_type", dm->event_type);
        if (dm->event_type == "MessageCreate") Key(w, "text", dm->text);
        Key(w, "sender_id", dm->sender_id);
        Key(w, "dm_conversation_id", dm->conversation_id);
        Key(w, "created_at", CreatedAt(dm->id));
        people.insert(dm->sender_id);
        if (!dm->participant_ids.empty()) {
          w.Key("participant_ids");
          w.StartArray();
          for (const std::string& id : dm->participant_ids) {
            w.String(id.c_str());
            people.insert(id);
          }
          w.EndArray();
        }
        if (!dm->urls.empty()) {
          w.Key("entities");
          w.StartObject();
          WriteUrls(w, dm->urls);
          w.EndObject();
        }
        w.EndObject();
      }
      w.EndArray();
      w.Key("includes");
      w.StartObject();
      w.Key("users");
      w.StartArray();
      for (const std::string& id : people) {
        if (auto user = users_.find(id); user != users_.end()) WriteUser(w, user->second);
      }
      w.EndArray();
      w.EndObject();
    }
    WritePartialErrors(w, request.path);
    w.Key("meta");
    w.StartObject();
    w.Key("result_count");
    w.Int(static_cast<int>(page.size()));
    if (!next_token.empty()) Key(w, "next_token", next_token);
    w.EndObject();
    w.EndObject();
    return FakeResponse::Json(200, buffer.GetString());
  }

  const FakeUser me_;
  mutable std::mutex mutex_;
  std::map<std::string, FakeUser> users_;
  std::vector<FakeTweet> tweets_;
  std::vector<FakeDm> dms_;
  std::map<std::string, int> partial_errors_;
  FakeInterception interception_;
  // Retired tokens count apart: a first refresh issues "access-1" after any expiry.
  FakeOAuth oauth_{{.retiring_takes_a_number = false}};
  int page_size_ = 100;
};

}  // namespace touchpoint::test
