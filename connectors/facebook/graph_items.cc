#include "connectors/facebook/graph_items.h"

#include <utility>

#include "connectors/common/json_fields.h"
#include "connectors/common/timestamp.h"
#include "connectors/facebook/item_event.h"

namespace touchpoint::facebook {
namespace {

std::string Str(const rapidjson::Value& object, std::string_view name) {
  return std::string(StringField(object, name));
}

// Adds `who` unless it is empty, the Page, or already there (by id, else by name).
void AddPerson(std::vector<Identity>& people, Identity who, const Identity& page) {
  if (who.empty() || (!who.user_id.empty() && who.user_id == page.user_id)) return;
  for (const Identity& known : people) {
    if (!who.user_id.empty() ? known.user_id == who.user_id
                             : known.user_id.empty() && known.name == who.name) {
      return;
    }
  }
  people.push_back(std::move(who));
}

// The objects of an edge wrapped as {"data": [...]} (participants, to), or nullptr.
const rapidjson::Value* Wrapped(const rapidjson::Value& object, std::string_view name) {
  const rapidjson::Value* edge = ObjectField(object, name);
  return edge != nullptr ? ArrayField(*edge, "data") : nullptr;
}

}  // namespace

std::optional<int64_t> ParseGraphTime(std::string_view text) { return ParseIso8601Ms(text); }

Result<const rapidjson::Value*> GraphData(const rapidjson::Value& page) {
  if (!page.IsObject()) return Fail(StatusCode::kDataError, "the answer is not a JSON object");
  const rapidjson::Value* data = ArrayField(page, "data");
  if (data == nullptr) return Fail(StatusCode::kDataError, "no \"data\" array in the answer");
  return data;
}

std::string NextAfter(const rapidjson::Value& page) {
  const rapidjson::Value* paging = ObjectField(page, "paging");
  if (paging == nullptr || StringField(*paging, "next").empty()) return {};
  const rapidjson::Value* cursors = ObjectField(*paging, "cursors");
  return cursors != nullptr ? Str(*cursors, "after") : std::string();
}

Identity GraphIdentity(const rapidjson::Value* who) {
  Identity identity;
  if (who == nullptr || !who->IsObject()) return identity;
  identity.user_id = Str(*who, "id");
  identity.name = Str(*who, "name");
  identity.email = Str(*who, "email");
  return identity;
}

std::vector<Identity> Participants(const rapidjson::Value& conversation, const Identity& page) {
  std::vector<Identity> people;
  if (const rapidjson::Value* data = Wrapped(conversation, "participants")) {
    for (const rapidjson::Value& person : data->GetArray()) {
      AddPerson(people, GraphIdentity(&person), page);
    }
  }
  return people;
}

Status EmitGraphMessage(const rapidjson::Value& message, std::string_view conversation_id,
                        const std::vector<Identity>& participants, const Identity& page,
                        std::string_view source, EventSink& sink) {
  ItemFacts facts;
  facts.kind = EventKind::kDm;
  facts.external_id = Str(message, "id");
  const std::optional<int64_t> created = ParseGraphTime(StringField(message, "created_time"));
  if (facts.external_id.empty() || !created) {
    sink.Skip("message without id or created_time");
    return Status::Ok();
  }
  facts.occurred_at_ms = *created;
  facts.conversation_key = std::string(conversation_id);
  facts.author = GraphIdentity(ObjectField(message, "from"));
  facts.outbound = !facts.author.user_id.empty() && facts.author.user_id == page.user_id;
  facts.counterparts = participants;
  AddPerson(facts.counterparts, facts.author, page);
  if (const rapidjson::Value* to = Wrapped(message, "to")) {
    for (const rapidjson::Value& person : to->GetArray()) {
      AddPerson(facts.counterparts, GraphIdentity(&person), page);
    }
  }
  facts.text = Str(message, "message");
  return sink.Emit(MakeItemEvent(std::move(facts), page, source));
}

Status EmitGraphComment(const rapidjson::Value& comment, std::string_view post_id,
                        const Identity& page, std::string_view source, EventSink& sink) {
  ItemFacts facts;
  facts.kind = EventKind::kComment;
  facts.external_id = Str(comment, "id");
  const std::optional<int64_t> created = ParseGraphTime(StringField(comment, "created_time"));
  if (facts.external_id.empty() || !created) {
    sink.Skip("comment without id or created_time");
    return Status::Ok();
  }
  facts.occurred_at_ms = *created;
  facts.conversation_key = std::string(post_id);
  const rapidjson::Value* parent = ObjectField(comment, "parent");
  facts.parent_id = parent != nullptr ? Str(*parent, "id") : std::string();
  if (facts.parent_id.empty()) facts.parent_id = std::string(post_id);
  facts.author = GraphIdentity(ObjectField(comment, "from"));
  facts.outbound = !facts.author.user_id.empty() && facts.author.user_id == page.user_id;
  AddPerson(facts.counterparts, facts.author, page);
  if (parent != nullptr)
    AddPerson(facts.counterparts, GraphIdentity(ObjectField(*parent, "from")), page);
  facts.text = Str(comment, "message");
  return sink.Emit(MakeItemEvent(std::move(facts), page, source));
}

}  // namespace touchpoint::facebook
