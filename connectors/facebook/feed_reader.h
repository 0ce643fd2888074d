#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "connectors/facebook/graph_paging.h"
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
class FeedReader {
 public:
  static constexpr int64_t kOverlapMs = 60'000;
  static constexpr int kPosts = 25;
  static constexpr int kComments = 25;
  static constexpr int kMoreComments = 100;

  explicit FeedReader(GraphPoll& poll) : poll_(poll) {}

  Result<std::optional<int64_t>> Read(std::optional<int64_t> watermark);

 private:
  // Emits one page of a post's comments; false once a comment is older than the bound.
  Result<bool> ReadComments(const rapidjson::Value& page, const std::string& post_id,
                            std::string_view source);
  Status ReadMoreComments(const std::string& post_id, std::string after);

  GraphPoll& poll_;
  std::optional<int64_t> since_ms_;
  std::optional<int64_t> newest_ms_;
};

}  // namespace touchpoint::facebook
