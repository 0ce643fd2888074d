// The read-only methods: each builds the JSON document `touchpoint <command> --json` prints.
#include <string>
#include <vector>

#include "connectors/common/timestamp.h"
#include "core/call_list.h"
#include "core/people.h"
#include "service/json_writer.h"
#include "service/method_handlers.h"

namespace touchpoint {
namespace {

// A result document: BeginDocument() has run; Finish() closes it.
class Document {
 public:
  Document() : writer_(buffer_) { BeginDocument(writer_); }
  JsonWriter& writer() { return writer_; }
  std::string Finish() {
    writer_.EndObject();
    return ToString(buffer_);
  }

 private:
  rapidjson::StringBuffer buffer_;
  JsonWriter writer_;
};

std::string TimeOrEmpty(int64_t ms) { return ms == 0 ? "" : FormatIso8601Ms(ms); }

// Runs `sql` (one integer column) and returns its value.
Result<int64_t> Count(Connection& db, std::string_view sql) { return db.QueryInt(sql); }

void WritePerson(JsonWriter& writer, const PersonSummary& person) {
  writer.StartObject();
  WriteMember(writer, "id", person.id);
  WriteMember(writer, "name", person.name);
  WriteMember(writer, "events", person.events);
  WriteMember(writer, "first_at", TimeOrEmpty(person.first_at));
  WriteMember(writer, "last_at", TimeOrEmpty(person.last_at));
  if (!person.introduced_by.empty()) WriteMember(writer, "introduced_by", person.introduced_by);
  writer.Key("identities");
  writer.StartArray();
  for (const PersonIdentity& identity : person.identities) {
    writer.StartObject();
    WriteMember(writer, "id", identity.id);
    WriteMember(writer, "platform", identity.platform);
    const std::pair<const char*, const std::string*> fields[] = {
        {"user_id", &identity.user_id}, {"handle", &identity.handle}, {"name", &identity.name},
        {"profile_url", &identity.profile_url}, {"email", &identity.email}};
    for (const auto& [key, value] : fields) {
      if (!value->empty()) WriteMember(writer, key, *value);
    }
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
}

void WriteTimeline(JsonWriter& writer, const std::vector<TimelineEntry>& timeline) {
  writer.Key("timeline");
  writer.StartArray();
  for (const TimelineEntry& entry : timeline) {
    writer.StartObject();
    WriteMember(writer, "platform", entry.platform);
    WriteMember(writer, "kind", entry.kind);
    WriteMember(writer, "direction", entry.direction);
    WriteMember(writer, "conversation_key", entry.conversation_key);
    WriteMember(writer, "occurred_at", FormatIso8601Ms(entry.occurred_at));
    WriteMember(writer, "text", entry.text);
    writer.EndObject();
  }
  writer.EndArray();
}

// The `limit` param: `fallback` when absent, kUsage unless 1..max.
Result<int> Limit(const Params& params, int fallback, int max) {
  Result<std::optional<int64_t>> limit = params.Int("limit");
  if (!limit) return Fail(limit.error());
  if (!*limit) return fallback;
  if (**limit < 1 || **limit > max) {
    return Fail(StatusCode::kUsage, "params.limit: expected 1 to " + std::to_string(max));
  }
  return static_cast<int>(**limit);
}

}  // namespace

Result<std::string> StatsMethod(MethodContext& context, const Params&) {
  Connection& db = context.db;
  Result<Statement> kinds = db.Prepare(
      "SELECT platform, kind, direction, count(*) FROM events GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
  if (!kinds) return Fail(kinds.error());
  Document document;
  JsonWriter& writer = document.writer();
  int64_t total = 0;
  std::string rows;
  rapidjson::StringBuffer by_kind;
  JsonWriter kind_writer(by_kind);
  kind_writer.StartArray();
  for (;;) {
    Result<bool> row = kinds->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    kind_writer.StartObject();
    WriteMember(kind_writer, "platform", kinds->Text(0));
    WriteMember(kind_writer, "kind", kinds->Text(1));
    WriteMember(kind_writer, "direction", kinds->Text(2));
    WriteMember(kind_writer, "count", kinds->Int(3));
    kind_writer.EndObject();
    total += kinds->Int(3);
  }
  kind_writer.EndArray();
  WriteMember(writer, "events", total);
  writer.Key("events_by_kind");
  writer.RawValue(by_kind.GetString(), by_kind.GetSize(), rapidjson::kArrayType);
  const std::pair<std::string_view, std::string_view> counts[] = {
      {"conversations", "SELECT count(*) FROM conversations"},
      {"identities", "SELECT count(*) FROM identities WHERE is_owner = 0"},
      {"people", "SELECT count(*) FROM people"},
      {"imports", "SELECT count(*) FROM imports"},
  };
  int64_t imports = 0;
  for (const auto& [key, sql] : counts) {
    Result<int64_t> value = Count(db, sql);
    if (!value) return Fail(value.error());
    WriteMember(writer, key, *value);
    if (key == "imports") imports = *value;
  }
  if (imports > 0) {
    Result<int64_t> last = Count(db, "SELECT coalesce(max(finished_at), 0) FROM imports");
    if (!last) return Fail(last.error());
    WriteMember(writer, "last_import_at", FormatIso8601Ms(*last));
  }
  return document.Finish();
}

Result<std::string> CallsMethod(MethodContext& context, const Params& params) {
  Result<std::optional<std::string>> as_of_text = params.String("as_of");
  if (!as_of_text) return Fail(as_of_text.error());
  int64_t as_of = context.now_ms;
  if (*as_of_text) {
    Result<int64_t> parsed = ParseUserTime(**as_of_text);
    if (!parsed) return Fail(parsed.error());
    as_of = *parsed;
  }
  Result<std::vector<Call>> calls = BuildCallList(context.db, as_of, context.config.scoring);
  if (!calls) return Fail(calls.error());
  Document document;
  JsonWriter& writer = document.writer();
  WriteMember(writer, "as_of", FormatIso8601Ms(as_of));
  writer.Key("calls");
  writer.StartArray();
  for (const Call& call : *calls) {
    writer.StartObject();
    WriteMember(writer, "id", call.id);
    WriteMember(writer, "score", static_cast<int64_t>(call.score + 0.5));
    WriteMember(writer, "state", call.state);
    writer.Key("people");
    writer.StartArray();
    for (const std::string& person : call.people) writer.String(person.c_str());
    writer.EndArray();
    writer.Key("reasons");
    writer.StartArray();
    for (const Reason& reason : call.reasons) {
      writer.StartObject();
      WriteMember(writer, "code", reason.code);
      WriteMember(writer, "text", reason.text);
      writer.EndObject();
    }
    writer.EndArray();
    WriteMember(writer, "first_at", FormatIso8601Ms(call.first_at));
    WriteMember(writer, "last_at", FormatIso8601Ms(call.last_at));
    writer.Key("conversations");
    writer.StartArray();
    for (const CallConversation& conversation : call.conversations) {
      writer.StartObject();
      WriteMember(writer, "platform", conversation.platform);
      WriteMember(writer, "conversation_key", conversation.conversation_key);
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
  }
  writer.EndArray();
  return document.Finish();
}

Result<std::string> PeopleMethod(MethodContext& context, const Params& params) {
  Result<int> limit = Limit(params, 1000, 100000);
  if (!limit) return Fail(limit.error());
  Result<std::vector<PersonSummary>> people = People(context.db).List(*limit);
  if (!people) return Fail(people.error());
  Document document;
  document.writer().Key("people");
  document.writer().StartArray();
  for (const PersonSummary& person : *people) WritePerson(document.writer(), person);
  document.writer().EndArray();
  return document.Finish();
}

namespace {

// The person the `who` param names and their timeline (at most `limit`, default
// `default_limit`).
Result<std::pair<PersonSummary, std::vector<TimelineEntry>>> FindWithTimeline(
    People& people, const Params& params, int default_limit) {
  Result<std::string> who = params.RequiredString("who");
  if (!who) return Fail(who.error());
  Result<int> limit = Limit(params, default_limit, 100000);
  if (!limit) return Fail(limit.error());
  Result<PersonSummary> person = people.Find(*who);
  if (!person) return Fail(person.error());
  Result<std::vector<TimelineEntry>> timeline = people.Timeline(person->id, *limit);
  if (!timeline) return Fail(timeline.error());
  return std::make_pair(std::move(*person), std::move(*timeline));
}

}  // namespace

Result<std::string> PersonMethod(MethodContext& context, const Params& params) {
  People people(context.db);
  auto found = FindWithTimeline(people, params, 50);
  if (!found) return Fail(found.error());
  const auto& [person, timeline] = *found;
  Result<std::vector<MergeEvidence>> evidence = people.Evidence(person.id);
  if (!evidence) return Fail(evidence.error());
  Document document;
  JsonWriter& writer = document.writer();
  writer.Key("person");
  WritePerson(writer, person);
  WriteTimeline(writer, timeline);
  writer.Key("merges");
  writer.StartArray();
  for (const MergeEvidence& merge : *evidence) {
    writer.StartObject();
    WriteMember(writer, "kind", merge.kind);
    WriteMember(writer, "evidence", merge.evidence);
    WriteMember(writer, "a", merge.a);
    WriteMember(writer, "b", merge.b);
    writer.EndObject();
  }
  writer.EndArray();
  return document.Finish();
}

Result<std::string> TimelineMethod(MethodContext& context, const Params& params) {
  People people(context.db);
  auto found = FindWithTimeline(people, params, 200);
  if (!found) return Fail(found.error());
  const auto& [person, timeline] = *found;
  Document document;
  WriteMember(document.writer(), "person_id", person.id);
  WriteMember(document.writer(), "name", person.name);
  WriteTimeline(document.writer(), timeline);
  return document.Finish();
}

Result<std::string> SearchMethod(MethodContext& context, const Params& params) {
  Result<std::string> text = params.RequiredString("text");
  if (!text) return Fail(text.error());
  Result<int> limit = Limit(params, 50, 10000);
  if (!limit) return Fail(limit.error());
  Result<std::vector<SearchHit>> hits = Search(context.db, *text, *limit);
  if (!hits) return Fail(hits.error());
  Document document;
  JsonWriter& writer = document.writer();
  writer.Key("hits");
  writer.StartArray();
  for (const SearchHit& hit : *hits) {
    writer.StartObject();
    WriteMember(writer, "platform", hit.platform);
    WriteMember(writer, "kind", hit.kind);
    WriteMember(writer, "direction", hit.direction);
    WriteMember(writer, "conversation_key", hit.conversation_key);
    WriteMember(writer, "author", hit.author);
    WriteMember(writer, "occurred_at", FormatIso8601Ms(hit.occurred_at));
    WriteMember(writer, "snippet", hit.snippet);
    writer.EndObject();
  }
  writer.EndArray();
  return document.Finish();
}

Result<std::string> GraphMethod(MethodContext& context, const Params&) {
  Result<std::vector<Introduction>> introductions = Introductions(context.db);
  if (!introductions) return Fail(introductions.error());
  Document document;
  JsonWriter& writer = document.writer();
  writer.Key("introductions");
  writer.StartArray();
  for (const Introduction& intro : *introductions) {
    writer.StartObject();
    WriteMember(writer, "introducer", intro.introducer);
    WriteMember(writer, "introduced", intro.introduced);
    WriteMember(writer, "how", intro.how);
    WriteMember(writer, "at", TimeOrEmpty(intro.at));
    writer.EndObject();
  }
  writer.EndArray();
  return document.Finish();
}

}  // namespace touchpoint
