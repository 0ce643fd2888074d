#include "connectors/facebook/activity_reader.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>

#include "connectors/common/json_fields.h"
#include "connectors/common/mojibake.h"
#include "connectors/facebook/item_event.h"
#include "connectors/facebook/natural_key.h"
#include "connectors/facebook/people.h"

namespace touchpoint::facebook {
namespace {

constexpr size_t kMaxTitleNameBytes = 200;

constexpr std::string_view kVerbs[] = {" commented on ", " replied to "};
constexpr std::string_view kPossessives[] = {"'s ", "\xE2\x80\x99s "};  // ' and U+2019
// What follows the verb when the title names no one: "commented on a post.", "his own post".
constexpr std::string_view kNotNames[] = {"a ",     "an ",   "the ", "his ", "her ",
                                          "their ", "your ", "my ",  "its "};

// Milliseconds from a JSON number of epoch seconds; nullopt when absent or out of range.
std::optional<int64_t> SecondsToMs(const rapidjson::Value* seconds) {
  if (seconds == nullptr || !seconds->IsInt64()) return std::nullopt;
  constexpr int64_t kLimit = std::numeric_limits<int64_t>::max() / 1000;
  const int64_t value = seconds->GetInt64();
  if (value > kLimit || value < -kLimit) return std::nullopt;
  return value * 1000;
}

// The items array under the first of `keys` present, or a kDataError naming them.
Result<const rapidjson::Value*> ItemsOf(const rapidjson::Value& document, std::string_view first,
                                        std::string_view second, std::string_view source) {
  if (const rapidjson::Value* items = ArrayField(document, first)) return items;
  if (const rapidjson::Value* items = ArrayField(document, second)) return items;
  return Fail(StatusCode::kDataError, std::string(source) + ": expected a \"" + std::string(first) +
                                          "\" or \"" + std::string(second) + "\" array");
}

// The first data[].comment object of a comments.json item, or nullptr.
const rapidjson::Value* CommentObject(const rapidjson::Value& item) {
  const rapidjson::Value* data = ArrayField(item, "data");
  if (data == nullptr) return nullptr;
  for (const rapidjson::Value& element : data->GetArray()) {
    if (const rapidjson::Value* comment = ObjectField(element, "comment")) return comment;
  }
  return nullptr;
}

// An item of the owner's own activity: outbound, standing alone (its own conversation).
ItemFacts OwnerItem(EventKind kind, std::string external_id, int64_t occurred_at_ms) {
  ItemFacts facts;
  facts.kind = kind;
  facts.external_id = std::move(external_id);
  facts.occurred_at_ms = occurred_at_ms;
  facts.outbound = true;
  return facts;
}

}  // namespace

std::string CommentCounterpart(std::string_view title, std::string_view owner_name) {
  for (const std::string_view verb : kVerbs) {
    const size_t at = title.find(verb);
    if (at == std::string_view::npos) continue;
    const std::string_view rest = title.substr(at + verb.size());
    for (const std::string_view not_name : kNotNames) {
      if (rest.starts_with(not_name)) return {};
    }
    size_t end = std::string_view::npos;
    for (const std::string_view possessive : kPossessives)
      end = std::min(end, rest.find(possessive));
    if (end == std::string_view::npos || end == 0 || end > kMaxTitleNameBytes) return {};
    const std::string_view name = rest.substr(0, end);
    if (name == owner_name || name == kDeletedAccountName) return {};
    return std::string(name);
  }
  return {};
}

Status ReadComments(const rapidjson::Value& document, const Identity& owner,
                    std::string_view source, EventSink& sink) {
  Result<const rapidjson::Value*> items = ItemsOf(document, "comments_v2", "comments", source);
  if (!items) return items.error();
  KeyBuilder key;
  std::unordered_map<uint64_t, int64_t> occurrences;
  for (const rapidjson::Value& item : (*items)->GetArray()) {
    const rapidjson::Value* comment = CommentObject(item);
    std::optional<int64_t> occurred_at = SecondsToMs(Member(item, "timestamp"));
    if (!occurred_at && comment != nullptr)
      occurred_at = SecondsToMs(Member(*comment, "timestamp"));
    if (!occurred_at) {
      sink.Skip("comment without timestamp");
      continue;
    }
    std::string text =
        comment == nullptr ? std::string() : RepairMojibake(StringField(*comment, "comment"));
    key.Reset();
    key.Add(*occurred_at / 1000).Add(text);
    key.Add(occurrences[key.Hash64()]++);
    ItemFacts facts = OwnerItem(EventKind::kComment, key.Key("fb:comment:"), *occurred_at);
    const std::string counterpart =
        CommentCounterpart(RepairMojibake(StringField(item, "title")), owner.name);
    if (!counterpart.empty()) facts.counterparts.push_back(NamedIdentity(counterpart));
    facts.text = std::move(text);
    if (Status status = sink.Emit(MakeItemEvent(std::move(facts), owner, source)); !status.ok()) {
      return status;
    }
  }
  return Status::Ok();
}

Status ReadFriends(const rapidjson::Value& document, const Identity& owner, std::string_view source,
                   EventSink& sink) {
  Result<const rapidjson::Value*> items = ItemsOf(document, "friends_v2", "friends", source);
  if (!items) return items.error();
  KeyBuilder key;
  for (const rapidjson::Value& item : (*items)->GetArray()) {
    const std::string name = RepairMojibake(StringField(item, "name"));
    const std::optional<int64_t> occurred_at = SecondsToMs(Member(item, "timestamp"));
    if (name == kDeletedAccountName) {
      sink.Skip("deleted account");
      continue;
    }
    if (name.empty() || !occurred_at) {
      sink.Skip("friend without name or timestamp");
      continue;
    }
    key.Reset();
    key.Add(name).Add(*occurred_at / 1000);
    ItemFacts facts = OwnerItem(EventKind::kConnection, key.Key("fb:friend:"), *occurred_at);
    facts.counterparts.push_back(NamedIdentity(name));
    if (Status status = sink.Emit(MakeItemEvent(std::move(facts), owner, source)); !status.ok()) {
      return status;
    }
  }
  return Status::Ok();
}

}  // namespace touchpoint::facebook
