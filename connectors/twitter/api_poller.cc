#include "connectors/twitter/api_poller.h"

#include <algorithm>
#include <functional>
#include <utility>

#include "connectors/common/poll_cursor.h"
#include "connectors/common/json_fields.h"
#include "connectors/common/timestamp.h"
#include "connectors/common/url_encoding.h"
#include "connectors/twitter/api_items.h"
#include "connectors/twitter/snowflake.h"

namespace touchpoint::twitter {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

constexpr char kMentionsSource[] = "GET /2/users/:id/mentions";
constexpr char kDmSource[] = "GET /2/dm_events";
constexpr char kUserFields[] = "username,name";

int64_t MillisecondsOf(std::chrono::system_clock::time_point time) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

// RFC 3339 in whole seconds, as X documents start_time.
std::string StartTime(std::chrono::system_clock::time_point time) {
  std::string text = FormatIso8601(std::chrono::floor<std::chrono::seconds>(time));
  if (text.ends_with(".000Z")) text.replace(text.size() - 5, 5, "Z");
  return text;
}

std::string Where(const std::string& url) {
  HttpRequest request;
  request.url = url;
  return DescribeRequest(request);
}

// Fetches the pages of one request: `url_for` builds the URL for a pagination token ("" for
// the first page); `on_page` reads a page and says whether to go on. Paging also ends when
// meta.next_token is absent (an empty page with a next_token is followed: apis.md 1.5).
Status Paginate(OAuth2Session& session, std::string_view bucket, int max_pages,
                const std::function<std::string(const std::string&)>& url_for,
                const std::function<Result<bool>(const rapidjson::Document&)>& on_page) {
  std::string token;
  for (int page = 1;; ++page) {
    const std::string url = url_for(token);
    Result<rapidjson::Document> answer = session.Get(bucket, url);
    if (!answer) return answer.error();
    Result<bool> more = on_page(*answer);
    if (!more) return more.error().WithContext(Where(url) + ": page " + std::to_string(page));
    const rapidjson::Value* meta = ObjectField(*answer, "meta");
    std::string next(meta != nullptr ? StringField(*meta, "next_token") : std::string_view());
    if (!*more || next.empty()) return Status::Ok();
    if (next == token) {
      return Status(StatusCode::kDataError,
                    Where(url) + ": page " + std::to_string(page) + " repeats its next_token");
    }
    if (page >= max_pages) {
      return Status(StatusCode::kDataError,
                    Where(url) + ": more than " + std::to_string(max_pages) + " pages in one poll");
    }
    token = std::move(next);
  }
}

}  // namespace

Result<std::unique_ptr<ApiPoller>> TwitterApiPoller::Create(const PollerSettings& settings) {
  if (settings.api_base_url.empty()) {
    return Fail(StatusCode::kConfigError, "twitter: the API base URL is empty");
  }
  if (settings.client_id.empty()) {
    return Fail(StatusCode::kConfigError, "twitter: the OAuth client id is empty");
  }
  return std::unique_ptr<ApiPoller>(new TwitterApiPoller(settings));
}

TwitterApiPoller::TwitterApiPoller(const PollerSettings& settings)
    : base_url_(TrimTrailingSlashes(settings.api_base_url)),
      account_(settings.account),
      client_{settings.token_url.empty() ? base_url_ + "/2/oauth2/token" : settings.token_url,
              settings.client_id, settings.client_secret},
      max_pages_(std::max(1, settings.max_pages)),
      clock_(settings.clock),
      tokens_(settings.tokens),
      http_(settings.http),
      limiter_(settings.clock),
      fetcher_(http_, limiter_, settings.clock, settings.retry) {}

std::string TwitterApiPoller::Bucket(std::string_view group) const {
  return RateLimiter::BucketKey(account_, group);
}

Result<PollResult> TwitterApiPoller::Poll(const PollCursor& cursor, EventSink& sink) {
  OAuth2Session session(fetcher_, tokens_, clock_, client_, Bucket("x.oauth2"));
  if (Status begun = session.Begin(); !begun.ok()) return Fail(begun);
  PollResult result;
  result.cursor = cursor;
  Result<Owner> owner = Me(session, result.cursor);
  if (!owner) return Fail(owner.error());
  Result<std::string> since_id = PollMentions(session, *owner, CursorValue(cursor, kMentionsSinceId),
                                              "", sink, result.partial_errors);
  if (!since_id) return Fail(since_id.error());
  if (!since_id->empty()) result.cursor[kMentionsSinceId] = *since_id;
  if (Status late = PollLateMentions(session, *owner, result.cursor, sink, result.partial_errors);
      !late.ok()) {
    return Fail(late);
  }
  Result<std::string> dm_newest =
      PollDms(session, *owner, CursorValue(cursor, kDmNewestId), sink, result.partial_errors);
  if (!dm_newest) return Fail(dm_newest.error());
  if (!dm_newest->empty()) result.cursor[kDmNewestId] = std::move(*dm_newest);
  result.owner = owner->identity();
  result.token_expires_at_ms = session.access_expires_at_ms();
  return result;
}

Result<Owner> TwitterApiPoller::Me(OAuth2Session& session, PollCursor& next) {
  if (std::string id = CursorValue(next, kMeId); !id.empty()) {
    return Owner(
        Identity{std::move(id), CursorValue(next, kMeUsername), CursorValue(next, kMeName), "", ""});
  }
  const std::string url = base_url_ + "/2/users/me?" + EncodeParams({{"user.fields", kUserFields}});
  Result<rapidjson::Document> answer = session.Get(Bucket("x.users_me"), url);
  if (!answer) return Fail(answer.error());
  const rapidjson::Value* data = ObjectField(*answer, "data");
  const std::string_view id = data != nullptr ? StringField(*data, "id") : std::string_view();
  if (id.empty()) return Fail(StatusCode::kDataError, Where(url) + ": no data.id in the answer");
  Identity me{std::string(id), std::string(StringField(*data, "username")),
              std::string(StringField(*data, "name")), "", ""};
  next[kMeId] = me.user_id;
  next[kMeUsername] = me.handle;
  next[kMeName] = me.name;
  return Owner(std::move(me));
}

Status TwitterApiPoller::PollLateMentions(OAuth2Session& session, const Owner& owner,
                                          PollCursor& next, EventSink& sink,
                                          std::vector<std::string>& partial_errors) {
  using Time = std::chrono::system_clock::time_point;
  const Time now = std::chrono::floor<std::chrono::milliseconds>(clock_.Now());
  const std::string last_text = CursorValue(next, kMentionsOverlapAt);
  // The first poll read everything there was: the first pass is due an hour later.
  if (last_text.empty()) {
    next[kMentionsOverlapAt] = std::to_string(MillisecondsOf(now));
    return Status::Ok();
  }
  const std::optional<int64_t> last_ms = ParseCursorMs(last_text);
  const Time last{std::chrono::milliseconds(last_ms.value_or(0))};
  if (last_ms && now - last < kOverlapEvery && last <= now) return Status::Ok();
  // From before the previous pass (capped at a day: the cursor may be old), so that the
  // windows overlap.
  const Time from = std::max<Time>(last, now - std::chrono::hours(24)) - kOverlap;
  Result<std::string> newest = PollMentions(session, owner, CursorValue(next, kMentionsSinceId),
                                            StartTime(std::min<Time>(from, now - kOverlap)), sink,
                                            partial_errors);
  if (!newest) return newest.error();
  if (!newest->empty()) next[kMentionsSinceId] = *newest;
  next[kMentionsOverlapAt] = std::to_string(MillisecondsOf(now));
  return Status::Ok();
}

Result<std::string> TwitterApiPoller::PollMentions(OAuth2Session& session, const Owner& owner,
                                                   std::string since_id,
                                                   const std::string& start_time, EventSink& sink,
                                                   std::vector<std::string>& partial_errors) {
  const std::string path =
      base_url_ + "/2/users/" + PercentEncode(owner.identity().user_id) + "/mentions?";
  std::string newest = since_id;
  UserIndex users;
  const auto url_for = [&](const std::string& token) {
    Params params = {{"max_results", "100"},
                     {"tweet.fields",
                      "created_at,author_id,conversation_id,in_reply_to_user_id,"
                      "referenced_tweets,entities"},
                     {"expansions", "author_id"},
                     {"user.fields", kUserFields}};
    if (!start_time.empty()) {
      params.emplace_back("start_time", start_time);
    } else if (!since_id.empty()) {
      params.emplace_back("since_id", since_id);
    }
    if (!token.empty()) params.emplace_back("pagination_token", token);
    return path + EncodeParams(params);
  };
  const auto on_page = [&](const rapidjson::Document& page) -> Result<bool> {
    Result<const rapidjson::Value*> data = PageData(page);
    if (!data) return Fail(data.error());
    CollectPartialErrors(page, partial_errors);
    users.AddIncludes(page);
    for (const rapidjson::Value& tweet : (*data)->GetArray()) {
      newest = std::string(NewerId(newest, StringField(tweet, "id")));
      if (Status status = ReadApiTweet(tweet, users, owner, kMentionsSource, sink); !status.ok()) {
        return Fail(status);
      }
    }
    return true;
  };
  if (Status status = Paginate(session, Bucket("x.mentions"), max_pages_, url_for, on_page);
      !status.ok()) {
    return Fail(status);
  }
  return newest;
}

Result<std::string> TwitterApiPoller::PollDms(OAuth2Session& session, const Owner& owner,
                                              std::string newest_known, EventSink& sink,
                                              std::vector<std::string>& partial_errors) {
  const std::string path = base_url_ + "/2/dm_events?";
  std::string newest = newest_known;
  UserIndex users;
  ApiDmBatch batch;
  const auto url_for = [&](const std::string& token) {
    Params params = {{"max_results", "100"},
                     {"dm_event.fields",
                      "created_at,sender_id,dm_conversation_id,participant_ids,"
                      "referenced_tweets,entities"},
                     {"expansions", "sender_id,participant_ids"},
                     {"user.fields", kUserFields}};
    if (!token.empty()) params.emplace_back("pagination_token", token);
    return path + EncodeParams(params);
  };
  const auto on_page = [&](const rapidjson::Document& page) -> Result<bool> {
    Result<const rapidjson::Value*> data = PageData(page);
    if (!data) return Fail(data.error());
    CollectPartialErrors(page, partial_errors);
    users.AddIncludes(page);
    bool reached_known = false;
    for (const rapidjson::Value& event : (*data)->GetArray()) {
      const std::string_view id = StringField(event, "id");
      // Newest first: everything from the known newest id down was read by earlier polls.
      if (!newest_known.empty() && !IdLess(newest_known, id)) {
        reached_known = true;
        continue;
      }
      newest = std::string(NewerId(newest, id));
      batch.Add(event);
    }
    return !reached_known;
  };
  if (Status status = Paginate(session, Bucket("x.dm"), max_pages_, url_for, on_page);
      !status.ok()) {
    return Fail(status);
  }
  if (Status status = batch.Emit(users, owner, kDmSource, sink); !status.ok()) {
    return Fail(status);
  }
  return newest;
}

}  // namespace touchpoint::twitter
