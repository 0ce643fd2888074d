#include "connectors/linkedin/api_org_notifications.h"

#include <map>
#include <utility>

#include "connectors/common/json_fields.h"
#include "connectors/linkedin/api_events.h"

namespace touchpoint::linkedin {
namespace {

constexpr int kPageCount = 50;
constexpr std::string_view kOrganizationPrefix = "urn:li:organization:";

// The comments of one post by URN, read once per poll.
class CommentIndex {
 public:
  CommentIndex(RestliClient& api, const OrgPoll& poll) : api_(api), poll_(poll) {}

  // The comment `urn` of `post`, or nullptr when the post has no such comment (any more).
  Result<const OrgComment*> Find(const std::string& post, const std::string& urn) {
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
  Status Read(const std::string& post, OrgComments& comments) {
    const std::string path = poll_.base_url + "/rest/socialActions/" + RestliValue(post) +
                             "/comments?count=" + std::to_string(kPageCount);
    return api_.Paginate(
        poll_.comments_bucket, kPageCount,
        [&](int start) { return start == 0 ? path : path + "&start=" + std::to_string(start); },
        [&](const rapidjson::Value& elements) {
          AddOrgComments(elements, comments);
          return Status::Ok();
        });
  }

  RestliClient& api_;
  const OrgPoll& poll_;
  std::map<std::string, OrgComments, std::less<>> posts_;
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

void AddOrgComments(const rapidjson::Value& elements, OrgComments& comments) {
  for (const rapidjson::Value& comment : elements.GetArray()) {
    std::string_view urn = StringField(comment, "commentUrn");
    if (urn.empty()) urn = StringField(comment, "$URN");
    if (urn.empty()) continue;
    OrgComment stored;
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
}

OrgNotificationPages::OrgNotificationPages(const OrgPoll& poll, FindComment find_comment,
                                           EventSink& sink,
                                           std::vector<std::string>& partial_errors)
    : poll_(poll),
      find_comment_(std::move(find_comment)),
      sink_(sink),
      partial_errors_(partial_errors),
      organization_(UrnIdentity(poll.organization_urn)) {}

Status OrgNotificationPages::ReadElements(const rapidjson::Value& elements) {
  for (const rapidjson::Value& element : elements.GetArray()) {
    if (Status done = ReadNotification(element); !done.ok()) return done;
  }
  return Status::Ok();
}

Status OrgNotificationPages::ReadNotification(const rapidjson::Value& element) {
  const std::string activity(StringField(element, "generatedActivity"));
  if (activity.empty()) {
    partial_errors_.push_back(std::string(kOrgNotificationsSource) +
                              ": a notification without generatedActivity");
    sink_.Skip("malformed org notification");
    return Status::Ok();
  }
  read_.push_back({activity, Int64Field(element, "lastModifiedAt").value_or(0)});
  if (poll_.seen.contains(activity) || !this_poll_.insert(activity).second) return Status::Ok();
  const std::string_view action = StringField(element, "action");
  const std::string post(StringField(element, "sourcePost"));
  if (action == "COMMENT") {
    Result<const OrgComment*> comment = find_comment_(post, activity);
    if (!comment) return comment.error();
    if (*comment == nullptr) {
      sink_.Skip("org comment not found");
      return Status::Ok();
    }
    CommentFacts facts;
    facts.comment_urn = activity;
    facts.post_urn = post;
    facts.author = UrnIdentity((*comment)->actor);
    facts.by_owner = (*comment)->actor == poll_.organization_urn;
    facts.created_ms = (*comment)->created_ms;
    facts.text = (*comment)->text;
    facts.source = kOrgCommentsSource;
    return sink_.Emit(CommentEvent(facts, organization_));
  }
  if (action == "SHARE_MENTION") {
    const std::string_view actor = StringField(element, "actor");
    if (actor.empty()) {
      sink_.Skip("org mention without actor");
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
    event.occurred_at_ms = Int64Field(element, "lastModifiedAt").value_or(poll_.end_ms);
    event.source = kOrgNotificationsSource;
    return sink_.Emit(std::move(event));
  }
  sink_.Skip("org notification " + std::string(action.empty() ? "without action" : action));
  return Status::Ok();
}

Result<std::vector<OrgNotificationSeen>> PollOrgNotifications(
    RestliClient& api, const OrgPoll& poll, EventSink& sink,
    std::vector<std::string>& partial_errors) {
  CommentIndex comments(api, poll);
  OrgNotificationPages pages(
      poll,
      [&](const std::string& post, const std::string& urn) { return comments.Find(post, urn); },
      sink, partial_errors);
  Status status = api.Paginate(
      poll.notifications_bucket, kPageCount,
      [&](int start) { return NotificationsUrl(poll, start); },
      [&](const rapidjson::Value& elements) { return pages.ReadElements(elements); });
  if (!status.ok()) return Fail(status);
  return pages.TakeRead();
}

}  // namespace touchpoint::linkedin
