#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connectors/event_sink.h"
#include "connectors/facebook/graph_paging.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::facebook {

// Reads new comments on a Page's newest posts (apis.md 2.6; there is no "comments since"
// call). One GET /{page}/feed for the newest kPosts posts, each with its newest kComments
// comments and replies (comments.filter(stream).order(reverse_chronological)); a post whose
// first comment page is full and still newer than the watermark is read further through
// GET /{post}/comments from the page's `after` cursor, until a comment older than
// watermark - kOverlap. Every comment read at or after that bound is emitted; without a
// watermark (the first poll) every comment of those posts is. Comments on older posts are
// missed by design (webhooks would be the fix). Returns the new watermark: the newest
// created_time seen, or `watermark` when nothing was read.
// The pages of one FeedReader poll, read without HTTP (also for tests and the fuzz harness).
// Not thread-safe.
class FeedPages {
 public:
  // A post whose first page of comments was all new and has more after it.
  struct Unfinished {
    std::string post_id;
    std::string after;  // the cursor of the post's next comment page
  };

  // `watermark` as FeedReader::Read's. `page` and `sink` must outlive this.
  FeedPages(std::optional<int64_t> watermark, const Identity& page, EventSink& sink);

  // Emits the comments each post of a /{page}/feed page embeds, and adds the posts whose
  // comments go on to `unfinished`. Posts without id or comments are passed over. kDataError
  // when the page or a post's comments have no `data` array; the sink's errors.
  Status ReadFeedPage(const rapidjson::Value& answer, std::vector<Unfinished>& unfinished);

  // Emits one page of a post's comments (EmitGraphComment); false once a comment is older
  // than watermark - kOverlap. kDataError when it has no `data` array; the sink's errors.
  Result<bool> ReadComments(const rapidjson::Value& answer, const std::string& post_id,
                            std::string_view source);

  // The newest created_time read, else the watermark.
  std::optional<int64_t> newest_ms() const noexcept { return newest_ms_; }

 private:
  const Identity& page_;
  EventSink& sink_;
  std::optional<int64_t> since_ms_;
  std::optional<int64_t> newest_ms_;
};

class FeedReader {
 public:
  static constexpr int64_t kOverlapMs = 60'000;
  static constexpr int kPosts = 25;
  static constexpr int kComments = 25;
  static constexpr int kMoreComments = 100;

  explicit FeedReader(GraphPoll& poll) : poll_(poll) {}

  Result<std::optional<int64_t>> Read(std::optional<int64_t> watermark);

 private:
  Status ReadMoreComments(FeedPages& pages, const std::string& post_id, std::string after);

  GraphPoll& poll_;
};

}  // namespace touchpoint::facebook
