#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "connectors/event_sink.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::linkedin {

// What one element of GET /rest/memberChangeLogs (Member Data Portability, apis.md 3.3)
// comes to. Fields are read defensively: the docs leave several of them UNCONFIRMED.
struct ChangeLogItem {
  std::string id;                       // the element's `id` (a number or a string); may be ""
  std::optional<int64_t> processed_at;  // `processedAt`, epoch ms
  std::string owner;                    // `owner`: the member's URN
  std::optional<Event> event;           // a touchpoint to emit
  std::string skip_reason;              // set when the element is no touchpoint
  std::string problem;                  // set when the element is malformed (partial error)
};

inline constexpr char kChangeLogSource[] = "GET /rest/memberChangeLogs";

// Reads one element. `member` is the member as known so far: user_id the person URN (""
// when unknown), profile_url when known (it keys outbound messages like the archive). The
// element's own `owner` is used when it names someone else or the member is unknown. Rules:
//   * resourceName "messages", method CREATE -> a `dm` (MessageEvent): outbound when `actor`
//     is the owner; activity.author is the sender, activity.thread (a URN, or an object with
//     an entityUrn/id and a `membership` list) the conversation and its participants,
//     activity.createdAt the time (else capturedAt, else processedAt), the text from
//     activity.body / content (a string, or an object with text/fallback);
//   * a resourceName containing "comments", method CREATE -> a `comment` (CommentEvent) on
//     activity.object (the post), by `actor`, text from activity.message;
//   * other methods of those (UPDATE, DELETE: edits and deletions) and other resourceNames
//     are skipped with a reason naming them;
//   * an element that is not an object, a message without thread, sender or time, or a
//     comment without time or post, is a problem.
ChangeLogItem ReadChangeLogElement(const rapidjson::Value& element, const Identity& member);

// At most this many ids are kept of the elements at the boundary time.
inline constexpr size_t kMaxChangeLogBoundaryIds = 500;

// Reads the pages of one poll of memberChangeLogs (LinkedinApiPoller step 1) without HTTP:
// each element through ReadChangeLogElement; elements whose id was read before (at the
// inclusive startTime, or on a shifted page) are passed over; problems become partial errors
// and a skip, skip reasons skips, events go to the sink. Keeps the latest processedAt and the
// ids read at it (the next poll's boundary), and the member (from the first owner that is a
// person URN when unknown). Not thread-safe.
class ChangeLogPages {
 public:
  // `member` as ReadChangeLogElement's; `start_time` and `boundary_ids` the last poll's
  // boundary (nullopt and none on the first poll).
  ChangeLogPages(Identity member, std::optional<int64_t> start_time,
                 std::set<std::string, std::less<>> boundary_ids);

  // Reads one page's `elements` (an array). Errors: the sink's.
  Status ReadElements(const rapidjson::Value& elements, EventSink& sink,
                      std::vector<std::string>& partial_errors);

  // True when processedAt never went down and some element had one: the pages read so far
  // then cover everything up to boundary_time(), and paging may stop there.
  bool may_stop_early() const noexcept { return ascending_ && previous_.has_value(); }
  const Identity& member() const noexcept { return member_; }
  // The latest processedAt read (or the start time), and the ids read at it (at most
  // kMaxChangeLogBoundaryIds).
  const std::optional<int64_t>& boundary_time() const noexcept { return boundary_time_; }
  const std::set<std::string, std::less<>>& boundary_ids() const noexcept { return boundary_ids_; }

 private:
  void AddToBoundary(const std::optional<int64_t>& at, const std::string& id);

  Identity member_;
  std::set<std::string, std::less<>> seen_ids_;
  std::optional<int64_t> boundary_time_;
  std::set<std::string, std::less<>> boundary_ids_;
  bool ascending_ = true;
  std::optional<int64_t> previous_;
};

}  // namespace touchpoint::linkedin
