#pragma once

#include <rapidjson/document.h>

#include <functional>
#include <set>
#include <string>
#include <string_view>

#include "connectors/event_sink.h"
#include "connectors/facebook/graph_session.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::facebook {

// Forwards each external_id once per poll: Graph pages shift while items arrive, so a
// boundary item can come twice (apis.md 0.2). Not thread-safe.
class OncePerPollSink final : public EventSink {
 public:
  explicit OncePerPollSink(EventSink& next) : next_(next) {}
  Status Emit(Event event) override;
  void Skip(std::string_view reason) override { next_.Skip(reason); }
  void Progress(uint64_t bytes) override { next_.Progress(bytes); }

 private:
  EventSink& next_;
  std::set<std::string, std::less<>> seen_;
};

// What every reader of one poll shares.
struct GraphPoll {
  GraphSession& session;
  std::string bucket;          // the Page's rate-limit bucket
  std::string versioned_base;  // "https://graph.facebook.com/v19.0"
  int max_pages;               // per edge and poll
  Identity page;               // the Page: the owner of every event
  EventSink& sink;             // once per poll
};

// Builds the URL of one page of an edge: `shrink` is how many times Facebook asked for less
// data (code 1; halve the limits that many times), `after` the cursor ("" for the first page).
using PageUrl = std::function<std::string(int shrink, const std::string& after)>;
// Reads one page; false stops the paging.
using PageReader = std::function<Result<bool>(const rapidjson::Value& page)>;

// Reads an edge page after page from `after`, until `read` says stop or paging.next is
// absent. Page URLs are rebuilt from paging.cursors.after (never paging.next, which embeds
// the token). "Reduce the amount of data" (code 1) asks again with halved limits, at most
// kMaxShrinks times. kDataError when a page repeats its cursor or the edge has more than
// max_pages pages; otherwise the session's or `read`'s error, with the edge named.
inline constexpr int kMaxShrinks = 4;
Status ReadEdge(GraphPoll& poll, std::string after, const PageUrl& url_for, const PageReader& read);

// `base` halved `shrink` times, at least 1.
int Shrunk(int base, int shrink) noexcept;

// True for Graph's "Please reduce the amount of data you're asking for" (code 1), which
// ApiFetcher reports as kUsage.
bool IsReduceData(const Status& status);

}  // namespace touchpoint::facebook
