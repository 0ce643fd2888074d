#include <cstdio>

#include "cli/commands.h"
#include "service/json_writer.h"
#include "connectors/common/timestamp.h"
#include "core/store.h"

namespace touchpoint::cli {
namespace {

constexpr std::string_view kEventsSql =
    "SELECT e.id, e.platform, e.external_id, e.kind, e.direction, c.conversation_key,"
    " e.parent_id, a.user_id, a.handle, a.name, e.occurred_at, e.text "
    "FROM events e JOIN conversations c ON c.id = e.conversation_id"
    " JOIN identities a ON a.id = e.author_id "
    "ORDER BY e.occurred_at, e.platform, e.external_id";

constexpr std::string_view kCounterpartsSql =
    "SELECT i.user_id, i.handle, i.name FROM event_counterparts ec"
    " JOIN identities i ON i.id = ec.identity_id WHERE ec.event_id = ?1 ORDER BY i.id";

void WriteNullable(JsonWriter& writer, std::string_view key, const Statement& row, int column) {
  writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  if (row.IsNull(column)) {
    writer.Null();
  } else {
    const std::string_view text = row.Text(column);
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  }
}

// {id, handle, name} from three consecutive columns.
void WritePerson(JsonWriter& writer, const Statement& row, int first_column) {
  writer.StartObject();
  WriteNullable(writer, "id", row, first_column);
  WriteNullable(writer, "handle", row, first_column + 1);
  WriteNullable(writer, "name", row, first_column + 2);
  writer.EndObject();
}

}  // namespace

int RunExport(const GlobalOptions& options) {
  Result<Store> store = OpenExisting(options);
  if (!store) return ReportError(store.error());
  Connection& db = store->connection();
  Result<Statement> events = db.Prepare(kEventsSql);
  Result<Statement> counterparts = db.Prepare(kCounterpartsSql);
  if (!events) return ReportError(events.error());
  if (!counterparts) return ReportError(counterparts.error());
  // One consistent snapshot even if an import commits meanwhile.
  if (Status status = db.Exec("BEGIN"); !status.ok()) return ReportError(status);

  rapidjson::StringBuffer buffer;
  for (;;) {
    Result<bool> row = events->Step();
    if (!row) return ReportError(row.error());
    if (!*row) break;
    buffer.Clear();
    JsonWriter writer(buffer);
    writer.StartObject();
    WriteNullable(writer, "platform", *events, 1);
    WriteNullable(writer, "external_id", *events, 2);
    WriteNullable(writer, "kind", *events, 3);
    WriteNullable(writer, "direction", *events, 4);
    WriteNullable(writer, "conversation_key", *events, 5);
    WriteNullable(writer, "parent_id", *events, 6);
    writer.Key("author");
    WritePerson(writer, *events, 7);
    writer.Key("counterparts");
    writer.StartArray();
    counterparts->Bind(1, events->Int(0));
    for (;;) {
      Result<bool> person = counterparts->Step();
      if (!person) return ReportError(person.error());
      if (!*person) break;
      WritePerson(writer, *counterparts, 0);
    }
    counterparts->Reset();
    writer.EndArray();
    WriteMember(writer, "occurred_at", FormatIso8601Ms(events->Int(10)));
    WriteNullable(writer, "text", *events, 11);
    writer.EndObject();
    std::fwrite(buffer.GetString(), 1, buffer.GetSize(), stdout);
    std::fputc('\n', stdout);
  }
  db.Exec("COMMIT");
  if (std::fflush(stdout) != 0) {
    return ReportError(Status(StatusCode::kIoError, "writing the export to stdout failed"));
  }
  return 0;
}

}  // namespace touchpoint::cli
