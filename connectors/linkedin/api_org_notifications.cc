#include "connectors/linkedin/api_org_notifications.h"

#include <map>
#include <utility>

#include "connectors/common/json_fields.h"
#include "connectors/linkedin/api_events.h"

namespace touchpoint::linkedin {
namespace {

constexpr int kPageCount = 50;
constexpr std::string_view kOrganizationPrefix = "urn:li:organization:";

struct StoredComment {
  std::string actor;
  int64_t created_ms = 0;
  std::string text;
};

// The comments of one post by URN, read once per poll.
class CommentIndex {
 public:
  CommentIndex(RestliClient& api, const OrgPoll& poll) : api_(api), poll_(poll) {}

  // The comment `urn` of `post`, or nullptr when the post has no such comment (any more).
  Result<const StoredComment*> Find(const std::string& post, const std::string& urn) {
    auto [at, added] = posts_.try_emplace(post);
    if (added) {
      if (Status read = Read(post, at->second); !read.ok()) {
        posts_.erase(at);
        return Fail(read);
      }
    }
    const auto found = at->second.find(urn);
    return found != at->second.end() ? &found->second : nullptr;
  }

 private:
  using Comments = std::map<std::string, StoredComment, std::less<>>;

  Status Read(const std::string& post, Comments& comments) {
    const std::string path = poll_.base_url + "/rest/socialActions/" + RestliValue(post) +
                             "/comments?count=" + std::to_string(kPageCount);
    return api_.Paginate(
        poll_.comments_bucket, kPageCount,
        [&](int start) { return start == 0 ? path : path + "&start=" + std::to_string(start); },
        [&](const rapidjson::Value& elements) {
          for (const rapidjson::Value& comment : elements.GetArray()) {
            std::string_view urn = StringField(comment, "commentUrn");
            if (urn.empty()) urn = StringField(comment, "$URN");
            if (urn.empty()) continue;
            StoredComment stored;
            stored.actor = std::string(StringField(comment, "actor"));
            if (const rapidjson::Value* created = ObjectField(comment, "created")) {
              stored.created_ms = Int64Field(*created, "time").value_or(0);
              if (stored.actor.empty()) stored.actor = std::string(StringField(*created, "actor"));
            }
            if (const rapidjson::Value* message = ObjectField(comment, "message")) {
              stored.text = std::string(StringField(*message, "text"));
            }
            comments.insert_or_assign(std::string(urn), std::move(stored));
          }
          return Status::Ok();
        });
  }

  RestliClient& api_;
  const OrgPoll& poll_;
  std::map<std::string, Comments, std::less<>> posts_;
};

std::string NotificationsUrl(const OrgPoll& poll, int start) {
  // Rest.li 2.0: the URN is encoded, List(...) and (start:..,end:..) are not.
  std::string url = poll.base_url +
                    "/rest/organizationalEntityNotifications?q=criteria"
                    "&actions=List(COMMENT,SHARE_MENTION)&organizationalEntity=" +
                    RestliValue(poll.organization_urn) +
                    "&timeRange=(start:" + std::to_string(poll.start_ms) +
                    ",end:" + std::to_string(poll.end_ms) + ")&count=" + std::to_string(kPageCount);
  if (start > 0) url += "&start=" + std::to_string(start);
  return url;
}

}  // namespace

std::string OrganizationUrn(std::string_view organization) {
  if (organization.starts_with(kOrganizationPrefix)) return std::string(organization);
  return std::string(kOrganizationPrefix) + std::string(organization);
}

Result<std::vector<OrgNotificationSeen>> PollOrgNotifications(
    RestliClient& api, const OrgPoll& poll, EventSink& sink,
    std::vector<std::string>& partial_errors) {
  std::vector<OrgNotificationSeen> read;
  std::set<std::string, std::less<>> this_poll;
  CommentIndex comments(api, poll);
  const Identity organization = UrnIdentity(poll.organization_urn);
  const auto on_notification = [&](const rapidjson::Value& element) -> Status {
    const std::string activity(StringField(element, "generatedActivity"));
    if (activity.empty()) {
      partial_errors.push_back(std::string(kOrgNotificationsSource) +
                               ": a notification without generatedActivity");
      sink.Skip("malformed org notification");
      return Status::Ok();
    }
    read.push_back({activity, Int64Field(element, "lastModifiedAt").value_or(0)});
    if (poll.seen.contains(activity) || !this_poll.insert(activity).second) return Status::Ok();
    const std::string_view action = StringField(element, "action");
    const std::string post(StringField(element, "sourcePost"));
    if (action == "COMMENT") {
      Result<const StoredComment*> comment = comments.Find(post, activity);
      if (!comment) return comment.error();
      if (*comment == nullptr) {
        sink.Skip("org comment not found");
        return Status::Ok();
      }
      CommentFacts facts;
      facts.comment_urn = activity;
      facts.post_urn = post;
      facts.author = UrnIdentity((*comment)->actor);
      facts.by_owner = (*comment)->actor == poll.organization_urn;
      facts.created_ms = (*comment)->created_ms;
      facts.text = (*comment)->text;
      facts.source = kOrgCommentsSource;
      return sink.Emit(CommentEvent(facts, organization));
    }
    if (action == "SHARE_MENTION") {
      const std::string_view actor = StringField(element, "actor");
      if (actor.empty()) {
        sink.Skip("org mention without actor");
        return Status::Ok();
      }
      Event event;
      event.platform = kLinkedinPlatform;
      event.kind = EventKind::kMention;
      event.direction = Direction::kInbound;
      event.external_id = "li:mention:" + activity;
      event.conversation_key = PostLink(activity);
      event.author = UrnIdentity(actor);
      event.counterparts = {event.author};
      event.occurred_at_ms = Int64Field(element, "lastModifiedAt").value_or(poll.end_ms);
      event.source = kOrgNotificationsSource;
      return sink.Emit(std::move(event));
    }
    sink.Skip("org notification " + std::string(action.empty() ? "without action" : action));
    return Status::Ok();
  };
  Status status = api.Paginate(
      poll.notifications_bucket, kPageCount,
      [&](int start) { return NotificationsUrl(poll, start); },
      [&](const rapidjson::Value& elements) {
        for (const rapidjson::Value& element : elements.GetArray()) {
          if (Status done = on_notification(element); !done.ok()) return done;
        }
        return Status::Ok();
      });
  if (!status.ok()) return Fail(status);
  return read;
}

}  // namespace touchpoint::linkedin
