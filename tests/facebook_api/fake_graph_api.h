#pragma once

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "connectors/common/url_encoding.h"
#include "tests/support/fake_api_server.h"
#include "tests/support/fake_interception.h"
#include "tests/support/fake_oauth.h"
#include "tests/support/locked.h"

namespace touchpoint::test {

struct FakePerson {
  std::string id, name, email;
};

struct FakeMessage {
  std::string id;
  FakePerson from;
  std::string text;  // "" with an attachment
  long long created = 0;
};

struct FakeConversation {
  std::string id;
  std::vector<FakePerson> participants;
  std::vector<FakeMessage> messages;  // oldest first
  long long updated = 0;
};

struct FakeComment {
  std::string id;
  std::optional<FakePerson> from;  // nullopt: withheld for privacy
  std::string text;
  long long created = 0;
  std::string parent_id;  // a reply's comment; "" for a top-level comment
};

struct FakePost {
  std::string id;
  long long updated = 0;
  std::vector<FakeComment> comments;  // oldest first
};

// A Facebook Graph API for one Page on FakeApiServer (apis.md 2), version in every path:
//   GET /{v}/{page}?fields=id,name                  with the Page token;
//   GET /{v}/{page}?fields=access_token             with the user token: a new Page token;
//   GET /{v}/{page}/conversations?platform=messenger newest updated_time first;
//   GET /{v}/{conversation}/messages                newest first;
//   GET /{v}/{page}/feed?fields=...comments.filter(stream).order(reverse_chronological)
//       .limit(k){...}                              posts newest first with their comments;
//   GET /{v}/{post}/comments?filter=stream&order=reverse_chronological.
// Lists page with opaque base64 `after` cursors that hold '+', '/' and '=' and name the last
// item's sort key, so that an item that jumps to the top while a client pages is skipped, as
// on the real API; `paging.next` is sent only when more items follow, and embeds the access
// token as Facebook's does. Tokens are checked (code 190 for a bad one), appsecret_proof too
// when an app secret is set (code 100). Faults queued per path are answered first; usage
// headers are added to every answer. Every request that carries an access_token in its query
// or an unexpected path is recorded as a violation. Thread-safe.
class FakeGraphApi {
 public:
  static constexpr char kVersion[] = "v19.0";

  FakeGraphApi(FakeApiServer& server, FakePerson page) : server_(server), page_(std::move(page)) {
    const std::string root = Root() + page_.id;
    for (const std::string& path : {root, root + "/conversations", root + "/feed"}) {
      server_.Route("GET", path, [this](const FakeRequest& r) { return Handle(r); });
    }
  }

  const FakePerson& page() const { return page_; }

  // Adds `message` to conversation `id` (created with `participants` if new); its time is
  // the next second of the fake's clock unless set. Returns the message id.
  std::string AddMessage(const std::string& conversation_id,
                         const std::vector<FakePerson>& participants, FakeMessage message) {
    std::lock_guard lock(mutex_);
    if (message.id.empty()) message.id = "m_" + std::to_string(++issued_ids_);
    if (message.created == 0) message.created = Tick();
    FakeConversation& conversation = conversations_[conversation_id];
    if (conversation.id.empty()) {
      conversation.id = conversation_id;
      conversation.participants = participants;
      Route("/" + conversation_id + "/messages");
    }
    conversation.updated = std::max(conversation.updated, message.created);
    conversation.messages.push_back(message);
    return message.id;
  }

  // Seconds between items added one after another (default 61: more than a poller's
  // overlap, so that a wrong bound shows); 0 gives items the same second.
  void SetStep(long long seconds) {
    std::lock_guard lock(mutex_);
    step_ = seconds;
  }
  // Pages start at the item their `after` cursor names instead of after it, so each page
  // repeats the last item of the one before.
  void SetInclusiveCursors(bool inclusive) {
    std::lock_guard lock(mutex_);
    inclusive_ = inclusive;
  }
  // Moves the fake's clock on: items added later are that much newer.
  void Advance(long long seconds) {
    std::lock_guard lock(mutex_);
    now_ += seconds;
  }

  void AddPost(const std::string& post_id) {
    std::lock_guard lock(mutex_);
    FakePost& post = posts_[post_id];
    post.id = post_id;
    post.updated = Tick();
    Route("/" + post_id + "/comments");
  }

  // Adds a comment to `post_id` (which must exist). Like the real API (UNCONFIRMED either
  // way), a comment does not bump the post's updated_time. Returns the comment id.
  std::string AddComment(const std::string& post_id, FakeComment comment) {
    std::lock_guard lock(mutex_);
    if (comment.id.empty()) comment.id = post_id + "_" + std::to_string(++issued_ids_);
    if (comment.created == 0) comment.created = Tick();
    posts_.at(post_id).comments.push_back(comment);
    return comment.id;
  }

  // Every message and comment id the API holds.
  std::set<std::string> AllIds() const {
    std::lock_guard lock(mutex_);
    std::set<std::string> ids;
    for (const auto& [id, conversation] : conversations_) {
      for (const FakeMessage& message : conversation.messages) ids.insert(message.id);
    }
    for (const auto& [id, post] : posts_) {
      for (const FakeComment& comment : post.comments) ids.insert(comment.id);
    }
    return ids;
  }

  // With a secret set, every call must carry appsecret_proof for its token.
  void RequireAppSecret(std::string secret) {
    std::lock_guard lock(mutex_);
    app_secret_ = std::move(secret);
  }
  void SetUsageHeader(std::string name, std::string value) {
    std::lock_guard lock(mutex_);
    usage_headers_[std::move(name)] = std::move(value);
  }
  void ClearUsageHeaders() {
    std::lock_guard lock(mutex_);
    usage_headers_.clear();
  }
  // Answered (once each, in order) to the next requests of `path` (without the version)
  // before the real handler.
  void QueueFault(const std::string& path, FakeResponse response) {
    interception_.QueueFault(Root() + path.substr(1), std::move(response));
  }
  // Called with the request, under no lock, before each answer: lets a test add items while
  // a poll pages.
  void OnRequest(FakeInterception::Hook hook) { interception_.OnRequest(std::move(hook)); }
  // The tokens and the journal, under the fake's lock. The access token is the Page token
  // (refused with code 190 once expired), the refresh token the user token, and a refresh the
  // derivation of a Page token.
  Locked<FakeOAuth> oauth() { return {mutex_, oauth_}; }

  std::vector<std::string> violations() const {
    std::lock_guard lock(mutex_);
    return violations_;
  }

  // Graph's error envelope.
  static FakeResponse Error(int status, int code, const std::string& message,
                            bool transient = false) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("error");
    w.StartObject();
    Key(w, "message", message);
    Key(w, "type", code == 190 ? "OAuthException" : "GraphMethodException");
    w.Key("code");
    w.Int(code);
    w.Key("is_transient");
    w.Bool(transient);
    Key(w, "fbtrace_id", "AbCdEf123");
    w.EndObject();
    w.EndObject();
    return FakeResponse::Json(status, buffer.GetString());
  }

  static std::string Time(long long seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S+0000", &tm);
    return text;
  }

 private:
  using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
  // Sort key of a listed item: newest first, then by id.
  using SortKey = std::pair<long long, std::string>;

  static std::string Root() { return std::string("/") + kVersion + "/"; }

  static void Key(Writer& w, const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  }
  static void WritePerson(Writer& w, const FakePerson& person) {
    w.StartObject();
    Key(w, "id", person.id);
    Key(w, "name", person.name);
    if (!person.email.empty()) Key(w, "email", person.email);
    w.EndObject();
  }

  // Leading bytes 0xfb 0xff 0xbf encode as "+/+/"; an id of the right length adds '='.
  static std::string EncodeCursor(const SortKey& key) {
    return Base64Encode("\xfb\xff\xbf" + std::to_string(key.first) + "|" + key.second);
  }
  static std::optional<SortKey> DecodeCursor(const std::string& cursor) {
    static const std::string kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string bytes;
    unsigned bits = 0;
    int count = 0;
    for (const char c : cursor) {
      if (c == '=') break;
      const size_t value = kAlphabet.find(c);
      if (value == std::string::npos) return std::nullopt;
      bits = (bits << 6) | static_cast<unsigned>(value);
      count += 6;
      if (count >= 8) {
        count -= 8;
        bytes += static_cast<char>((bits >> count) & 0xff);
      }
    }
    if (bytes.size() < 4 || bytes.substr(0, 3) != "\xfb\xff\xbf") return std::nullopt;
    const size_t bar = bytes.find('|');
    if (bar == std::string::npos) return std::nullopt;
    return SortKey{std::stoll(bytes.substr(3, bar - 3)), bytes.substr(bar + 1)};
  }

  static std::string Proof(const std::string& secret, const std::string& token) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(token.data()), token.size(), digest, &length);
    std::string hex;
    char byte[3];
    for (unsigned int i = 0; i < length; ++i) {
      std::snprintf(byte, sizeof byte, "%02x", digest[i]);
      hex += byte;
    }
    return hex;
  }

  long long Tick() { return now_ += step_; }

  void Route(const std::string& path) {
    server_.Route("GET", Root() + path.substr(1),
                  [this](const FakeRequest& r) { return Handle(r); });
  }

  static std::string Param(const FakeRequest& request, const std::string& name) {
    const auto found = request.query.find(name);
    return found != request.query.end() ? found->second : std::string();
  }

  FakeResponse WithUsage(FakeResponse response) const {
    for (const auto& [name, value] : usage_headers_) response.WithHeader(name, value);
    return response;
  }

  FakeResponse Handle(const FakeRequest& request) {
    interception_.RunHook(request);
    std::lock_guard lock(mutex_);
    const std::string bearer = request.Header("authorization");
    const std::string token = bearer.starts_with("Bearer ") ? bearer.substr(7) : std::string();
    oauth_.Journal("GET " + request.path + " with " + token);
    if (request.query.count("access_token") != 0) {
      violations_.push_back(request.path + ": access_token in the query");
    }
    if (std::optional<FakeResponse> fault = interception_.TakeFault(request.path, oauth_)) {
      return WithUsage(std::move(*fault));
    }
    if (!app_secret_.empty() && Param(request, "appsecret_proof") != Proof(app_secret_, token)) {
      return Error(400, 100, "Invalid appsecret_proof provided in the API argument");
    }
    const std::string root = Root() + page_.id;
    if (request.path == root && Param(request, "fields") == "access_token") {
      return WithUsage(DerivePageToken(token));
    }
    if (token.empty() || token != oauth_.access_token()) {
      return Error(400, 190, "Error validating access token: Session has expired.");
    }
    if (request.path == root) {
      if (Param(request, "fields") != "id,name") return Error(400, 100, "Unknown fields");
      rapidjson::StringBuffer buffer;
      Writer w(buffer);
      WritePerson(w, page_);
      return WithUsage(FakeResponse::Json(200, buffer.GetString()));
    }
    if (request.path == root + "/conversations") return WithUsage(Conversations(request));
    if (request.path == root + "/feed") return WithUsage(Feed(request));
    if (request.path.ends_with("/messages")) return WithUsage(Messages(request));
    return WithUsage(Comments(request));
  }

  FakeResponse DerivePageToken(const std::string& token) {
    if (token.empty() || token != oauth_.refresh_token()) {
      return Error(400, 190,
                   "Error validating access token: The user has not authorized "
                   "application 1.");
    }
    oauth_.Refresh();
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    Key(w, "access_token", oauth_.access_token());
    Key(w, "id", page_.id);
    w.EndObject();
    return FakeResponse::Json(200, buffer.GetString());
  }

  // The limit asked for, 25 by default; nullopt when it is not a number in [1, 100].
  static std::optional<int> Limit(const std::string& text) {
    if (text.empty()) return 25;
    if (text.find_first_not_of("0123456789") != std::string::npos || text.size() > 4) {
      return std::nullopt;
    }
    const int limit = std::stoi(text);
    if (limit < 1 || limit > 100) return std::nullopt;
    return limit;
  }

  // Writes the items of `keys` (sorted newest first) after cursor `after`, at most `limit`,
  // with paging whose `next` embeds the Page token; `write` writes one item by index.
  void WriteList(Writer& w, const std::vector<SortKey>& keys, const std::string& after, int limit,
                 const std::function<void(size_t)>& write, const std::string& next_base) const {
    size_t first = 0;
    if (!after.empty()) {
      const std::optional<SortKey> from = DecodeCursor(after);
      // Newest first: the items after `from` are the ones with a smaller key.
      first =
          from ? static_cast<size_t>(std::find_if(keys.begin(), keys.end(),
                                                  [&](const SortKey& key) {
                                                    return inclusive_ ? key <= *from : key < *from;
                                                  }) -
                                     keys.begin())
               : keys.size();
    }
    const size_t end = std::min(keys.size(), first + static_cast<size_t>(limit));
    w.Key("data");
    w.StartArray();
    for (size_t i = first; i < end; ++i) write(i);
    w.EndArray();
    if (first >= end) return;
    w.Key("paging");
    w.StartObject();
    w.Key("cursors");
    w.StartObject();
    Key(w, "before", EncodeCursor(keys[first]));
    Key(w, "after", EncodeCursor(keys[end - 1]));
    w.EndObject();
    if (end < keys.size()) {
      Key(w, "next",
          next_base + "?access_token=" + oauth_.access_token() + "&limit=" + std::to_string(limit) +
              "&after=" + PercentEncode(EncodeCursor(keys[end - 1])));
    }
    w.EndObject();
  }

  std::string NextBase(const FakeRequest& request) const {
    return "https://graph.facebook.com" + request.path;
  }

  // The answer to a list request: a page of the items of `keys` from the request's `after`
  // cursor; `write` writes one item by index.
  FakeResponse ListAnswer(const FakeRequest& request, const std::vector<SortKey>& keys, int limit,
                          const std::function<void(Writer&, size_t)>& write) const {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    WriteList(
        w, keys, Param(request, "after"), limit, [&](size_t i) { write(w, i); }, NextBase(request));
    w.EndObject();
    return FakeResponse::Json(200, buffer.GetString());
  }

  // Sorts `list` newest first by `time`, then by id, and returns the items' sort keys in that
  // order.
  template <typename Item>
  static std::vector<SortKey> SortNewestFirst(std::vector<const Item*>& list,
                                              long long Item::*time) {
    std::stable_sort(list.begin(), list.end(), [time](const Item* a, const Item* b) {
      return std::tie(a->*time, a->id) > std::tie(b->*time, b->id);
    });
    std::vector<SortKey> keys;
    for (const Item* item : list) keys.emplace_back(item->*time, item->id);
    return keys;
  }

  // The node whose edge is asked for: {id} of /{v}/{id}/messages and /{v}/{id}/comments (both
  // edges 9 characters with their slash).
  static std::string NodeId(const FakeRequest& request) {
    return request.path.substr(Root().size(), request.path.size() - Root().size() - 9);
  }

  FakeResponse Conversations(const FakeRequest& request) {
    const std::optional<int> limit = Limit(Param(request, "limit"));
    if (!limit || Param(request, "platform") != "messenger") {
      return Error(400, 100, "Invalid parameter");
    }
    std::vector<const FakeConversation*> list;
    for (const auto& [id, conversation] : conversations_) list.push_back(&conversation);
    const std::vector<SortKey> keys = SortNewestFirst(list, &FakeConversation::updated);
    return ListAnswer(request, keys, *limit, [&](Writer& w, size_t i) {
      w.StartObject();
      Key(w, "id", list[i]->id);
      Key(w, "updated_time", Time(list[i]->updated));
      w.Key("participants");
      w.StartObject();
      w.Key("data");
      w.StartArray();
      WritePerson(w, page_);
      for (const FakePerson& person : list[i]->participants) WritePerson(w, person);
      w.EndArray();
      w.EndObject();
      w.EndObject();
    });
  }

  FakeResponse Messages(const FakeRequest& request) {
    const std::optional<int> limit = Limit(Param(request, "limit"));
    if (!limit) return Error(400, 100, "Invalid parameter");
    const FakeConversation& conversation = conversations_.at(NodeId(request));
    std::vector<const FakeMessage*> list;
    for (const FakeMessage& message : conversation.messages) list.push_back(&message);
    const std::vector<SortKey> keys = SortNewestFirst(list, &FakeMessage::created);
    return ListAnswer(request, keys, *limit, [&](Writer& w, size_t i) {
      const FakeMessage& message = *list[i];
      w.StartObject();
      Key(w, "id", message.id);
      Key(w, "message", message.text);
      Key(w, "created_time", Time(message.created));
      w.Key("from");
      WritePerson(w, message.from);
      w.Key("to");
      w.StartObject();
      w.Key("data");
      w.StartArray();
      if (message.from.id != page_.id) WritePerson(w, page_);
      for (const FakePerson& person : conversation.participants) {
        if (person.id != message.from.id) WritePerson(w, person);
      }
      w.EndArray();
      w.EndObject();
      if (message.text.empty()) {
        w.Key("attachments");
        w.StartObject();
        w.Key("data");
        w.StartArray();
        w.StartObject();
        Key(w, "mime_type", "image/jpeg");
        w.EndObject();
        w.EndArray();
        w.EndObject();
      }
      w.EndObject();
    });
  }

  // The comments of `post` as `filter` and `order` select them, newest first for
  // reverse_chronological.
  static std::pair<std::vector<const FakeComment*>, std::vector<SortKey>> SelectComments(
      const FakePost& post, bool stream, bool reverse) {
    std::vector<const FakeComment*> list;
    for (const FakeComment& comment : post.comments) {
      if (stream || comment.parent_id.empty()) list.push_back(&comment);
    }
    std::stable_sort(list.begin(), list.end(), [reverse](const auto* a, const auto* b) {
      return reverse ? std::tie(a->created, a->id) > std::tie(b->created, b->id)
                     : std::tie(a->created, a->id) < std::tie(b->created, b->id);
    });
    std::vector<SortKey> keys;
    // Chronological lists are paged by a key that still grows down the list.
    for (const FakeComment* c : list) keys.emplace_back(reverse ? c->created : -c->created, c->id);
    return {list, keys};
  }

  void WriteComment(Writer& w, const FakePost& post, const FakeComment& comment) const {
    w.StartObject();
    Key(w, "id", comment.id);
    Key(w, "message", comment.text);
    Key(w, "created_time", Time(comment.created));
    if (comment.from) {
      w.Key("from");
      WritePerson(w, *comment.from);
    }
    if (!comment.parent_id.empty()) {
      w.Key("parent");
      w.StartObject();
      Key(w, "id", comment.parent_id);
      for (const FakeComment& parent : post.comments) {
        if (parent.id == comment.parent_id && parent.from) {
          w.Key("from");
          WritePerson(w, *parent.from);
        }
      }
      w.EndObject();
    }
    w.EndObject();
  }

  FakeResponse Feed(const FakeRequest& request) {
    const std::optional<int> limit = Limit(Param(request, "limit"));
    const std::string fields = Param(request, "fields");
    static const std::regex kExpansion(
        R"(comments((?:\.\w+\(\w+\))*)\{id,message,from,created_time,parent\{id,from\}\})");
    std::smatch match;
    if (!limit || !std::regex_search(fields, match, kExpansion)) {
      return Error(400, 100, "Invalid parameter");
    }
    const std::string modifiers = match[1];
    static const std::regex kLimit(R"(\.limit\((\d+)\))");
    std::smatch limit_match;
    std::optional<int> comment_limit = 25;
    if (std::regex_search(modifiers, limit_match, kLimit)) comment_limit = Limit(limit_match[1]);
    if (!comment_limit) return Error(400, 100, "Invalid parameter");
    const bool stream = modifiers.find(".filter(stream)") != std::string::npos;
    const bool reverse = modifiers.find(".order(reverse_chronological)") != std::string::npos;
    std::vector<const FakePost*> list;
    for (const auto& [id, post] : posts_) list.push_back(&post);
    const std::vector<SortKey> keys = SortNewestFirst(list, &FakePost::updated);
    return ListAnswer(request, keys, *limit, [&](Writer& w, size_t i) {
      const FakePost& post = *list[i];
      w.StartObject();
      Key(w, "id", post.id);
      Key(w, "updated_time", Time(post.updated));
      const auto [comments, comment_keys] = SelectComments(post, stream, reverse);
      if (!comments.empty()) {
        w.Key("comments");
        w.StartObject();
        WriteList(
            w, comment_keys, "", *comment_limit,
            [&](size_t c) { WriteComment(w, post, *comments[c]); },
            "https://graph.facebook.com" + Root() + post.id + "/comments");
        w.EndObject();
      }
      w.EndObject();
    });
  }

  FakeResponse Comments(const FakeRequest& request) {
    const std::string id = NodeId(request);
    const std::optional<int> limit = Limit(Param(request, "limit"));
    if (!limit || posts_.count(id) == 0) return Error(400, 100, "Invalid parameter");
    const FakePost& post = posts_.at(id);
    const auto [comments, keys] =
        SelectComments(post, Param(request, "filter") == "stream",
                       Param(request, "order") == "reverse_chronological");
    return ListAnswer(request, keys, *limit,
                      [&](Writer& w, size_t c) { WriteComment(w, post, *comments[c]); });
  }

  FakeApiServer& server_;
  const FakePerson page_;
  mutable std::mutex mutex_;
  long long now_ = 1'700'000'000;
  long long step_ = 61;
  bool inclusive_ = false;
  int issued_ids_ = 0;
  std::map<std::string, FakeConversation> conversations_;
  std::map<std::string, FakePost> posts_;
  // The Page token is the access token, the user token the refresh token that stays.
  FakeOAuth oauth_{
      {.access = "", .refresh = "", .issued_access_stem = "page-", .rotates_refresh = false}};
  std::string app_secret_;
  std::map<std::string, std::string> usage_headers_;
  FakeInterception interception_;
  std::vector<std::string> violations_;
};

}  // namespace touchpoint::test
