#include "connectors/facebook/graph_paging.h"

#include <spdlog/spdlog.h>

#include <utility>

#include "connectors/common/api_fetch.h"
#include "connectors/facebook/graph_items.h"

namespace touchpoint::facebook {
namespace {

std::string Where(const std::string& url) {
  HttpRequest request;
  request.url = url;
  return DescribeRequest(request);
}

}  // namespace

Status OncePerPollSink::Emit(Event event) {
  if (!seen_.insert(event.external_id).second) return Status::Ok();
  return next_.Emit(std::move(event));
}

int Shrunk(int base, int shrink) noexcept {
  const int value = base >> shrink;
  return value < 1 ? 1 : value;
}

bool IsReduceData(const Status& status) {
  return status.code() == StatusCode::kUsage &&
         status.message().find("(#1) ") != std::string::npos &&
         status.message().find("reduce the amount of data") != std::string::npos;
}

Status ReadEdge(GraphPoll& poll, std::string after, const PageUrl& url_for,
                const PageReader& read) {
  int shrink = 0;
  int pages = 0;
  for (;;) {
    const std::string url = url_for(shrink, after);
    Result<rapidjson::Document> answer = poll.session.Get(poll.bucket, url);
    if (!answer) {
      if (!IsReduceData(answer.error()) || shrink == kMaxShrinks) return answer.error();
      ++shrink;
      spdlog::warn("{}: Facebook asks for less data; asking again with limits halved {} time(s)",
                   Where(url), shrink);
      continue;
    }
    ++pages;
    Result<bool> more = read(*answer);
    if (!more) return more.error().WithContext(Where(url) + ": page " + std::to_string(pages));
    std::string next = NextAfter(*answer);
    if (!*more || next.empty()) return Status::Ok();
    if (next == after) {
      return Status(StatusCode::kDataError,
                    Where(url) + ": page " + std::to_string(pages) + " repeats its after cursor");
    }
    if (pages >= poll.max_pages) {
      return Status(
          StatusCode::kDataError,
          Where(url) + ": more than " + std::to_string(poll.max_pages) + " pages in one poll");
    }
    after = std::move(next);
  }
}

}  // namespace touchpoint::facebook
