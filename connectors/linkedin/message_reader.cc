#include "connectors/linkedin/message_reader.h"

#include <optional>
#include <string>
#include <vector>

#include "connectors/common/html_to_text.h"
#include "connectors/common/profile_url.h"
#include "connectors/linkedin/dates.h"
#include "connectors/linkedin/natural_key.h"
#include "connectors/linkedin/people.h"

namespace touchpoint::linkedin {
namespace {

struct Columns {
  explicit Columns(const CsvTable& table)
      : conversation(table.Column("CONVERSATION ID")),
        from(table.Column("FROM")),
        sender(table.Column("SENDER PROFILE URL")),
        to(table.Column("TO")),
        recipients(table.Column("RECIPIENT PROFILE URLS")),
        date(table.Column("DATE")),
        subject(table.Column("SUBJECT")),
        content(table.Column("CONTENT")),
        folder(table.Column("FOLDER")),
        message_draft(table.Column("IS MESSAGE DRAFT")),
        conversation_draft(table.Column("IS CONVERSATION DRAFT")) {}

  std::optional<size_t> conversation, from, sender, to, recipients, date, subject, content, folder,
      message_draft, conversation_draft;
};

bool IsDraft(const CsvTable& table, const Columns& columns) {
  return table.FieldIs(columns.message_draft, "Yes") ||
         table.FieldIs(columns.conversation_draft, "Yes") ||
         table.FieldIs(columns.folder, "DRAFT") || table.FieldIs(columns.folder, "DRAFTS");
}

std::string MessageText(const CsvTable& table, const Columns& columns) {
  std::string text = HtmlToText(table.Field(columns.content));
  const std::string subject = HtmlToText(table.Field(columns.subject));
  if (subject.empty()) return text;
  return text.empty() ? subject : subject + "\n\n" + text;
}

// Everyone on the row but the owner, each once.
class People {
 public:
  explicit People(const Owner& owner) : owner_(owner) {}

  void Add(Identity person) {
    if (person.empty() || owner_.HasUrl(person.profile_url)) return;
    if (person.profile_url.empty() && owner_.HasName(person.name)) return;
    for (const Identity& known : people_) {
      const bool same = person.profile_url.empty()
                            ? known.profile_url.empty() && known.name == person.name
                            : known.profile_url == person.profile_url;
      if (same) return;
    }
    people_.push_back(std::move(person));
  }
  std::vector<Identity> Take() { return std::move(people_); }

 private:
  const Owner& owner_;
  std::vector<Identity> people_;
};

// The row's event; nullopt (after counting why) when the row is no message to store.
std::optional<Event> MessageEvent(const CsvTable& table, const Columns& columns, const Owner& owner,
                                  RepeatNumbering& repeats, EventSink& sink) {
  if (IsDraft(table, columns)) {
    sink.Skip("draft");
    return std::nullopt;
  }
  const std::string_view conversation = table.Field(columns.conversation);
  if (conversation.empty()) {
    sink.Skip("message without CONVERSATION ID");
    return std::nullopt;
  }
  Identity sender;
  sender.name = std::string(table.Field(columns.from));
  sender.profile_url = NormalizeProfileUrl(table.Field(columns.sender));
  if (sender.empty()) {
    sink.Skip("message without sender");
    return std::nullopt;
  }
  const std::optional<int64_t> occurred_at = ParseDateTimeMs(table.Field(columns.date));
  if (!occurred_at) {
    sink.Skip("message with unreadable DATE");
    return std::nullopt;
  }
  Event event;
  event.platform = "linkedin";
  event.kind = EventKind::kDm;
  event.conversation_key = std::string(conversation);
  event.occurred_at_ms = *occurred_at;
  event.text = MessageText(table, columns);
  event.source = table.path();
  if (table.FieldIs(columns.folder, "SPAM")) event.source += kSpamSourceSuffix;

  const std::string date = std::to_string(*occurred_at);
  const std::string sender_key =
      sender.profile_url.empty() ? "name:" + sender.name : sender.profile_url;
  event.external_id =
      repeats.Number(event.conversation_key + '\n' + date,
                     NaturalKey("li:msg:", {event.conversation_key, date, sender_key, event.text}));

  People people(owner);
  const bool outbound = owner.HasUrl(sender.profile_url);
  event.direction = outbound ? Direction::kOutbound : Direction::kInbound;
  if (outbound) {
    event.author = owner.identity();
  } else {
    event.author = sender;
    people.Add(std::move(sender));
  }
  for (Identity& recipient : Recipients(table.Field(columns.to), table.Field(columns.recipients))) {
    people.Add(std::move(recipient));
  }
  event.counterparts = people.Take();
  // Hidden members ("LinkedIn Member", no URL) are different people in different
  // conversations; a shared name would make them one identity everywhere.
  const auto keep_apart = [&](Identity& someone) {
    if (someone.profile_url.empty() && someone.name == "LinkedIn Member") {
      someone.name += " (" + event.conversation_key + ")";
    }
  };
  keep_apart(event.author);
  for (Identity& counterpart : event.counterparts) keep_apart(counterpart);
  return event;
}

}  // namespace

Status ReadMessages(CsvTable& table, const Owner& owner, EventSink& sink) {
  const Columns columns(table);
  RepeatNumbering repeats;
  for (;;) {
    Result<bool> row = table.Next();
    if (!row) return row.error();
    if (!*row) return Status::Ok();
    std::optional<Event> event = MessageEvent(table, columns, owner, repeats, sink);
    if (!event) continue;
    if (Status status = sink.Emit(std::move(*event)); !status.ok()) return status;
  }
}

}  // namespace touchpoint::linkedin
