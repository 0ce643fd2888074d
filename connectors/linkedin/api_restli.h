#pragma once

#include <rapidjson/document.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "connectors/common/clock.h"
#include "connectors/common/oauth2_session.h"
#include "core/status.h"

namespace touchpoint::linkedin {

// The LinkedIn-Version sent when the settings name none. LinkedIn releases a version a month
// and serves each for at least a year (apis.md 3.2); a sunset one answers 426, which fails
// the poll with kConfigError naming it. Chosen a few months before this code was written
// (2026-11), so it is released and has most of its year ahead: move it forward with releases.
inline constexpr char kDefaultApiVersion[] = "202609";

// A Rest.li 2.0 key or query value: URNs percent-encoded ("urn%3Ali%3Aperson%3Aabc"). The
// List(...) and (key:value) syntax around such values is written unencoded by the caller.
std::string RestliValue(std::string_view value);

// An int64 member (LinkedIn times are epoch ms as JSON numbers), or nullopt.
std::optional<int64_t> Int64Field(const rapidjson::Value& object, std::string_view name);

// Whether a start/count collection goes on after a page (`answer`) that held `got` > 0
// elements from offset `start`, as RestliClient::Paginate decides: the page is full (as many
// elements as paging.count, else `count`), paging.links has a rel=next link, or paging.total
// counts more.
bool HasMorePages(const rapidjson::Value& answer, int64_t start, int64_t got, int count);

// True for a refusal of a revoked token: kPermission naming REVOKED_ACCESS_TOKEN or 65601.
bool IsRevokedToken(const Status& status);

// GETs to LinkedIn's versioned REST API (apis.md 3.2, 3.5, 3.7) for one poll: every request
// carries LinkedIn-Version, X-Restli-Protocol-Version 2.0.0 and the session's bearer token.
// A 401 REVOKED_ACCESS_TOKEN (65601), which LinkedIn also sends right after an
// authorization, is tried once more after kRevokedRetryDelay before it counts as a revoked
// token (NeedsReauth). A 426 (sunset version) comes back as kConfigError naming the version.
// Not thread-safe.
class RestliClient {
 public:
  static constexpr std::chrono::seconds kRevokedRetryDelay{5};

  // References must outlive the client. `max_pages` bounds every Paginate().
  RestliClient(OAuth2Session& session, Clock& clock, std::string api_version, int max_pages);

  Result<rapidjson::Document> Get(std::string_view bucket, const std::string& url);

  // Reads a start/count collection: `url_for(start)` builds each page's URL, `on_elements`
  // reads each page's `elements`. Paging goes on while a page is full (as many elements as
  // paging.count, else `count`), has a rel=next link, or paging.total says more; it ends at
  // an empty page. kDataError when a page has no `elements` array, or when max_pages pages
  // (`max_pages` when above 0, else the client's) were read and more remain, unless
  // `may_stop_early` (when set) says the pages read so far can stand alone: then paging ends
  // there with Ok, and the next poll goes on.
  Status Paginate(std::string_view bucket, int count,
                  const std::function<std::string(int start)>& url_for,
                  const std::function<Status(const rapidjson::Value& elements)>& on_elements,
                  const std::function<bool()>& may_stop_early = {}, int max_pages = 0);

 private:
  OAuth2Session& session_;
  Clock& clock_;
  const std::string api_version_;
  const int max_pages_;
  bool revoked_retried_ = false;
};

}  // namespace touchpoint::linkedin
