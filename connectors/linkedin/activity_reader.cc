#include "connectors/linkedin/activity_reader.h"

#include <string>

#include "connectors/common/html_to_text.h"
#include "connectors/common/profile_url.h"
#include "connectors/linkedin/dates.h"
#include "connectors/linkedin/natural_key.h"
#include "connectors/linkedin/people.h"
#include "connectors/linkedin/text.h"

namespace touchpoint::linkedin {
namespace {

constexpr std::string_view kPlatform = "linkedin";

// What identifies a person in a natural key: the name, stable across header eras, or the URL
// when there is no name.
std::string PersonKey(const Identity& person) {
  return person.name.empty() ? person.profile_url : AsciiLowered(person.name);
}

std::string Role(std::string_view position, std::string_view company) {
  if (position.empty()) return std::string(company);
  if (company.empty()) return std::string(position);
  return std::string(position) + " at " + std::string(company);
}

// Reads rows until the end, handing each to `read`, which emits or skips it.
template <typename ReadRow>
Status ForEachRow(CsvTable& table, ReadRow read) {
  for (;;) {
    Result<bool> row = table.Next();
    if (!row) return row.error();
    if (!*row) return Status::Ok();
    if (Status status = read(); !status.ok()) return status;
  }
}

}  // namespace

Status ReadConnections(CsvTable& table, const Owner& owner, EventSink& sink) {
  const auto first = table.Column("First Name"), last = table.Column("Last Name");
  const auto url = table.Column("URL"), email = table.Column("Email Address");
  const auto company = table.Column("Company"), position = table.Column("Position");
  const auto connected_on = table.Column("Connected On");
  return ForEachRow(table, [&]() -> Status {
    Identity person;
    person.name = FullName(table.Field(first), table.Field(last));
    person.profile_url = NormalizeProfileUrl(table.Field(url));
    if (person.name.empty() && person.profile_url.empty()) {
      sink.Skip("connection without name or URL (hidden profile)");
      return Status::Ok();
    }
    person.email = std::string(table.Field(email));
    const std::optional<int64_t> occurred_at = ParseConnectedOnMs(table.Field(connected_on));
    if (!occurred_at) {
      sink.Skip("connection with unreadable Connected On");
      return Status::Ok();
    }
    Event event;
    event.platform = kPlatform;
    event.external_id = NaturalKey("li:conn:", {PersonKey(person), std::to_string(*occurred_at)});
    event.kind = EventKind::kConnection;
    event.direction = Direction::kOutbound;
    event.conversation_key = event.external_id;
    event.author = owner.identity();
    event.counterparts.push_back(std::move(person));
    event.occurred_at_ms = *occurred_at;
    event.text = Role(table.Field(position), table.Field(company));
    event.source = table.path();
    return sink.Emit(std::move(event));
  });
}

Status ReadInvitations(CsvTable& table, const Owner& owner, EventSink& sink) {
  const auto from = table.Column("From"), to = table.Column("To");
  const auto sent_at = table.Column("Sent At"), message = table.Column("Message");
  const auto direction = table.Column("Direction");
  const auto inviter = table.Column("inviterProfileUrl");
  const auto invitee = table.Column("inviteeProfileUrl");
  return ForEachRow(table, [&]() -> Status {
    const bool outbound = table.FieldIs(direction, "OUTGOING");
    if (!outbound && !table.FieldIs(direction, "INCOMING")) {
      sink.Skip("invitation with unknown Direction");
      return Status::Ok();
    }
    Identity other;
    other.name = std::string(table.Field(outbound ? to : from));
    other.profile_url = NormalizeProfileUrl(table.Field(outbound ? invitee : inviter));
    if (other.empty()) {
      sink.Skip("invitation without the other person");
      return Status::Ok();
    }
    const std::optional<int64_t> occurred_at = ParseInvitationSentAtMs(table.Field(sent_at));
    if (!occurred_at) {
      sink.Skip("invitation with unreadable Sent At");
      return Status::Ok();
    }
    Event event;
    event.platform = kPlatform;
    event.external_id = NaturalKey(
        "li:inv:", {outbound ? "out" : "in", std::to_string(*occurred_at), PersonKey(other)});
    event.kind = EventKind::kInvitation;
    event.direction = outbound ? Direction::kOutbound : Direction::kInbound;
    event.conversation_key = event.external_id;
    event.author = outbound ? owner.identity() : other;
    event.counterparts.push_back(std::move(other));
    event.occurred_at_ms = *occurred_at;
    event.text = HtmlToText(table.Field(message));
    event.source = table.path();
    return sink.Emit(std::move(event));
  });
}

Status ReadComments(CsvTable& table, const Owner& owner, EventSink& sink) {
  const auto date = table.Column("Date"), link = table.Column("Link");
  const auto message = table.Column("Message");
  RepeatNumbering repeats;
  return ForEachRow(table, [&]() -> Status {
    if (table.Field(date).empty()) {
      sink.Skip("comment without Date");
      return Status::Ok();
    }
    const std::optional<int64_t> occurred_at = ParseDateTimeMs(table.Field(date));
    if (!occurred_at) {
      sink.Skip("comment with unreadable Date");
      return Status::Ok();
    }
    Event event;
    event.platform = kPlatform;
    event.kind = EventKind::kComment;
    event.direction = Direction::kOutbound;
    event.author = owner.identity();
    event.occurred_at_ms = *occurred_at;
    event.text = HtmlToText(table.Field(message));
    event.source = table.path();
    const std::string post(table.Field(link));
    const std::string when = std::to_string(*occurred_at);
    event.external_id =
        repeats.Number(post + '\n' + when, NaturalKey("li:cmt:", {when, post, event.text}));
    event.conversation_key = post.empty() ? event.external_id : post;
    return sink.Emit(std::move(event));
  });
}

}  // namespace touchpoint::linkedin
