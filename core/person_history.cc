#include "core/person_history.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace touchpoint {
namespace {

// The identities of a person: `?1` itself and every identity sharing its person.
constexpr std::string_view kMembers =
    "SELECT m.id FROM identities m WHERE m.id = ?1 OR (m.person_id IS NOT NULL AND "
    "m.person_id = (SELECT person_id FROM identities WHERE id = ?1))";

// ?1 identity, ?2 until.
std::string ContactsSql() {
  const std::string members(kMembers);
  return "SELECT occurred_at, conversation_id FROM events WHERE author_id IN (" + members +
         ") AND occurred_at <= ?2 UNION ALL SELECT e.occurred_at, e.conversation_id FROM "
         "event_counterparts c JOIN events e ON e.id = c.event_id WHERE c.identity_id IN (" +
         members + ") AND e.occurred_at <= ?2";
}

// ?1 identity, ?2 until. The same person, or someone of the same full name, writing on
// another platform. An event's author is an identity of the event's platform, so authors on
// ?1's own platform are left out before their events are read.
std::string ElsewhereSql() {
  return "SELECT e.occurred_at, e.author_id, e.id, e.platform, e.text FROM identities me, "
         "events e "
         "WHERE me.id = ?1 AND e.platform != me.platform AND e.direction = 'inbound' "
         "AND e.occurred_at <= ?2 AND e.author_id IN (SELECT a.id FROM identities a WHERE "
         "a.platform != me.platform AND a.id IN (" +
         std::string(kMembers) +
         " UNION SELECT t.id FROM identities t WHERE me.name LIKE '% %' "
         "AND lower(t.name) = lower(me.name) AND t.is_owner = 0))";
}

// ?1 identity, ?2 until.
std::string IntroductionsSql() {
  return "SELECT i.introducer_id, e.occurred_at FROM introductions i JOIN events e ON "
         "e.id = i.event_id WHERE i.introduced_id IN (" +
         std::string(kMembers) + ") AND e.occurred_at <= ?2 ORDER BY i.introduced_id";
}

}  // namespace

void PersonHistory::Apply(ConversationFeatures& f, int64_t until) const {
  auto end = std::lower_bound(contacts.begin(), contacts.end(), f.burst_at,
                              [](const Contact& c, int64_t at) { return c.at < at; });
  // Someone first seen less than a month before this run is new however many threads they
  // opened: an invitation, then a message two days later, is one first contact.
  const bool new_person = !contacts.empty() && f.burst_at - contacts.front().at < kBurstGapMs;
  while (!new_person && end != contacts.begin()) {
    --end;
    if (end->conversation_id == f.conversation_id) continue;
    f.prior_contact_at = std::max(f.prior_contact_at.value_or(end->at), end->at);
    break;
  }

  const int64_t near = f.last_inbound_at.value_or(0);
  const Elsewhere* best = nullptr;
  auto key = [near](const Elsewhere& e) {
    return std::make_tuple(std::llabs(e.at - near), e.author_id, e.event_id);
  };
  for (const Elsewhere& e : elsewhere) {
    if (e.at > until) continue;
    if (best == nullptr || key(e) < key(*best)) best = &e;
  }
  if (best != nullptr) {
    f.other_platform_at = best->at;
    f.other_platform = best->platform;
    // Who they are and how it ended carries over from the other platform.
    f.negatives |= NegativesFromElsewhere(best->text, best->at > f.last_inbound_at.value_or(0),
                                          f.asks != 0);
    f.outreach |= OutreachFromElsewhere(best->text);
    // A person who writes twice words it twice; the same text pasted on two platforms is
    // outreach sent everywhere.
    if (SameWording(f.template_fingerprint, TemplateFingerprint(best->text))) {
      f.negatives |= kNegTemplate;
    }
  }

  for (const auto& [introducer, at] : introductions) {
    if (at > until) continue;
    f.introduced_by = introducer;
    break;
  }
}

struct PersonHistoryReader::Statements {
  Statement contacts;
  Statement elsewhere;
  Statement introductions;
};

PersonHistoryReader::PersonHistoryReader(std::unique_ptr<Statements> statements)
    : statements_(std::move(statements)) {}
PersonHistoryReader::PersonHistoryReader(PersonHistoryReader&&) noexcept = default;
PersonHistoryReader& PersonHistoryReader::operator=(PersonHistoryReader&&) noexcept = default;
PersonHistoryReader::~PersonHistoryReader() = default;

Result<PersonHistoryReader> PersonHistoryReader::Prepare(Connection& db) {
  auto statements = std::make_unique<Statements>();
  const std::pair<Statement*, std::string> sql[] = {
      {&statements->contacts, ContactsSql()},
      {&statements->elsewhere, ElsewhereSql()},
      {&statements->introductions, IntroductionsSql()},
  };
  for (const auto& [statement, text] : sql) {
    Result<Statement> prepared = db.Prepare(text);
    if (!prepared) return Fail(prepared.error());
    *statement = std::move(*prepared);
  }
  return PersonHistoryReader(std::move(statements));
}

Result<PersonHistory> PersonHistoryReader::Read(int64_t identity_id, int64_t until) {
  PersonHistory history;
  history.identity_id = identity_id;
  Statement& contacts = statements_->contacts;
  contacts.Bind(1, identity_id).Bind(2, until);
  for (;;) {
    Result<bool> row = contacts.Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    history.contacts.push_back({contacts.Int(0), contacts.Int(1)});
  }
  contacts.Reset();
  std::sort(
      history.contacts.begin(), history.contacts.end(),
      [](const PersonHistory::Contact& a, const PersonHistory::Contact& b) { return a.at < b.at; });

  Statement& elsewhere = statements_->elsewhere;
  elsewhere.Bind(1, identity_id).Bind(2, until);
  for (;;) {
    Result<bool> row = elsewhere.Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    history.elsewhere.push_back(
        {elsewhere.Int(0), elsewhere.Int(1), elsewhere.Int(2), std::string(elsewhere.Text(3)),
         std::string(elsewhere.Text(4))});
  }
  elsewhere.Reset();

  Statement& introductions = statements_->introductions;
  introductions.Bind(1, identity_id).Bind(2, until);
  for (;;) {
    Result<bool> row = introductions.Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    history.introductions.emplace_back(introductions.Int(0), introductions.Int(1));
  }
  introductions.Reset();
  return history;
}

}  // namespace touchpoint
