#include "connectors/linkedin/api_restli.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

#include "connectors/common/api_fetch.h"
#include "connectors/common/json_fields.h"
#include "connectors/common/url_encoding.h"

namespace touchpoint::linkedin {
namespace {

std::string Where(const std::string& url) {
  HttpRequest request;
  request.url = url;
  return DescribeRequest(request);
}

bool HasNextLink(const rapidjson::Value& paging) {
  const rapidjson::Value* links = ArrayField(paging, "links");
  if (links == nullptr) return false;
  for (const rapidjson::Value& link : links->GetArray()) {
    if (StringField(link, "rel") == "next") return true;
  }
  return false;
}

}  // namespace

bool IsRevokedToken(const Status& status) {
  return status.code() == StatusCode::kPermission &&
         (status.message().find("REVOKED_ACCESS_TOKEN") != std::string::npos ||
          status.message().find("(65601)") != std::string::npos);
}

bool HasMorePages(const rapidjson::Value& answer, int64_t start, int64_t got, int count) {
  const rapidjson::Value* paging = ObjectField(answer, "paging");
  const rapidjson::Value empty(rapidjson::kObjectType);
  const rapidjson::Value& meta = paging != nullptr ? *paging : empty;
  const int64_t page_count = Int64Field(meta, "count").value_or(count);
  const std::optional<int64_t> total = Int64Field(meta, "total");
  return got >= page_count || HasNextLink(meta) || (total.has_value() && start + got < *total);
}

std::string RestliValue(std::string_view value) { return PercentEncode(value); }

std::optional<int64_t> Int64Field(const rapidjson::Value& object, std::string_view name) {
  const rapidjson::Value* value = Member(object, name);
  if (value == nullptr || !value->IsInt64()) return std::nullopt;
  return value->GetInt64();
}

RestliClient::RestliClient(OAuth2Session& session, Clock& clock, std::string api_version,
                           int max_pages)
    : session_(session),
      clock_(clock),
      api_version_(api_version.empty() ? kDefaultApiVersion : std::move(api_version)),
      max_pages_(std::max(1, max_pages)) {}

Result<rapidjson::Document> RestliClient::Get(std::string_view bucket, const std::string& url) {
  const HttpHeaders headers = {{"LinkedIn-Version", api_version_},
                               {"X-Restli-Protocol-Version", "2.0.0"}};
  Result<rapidjson::Document> answer = session_.Get(bucket, url, headers);
  if (!answer && IsRevokedToken(answer.error()) && !revoked_retried_) {
    // LinkedIn sends 65601 for a token minted seconds ago too: try once more, a bit later.
    revoked_retried_ = true;
    spdlog::info("{}: token reported revoked; trying once more in {} s", Where(url),
                 kRevokedRetryDelay.count());
    if (!clock_.SleepFor(kRevokedRetryDelay)) {
      return Fail(StatusCode::kUnavailable, Where(url) + ": stopped");
    }
    answer = session_.Get(bucket, url, headers);
    if (!answer && answer.error().code() == StatusCode::kPermission &&
        !IsNeedsReauth(answer.error()) && IsRevokedToken(answer.error())) {
      return Fail(NeedsReauth(answer.error().message()));
    }
  }
  if (!answer && answer.error().code() == StatusCode::kConfigError) {
    return Fail(answer.error().WithContext("LinkedIn-Version " + api_version_ +
                                           " was refused (set api_version to an active YYYYMM)"));
  }
  return answer;
}

Status RestliClient::Paginate(
    std::string_view bucket, int count, const std::function<std::string(int start)>& url_for,
    const std::function<Status(const rapidjson::Value& elements)>& on_elements,
    const std::function<bool()>& may_stop_early, int max_pages) {
  const int limit = max_pages > 0 ? max_pages : max_pages_;
  int start = 0;
  for (int page = 1;; ++page) {
    const std::string url = url_for(start);
    Result<rapidjson::Document> answer = Get(bucket, url);
    if (!answer) return answer.error();
    const std::string where = Where(url) + ": page " + std::to_string(page);
    const rapidjson::Value* elements = ArrayField(*answer, "elements");
    if (elements == nullptr) {
      return Status(StatusCode::kDataError, where + ": no elements array in the answer");
    }
    if (Status read = on_elements(*elements); !read.ok()) return read.WithContext(where);
    const int got = static_cast<int>(elements->Size());
    if (got == 0) return Status::Ok();
    if (!HasMorePages(*answer, start, got, count)) return Status::Ok();
    if (page >= limit && may_stop_early && may_stop_early()) {
      spdlog::info("{}: {} pages read; the rest waits for the next poll", where, limit);
      return Status::Ok();
    }
    if (page >= limit) {
      return Status(StatusCode::kDataError,
                    where + ": more than " + std::to_string(limit) + " pages in one poll");
    }
    start += got;
  }
}

}  // namespace touchpoint::linkedin
