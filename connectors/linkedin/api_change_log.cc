#include "connectors/linkedin/api_change_log.h"

#include <initializer_list>
#include <utility>
#include <vector>

#include "connectors/common/json_fields.h"
#include "connectors/linkedin/api_events.h"
#include "connectors/linkedin/api_restli.h"

namespace touchpoint::linkedin {
namespace {

constexpr std::string_view kPersonPrefix = "urn:li:person:";

// A URN given as a string, or inside an object under one of the usual names.
std::string_view UrnOf(const rapidjson::Value* value) {
  if (value == nullptr) return {};
  if (value->IsString()) return {value->GetString(), value->GetStringLength()};
  for (const char* name : {"entityUrn", "$URN", "urn", "id", "member", "participant", "mailbox"}) {
    if (std::string_view urn = StringField(*value, name); !urn.empty()) return urn;
  }
  return {};
}

// Text given as a string, or as an object with text / fallback (Rest.li attributed text).
std::string_view TextOf(const rapidjson::Value* value) {
  if (value == nullptr) return {};
  if (value->IsString()) return {value->GetString(), value->GetStringLength()};
  for (const char* name : {"text", "fallback", "body"}) {
    if (std::string_view text = StringField(*value, name); !text.empty()) return text;
  }
  return {};
}

std::string_view FirstText(const rapidjson::Value& activity,
                           std::initializer_list<const char*> names) {
  for (const char* name : names) {
    if (std::string_view text = TextOf(Member(activity, name)); !text.empty()) return text;
  }
  return {};
}

// The vanityName a decorated identity ("author~": {"vanityName": ...}) may carry.
std::string_view VanityOf(const rapidjson::Value& activity, const std::string& decorated) {
  const rapidjson::Value* profile = ObjectField(activity, decorated);
  return profile != nullptr ? StringField(*profile, "vanityName") : std::string_view();
}

std::string IdText(const rapidjson::Value& element) {
  const rapidjson::Value* id = Member(element, "id");
  if (id == nullptr) return {};
  if (id->IsString()) return std::string(id->GetString(), id->GetStringLength());
  if (id->IsInt64()) return std::to_string(id->GetInt64());
  if (id->IsUint64()) return std::to_string(id->GetUint64());
  return {};
}

int64_t TimeOf(const rapidjson::Value& element, const rapidjson::Value& activity) {
  for (const auto& [object, name] :
       {std::pair{&activity, "createdAt"}, std::pair{&element, "capturedAt"},
        std::pair{&element, "processedAt"}}) {
    if (const auto ms = Int64Field(*object, name)) return *ms;
  }
  return 0;
}

void ReadMessage(const rapidjson::Value& element, const rapidjson::Value& activity,
                 const Identity& owner, std::string_view actor, ChangeLogItem& item) {
  const rapidjson::Value* thread = Member(activity, "thread");
  std::string_view thread_urn = UrnOf(thread);
  if (thread_urn.empty()) thread_urn = StringField(activity, "conversation");
  if (thread_urn.empty()) {
    item.problem = "message " + item.id + " without a thread";
    return;
  }
  std::string_view author = StringField(activity, "author");
  if (author.empty()) author = actor;
  if (author.empty()) {
    item.problem = "message " + item.id + " without author or actor";
    return;
  }
  MessageFacts facts;
  facts.thread = std::string(thread_urn);
  facts.outbound = !actor.empty() ? actor == owner.user_id : author == owner.user_id;
  // The sender's person URN is `actor`; `author` may name a mailbox (Sales Navigator).
  facts.sender = UrnIdentity(!actor.empty() ? actor : author, VanityOf(activity, "author~"));
  const rapidjson::Value* membership =
      thread != nullptr ? ArrayField(*thread, "membership") : nullptr;
  if (membership == nullptr) membership = ArrayField(activity, "membership");
  if (membership != nullptr) {
    for (const rapidjson::Value& member : membership->GetArray()) {
      if (const std::string_view urn = UrnOf(&member); !urn.empty()) {
        facts.members.push_back(UrnIdentity(urn));
      }
    }
  }
  facts.created_ms = TimeOf(element, activity);
  if (facts.created_ms == 0) {
    item.problem = "message " + item.id + " without a time";
    return;
  }
  facts.text =
      std::string(FirstText(activity, {"body", "attributedBody", "content", "message", "subject"}));
  facts.source = kChangeLogSource;
  item.event = MessageEvent(facts, owner);
}

void ReadComment(const rapidjson::Value& element, const rapidjson::Value& activity,
                 const Identity& owner, std::string_view actor, ChangeLogItem& item) {
  CommentFacts facts;
  facts.comment_urn = std::string(UrnOf(Member(activity, "$URN")));
  if (facts.comment_urn.empty())
    facts.comment_urn = std::string(StringField(element, "resourceId"));
  facts.post_urn = std::string(UrnOf(Member(activity, "object")));
  std::string_view commenter = actor;
  if (commenter.empty()) commenter = StringField(activity, "actor");
  facts.author = UrnIdentity(commenter, VanityOf(activity, "actor~"));
  facts.by_owner = !commenter.empty() && commenter == owner.user_id;
  facts.created_ms = TimeOf(element, activity);
  if (const rapidjson::Value* created = ObjectField(activity, "created")) {
    facts.created_ms = Int64Field(*created, "time").value_or(facts.created_ms);
  }
  facts.text = std::string(FirstText(activity, {"message", "text", "commentary"}));
  facts.source = kChangeLogSource;
  if (facts.created_ms == 0) {
    item.problem = "comment " + item.id + " without a time";
    return;
  }
  if (facts.post_urn.empty() && facts.comment_urn.empty()) {
    item.problem = "comment " + item.id + " names neither its post nor itself";
    return;
  }
  item.event = CommentEvent(facts, owner);
}

}  // namespace

ChangeLogItem ReadChangeLogElement(const rapidjson::Value& element, const Identity& member) {
  ChangeLogItem item;
  if (!element.IsObject()) {
    item.problem = "an element that is not an object";
    return item;
  }
  item.id = IdText(element);
  item.processed_at = Int64Field(element, "processedAt");
  item.owner = std::string(StringField(element, "owner"));
  // The element's own owner wins. The member's profile URL stays with it unless the member
  // is known as someone else (an unknown member is the owner of its own changelog).
  Identity owner = member;
  if (!item.owner.empty() && !member.user_id.empty() && item.owner != member.user_id) {
    owner = UrnIdentity(item.owner);
  } else if (!item.owner.empty()) {
    owner.user_id = item.owner;
  }
  const std::string_view resource = StringField(element, "resourceName");
  const std::string_view method = StringField(element, "method");
  const bool message = resource == "messages";
  const bool comment = resource.find("comments") != std::string_view::npos;
  if (!message && !comment) {
    item.skip_reason =
        "changelog " +
        (resource.empty() ? std::string("element without resourceName") : std::string(resource));
    return item;
  }
  if (method != "CREATE") {
    item.skip_reason = "changelog " + std::string(resource) + " " +
                       (method.empty() ? std::string("without method") : std::string(method));
    return item;
  }
  const rapidjson::Value* activity = ObjectField(element, "activity");
  if (activity == nullptr) activity = ObjectField(element, "processedActivity");
  if (activity == nullptr) {
    item.problem = std::string(resource) + " " + item.id + " without activity";
    return item;
  }
  const std::string_view actor = StringField(element, "actor");
  if (message) {
    ReadMessage(element, *activity, owner, actor, item);
  } else {
    ReadComment(element, *activity, owner, actor, item);
  }
  return item;
}

ChangeLogPages::ChangeLogPages(Identity member, std::optional<int64_t> start_time,
                               std::set<std::string, std::less<>> boundary_ids)
    : member_(std::move(member)), seen_ids_(std::move(boundary_ids)) {
  if (start_time) AddToBoundary(start_time, "");
  for (const std::string& id : seen_ids_) AddToBoundary(start_time, id);
}

void ChangeLogPages::AddToBoundary(const std::optional<int64_t>& at, const std::string& id) {
  if (!at) return;
  if (!boundary_time_ || *at > *boundary_time_) {
    boundary_time_ = at;
    boundary_ids_.clear();
  }
  if (*at == *boundary_time_ && !id.empty() && boundary_ids_.size() < kMaxChangeLogBoundaryIds) {
    boundary_ids_.insert(id);
  }
}

Status ChangeLogPages::ReadElements(const rapidjson::Value& elements, EventSink& sink,
                                    std::vector<std::string>& partial_errors) {
  for (const rapidjson::Value& element : elements.GetArray()) {
    ChangeLogItem item = ReadChangeLogElement(element, member_);
    if (member_.user_id.empty() && item.owner.starts_with(kPersonPrefix)) {
      member_.user_id = item.owner;
    }
    if (item.processed_at) {
      ascending_ = ascending_ && (!previous_ || *previous_ <= *item.processed_at);
      previous_ = item.processed_at;
    }
    AddToBoundary(item.processed_at, item.id);
    // Elements at the inclusive startTime come back; a shifted page repeats others.
    if (!item.id.empty() && !seen_ids_.insert(item.id).second) continue;
    if (!item.problem.empty()) {
      partial_errors.push_back(std::string(kChangeLogSource) + ": " + item.problem);
      sink.Skip("malformed changelog element");
      continue;
    }
    if (!item.skip_reason.empty()) {
      sink.Skip(item.skip_reason);
      continue;
    }
    if (!item.event) continue;
    if (Status status = sink.Emit(std::move(*item.event)); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace touchpoint::linkedin
