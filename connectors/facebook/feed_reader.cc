#include "connectors/facebook/feed_reader.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "connectors/common/json_fields.h"
#include "connectors/common/url_encoding.h"
#include "connectors/facebook/graph_items.h"

namespace touchpoint::facebook {
namespace {

constexpr char kCommentFields[] = "id,message,from,created_time,parent{id,from}";
constexpr char kFeedSource[] = "GET /{page-id}/feed";
constexpr char kCommentsSource[] = "GET /{post-id}/comments";

}  // namespace

FeedPages::FeedPages(std::optional<int64_t> watermark, const Identity& page, EventSink& sink)
    : page_(page), sink_(sink), newest_ms_(watermark) {
  if (watermark) since_ms_ = *watermark - FeedReader::kOverlapMs;
}

Status FeedPages::ReadFeedPage(const rapidjson::Value& answer,
                               std::vector<Unfinished>& unfinished) {
  Result<const rapidjson::Value*> posts = GraphData(answer);
  if (!posts) return posts.error();
  for (const rapidjson::Value& post : (*posts)->GetArray()) {
    const std::string post_id(StringField(post, "id"));
    const rapidjson::Value* comments = ObjectField(post, "comments");
    if (post_id.empty() || comments == nullptr) continue;
    Result<bool> more = ReadComments(*comments, post_id, kFeedSource);
    if (!more) return more.error().WithContext("post " + post_id);
    if (std::string after = NextAfter(*comments); *more && !after.empty()) {
      unfinished.push_back({post_id, std::move(after)});
    }
  }
  return Status::Ok();
}

Result<bool> FeedPages::ReadComments(const rapidjson::Value& answer, const std::string& post_id,
                                     std::string_view source) {
  Result<const rapidjson::Value*> data = GraphData(answer);
  if (!data) return Fail(data.error());
  for (const rapidjson::Value& comment : (*data)->GetArray()) {
    const std::optional<int64_t> created = ParseGraphTime(StringField(comment, "created_time"));
    // Newest first: older comments were read by earlier polls.
    if (since_ms_ && created && *created < *since_ms_) return false;
    if (created) newest_ms_ = std::max(newest_ms_.value_or(*created), *created);
    if (Status status = EmitGraphComment(comment, post_id, page_, source, sink_); !status.ok()) {
      return Fail(status);
    }
  }
  return true;
}

Result<std::optional<int64_t>> FeedReader::Read(std::optional<int64_t> watermark) {
  FeedPages pages(watermark, poll_.page, poll_.sink);
  std::vector<FeedPages::Unfinished> unfinished;
  const std::string path =
      poll_.versioned_base + "/" + PercentEncode(poll_.page.user_id) + "/feed?";
  const auto url_for = [&](int shrink, const std::string&) {
    const std::string comments = "comments.filter(stream).order(reverse_chronological).limit(" +
                                 std::to_string(Shrunk(kComments, shrink)) + "){" + kCommentFields +
                                 "}";
    return path + EncodeParams({{"fields", "id,updated_time," + comments},
                                {"limit", std::to_string(Shrunk(kPosts, shrink))}});
  };
  const auto read = [&](const rapidjson::Value& answer) -> Result<bool> {
    if (Status status = pages.ReadFeedPage(answer, unfinished); !status.ok()) return Fail(status);
    return false;  // the newest posts only
  };
  if (Status status = ReadEdge(poll_, "", url_for, read); !status.ok()) return Fail(status);
  for (auto& [post_id, after] : unfinished) {
    if (Status status = ReadMoreComments(pages, post_id, std::move(after)); !status.ok()) {
      return Fail(status);
    }
  }
  return pages.newest_ms();
}

Status FeedReader::ReadMoreComments(FeedPages& pages, const std::string& post_id,
                                    std::string after) {
  const std::string path = poll_.versioned_base + "/" + PercentEncode(post_id) + "/comments?";
  const auto url_for = [&](int shrink, const std::string& cursor) {
    return path + EncodeParams({{"filter", "stream"},
                                {"order", "reverse_chronological"},
                                {"fields", kCommentFields},
                                {"limit", std::to_string(Shrunk(kMoreComments, shrink))},
                                {"after", cursor}});
  };
  const auto read = [&](const rapidjson::Value& answer) {
    return pages.ReadComments(answer, post_id, kCommentsSource);
  };
  return ReadEdge(poll_, std::move(after), url_for, read);
}

}  // namespace touchpoint::facebook
