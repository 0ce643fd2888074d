#include <cstdio>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "connectors/common/timestamp.h"
#include "core/people.h"

namespace touchpoint::cli {
namespace {

std::string Day(int64_t ms) { return ms == 0 ? "-" : FormatIso8601Ms(ms).substr(0, 10); }

std::string IdentityLabel(const PersonIdentity& identity) {
  std::string label = identity.platform + " ";
  if (!identity.handle.empty()) return label + "@" + identity.handle;
  if (!identity.profile_url.empty()) return label + identity.profile_url;
  if (!identity.name.empty()) return label + identity.name;
  return label + identity.user_id;
}

void WritePerson(JsonWriter& writer, const PersonSummary& person) {
  writer.StartObject();
  WriteMember(writer, "id", person.id);
  WriteMember(writer, "name", person.name);
  WriteMember(writer, "events", person.events);
  WriteMember(writer, "first_at", person.first_at ? FormatIso8601Ms(person.first_at) : "");
  WriteMember(writer, "last_at", person.last_at ? FormatIso8601Ms(person.last_at) : "");
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

}  // namespace

int RunPeople(const GlobalOptions& options) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  if (Status status = CatchUp(*store); !status.ok()) return ReportError(status);
  Result<std::vector<PersonSummary>> people = People(store->connection()).List(1000);
  if (!people) return ReportError(people.error());
  if (options.json) {
    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    BeginDocument(writer);
    writer.Key("people");
    writer.StartArray();
    for (const PersonSummary& person : *people) WritePerson(writer, person);
    writer.EndArray();
    writer.EndObject();
    PrintDocument(buffer);
    return 0;
  }
  for (const PersonSummary& person : *people) {
    std::string identities;
    for (const PersonIdentity& identity : person.identities) {
      identities += (identities.empty() ? "" : ", ") + IdentityLabel(identity);
    }
    std::printf("%-6lld %-28.28s %5lld  %s .. %s  %s\n", static_cast<long long>(person.id),
                person.name.c_str(), static_cast<long long>(person.events),
                Day(person.first_at).c_str(), Day(person.last_at).c_str(), identities.c_str());
  }
  return 0;
}

int RunPerson(const GlobalOptions& options, const std::string& reference, bool why) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  if (Status status = CatchUp(*store); !status.ok()) return ReportError(status);
  People people(store->connection());
  Result<PersonSummary> person = people.Find(reference);
  if (!person) return ReportError(person.error());
  Result<std::vector<TimelineEntry>> timeline = people.Timeline(person->id, 50);
  if (!timeline) return ReportError(timeline.error());
  Result<std::vector<MergeEvidence>> evidence = people.Evidence(person->id);
  if (!evidence) return ReportError(evidence.error());
  if (options.json) {
    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    BeginDocument(writer);
    writer.Key("person");
    WritePerson(writer, *person);
    writer.Key("timeline");
    writer.StartArray();
    for (const TimelineEntry& entry : *timeline) {
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
    writer.EndObject();
    PrintDocument(buffer);
    return 0;
  }
  std::printf("#%lld %s\n", static_cast<long long>(person->id), person->name.c_str());
  for (const PersonIdentity& identity : person->identities) {
    std::printf("  %s\n", IdentityLabel(identity).c_str());
  }
  std::printf("  first touchpoint %s, last %s, %lld events\n", Day(person->first_at).c_str(),
              Day(person->last_at).c_str(), static_cast<long long>(person->events));
  if (!person->introduced_by.empty()) {
    std::printf("  introduced by %s\n", person->introduced_by.c_str());
  }
  if (why) {
    std::printf("  why these identities are one person:\n");
    if (evidence->empty()) std::printf("    one identity, nothing merged\n");
    for (const MergeEvidence& merge : *evidence) {
      std::printf("    %s ~ %s: %s (%s)\n", merge.a.c_str(), merge.b.c_str(), merge.evidence.c_str(),
                  merge.kind.c_str());
    }
  }
  std::printf("  timeline:\n");
  for (const TimelineEntry& entry : *timeline) {
    std::printf("    %s %-8s %-7s %-8s %.80s\n", FormatIso8601Ms(entry.occurred_at).substr(0, 16).c_str(),
                entry.platform.c_str(), entry.kind.c_str(), entry.direction.c_str(),
                entry.text.c_str());
  }
  return 0;
}

int RunSearch(const GlobalOptions& options, const std::string& query) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  if (Status status = CatchUp(*store); !status.ok()) return ReportError(status);
  Result<std::vector<SearchHit>> hits = Search(store->connection(), query, 50);
  if (!hits) return ReportError(hits.error());
  if (options.json) {
    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    BeginDocument(writer);
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
    writer.EndObject();
    PrintDocument(buffer);
    return 0;
  }
  for (const SearchHit& hit : *hits) {
    std::printf("%s %-8s %-20.20s %s\n", FormatIso8601Ms(hit.occurred_at).substr(0, 10).c_str(),
                hit.platform.c_str(), hit.author.c_str(), hit.snippet.c_str());
  }
  return 0;
}

int RunGraph(const GlobalOptions& options) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  if (Status status = CatchUp(*store); !status.ok()) return ReportError(status);
  Result<std::vector<Introduction>> introductions = Introductions(store->connection());
  if (!introductions) return ReportError(introductions.error());
  const auto quote = [](const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    return out + "\"";
  };
  std::printf("digraph introductions {\n  rankdir=LR;\n");
  for (const Introduction& intro : *introductions) {
    std::printf("  %s -> %s [label=%s];\n", quote(intro.introducer).c_str(),
                quote(intro.introduced).c_str(),
                quote(intro.how + " " + Day(intro.at)).c_str());
  }
  std::printf("}\n");
  return 0;
}

int RunLink(const GlobalOptions& options, const std::string& a, const std::string& b, bool link) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  if (Status status = CatchUp(*store); !status.ok()) return ReportError(status);
  People people(store->connection());
  const Status status = link ? people.Link(a, b, NowMs()) : people.Unlink(a, b, NowMs());
  return status.ok() ? 0 : ReportError(status);
}

}  // namespace touchpoint::cli
