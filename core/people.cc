#include "core/people.h"

#include <algorithm>

#include "core/feature_store.h"

namespace touchpoint {
namespace {

constexpr std::string_view kLabel =
    "coalesce('@' || i.handle, i.name, i.profile_url, i.email, i.user_id, '?')";

Status Run(Connection& db, std::string_view sql, std::initializer_list<int64_t> values) {
  Result<Statement> stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  int index = 1;
  for (int64_t value : values) stmt->Bind(index++, value);
  return stmt->Run();
}

}  // namespace

Result<int64_t> People::ResolveIdentity(const std::string& reference) {
  // "@handle", a user id, a profile URL, an e-mail, "platform:key", "#12" or a name.
  std::string sql =
      "SELECT i.id FROM identities i WHERE i.is_owner = 0 AND (lower(i.handle) = lower(?1) "
      "OR lower('@' || i.handle) = lower(?1) OR i.user_id = ?1 OR i.profile_url = ?1 OR lower(i.email) = "
      "lower(?1) OR i.platform || ':' || i.key = ?1 OR '#' || i.id = ?1 OR lower(i.name) = "
      "lower(?1)) ORDER BY i.id";
  Result<Statement> stmt = db_.Prepare(sql);
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, reference);
  std::vector<int64_t> ids;
  while (true) {
    Result<bool> row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    ids.push_back(stmt->Int(0));
  }
  if (ids.empty()) return Fail(StatusCode::kNoInput, "nobody known as '" + reference + "'");
  if (ids.size() > 1) {
    std::string list;
    for (int64_t id : ids) list += (list.empty() ? "#" : ", #") + std::to_string(id);
    return Fail(StatusCode::kUsage, "'" + reference + "' names several identities (" + list +
                                        "); use one of those ids, e.g. '#" +
                                        std::to_string(ids.front()) + "'");
  }
  return ids.front();
}

Result<PersonSummary> People::Load(int64_t person_id) {
  PersonSummary person;
  person.id = person_id;
  Result<Statement> identities = db_.Prepare(
      "SELECT id, platform, coalesce(user_id, ''), coalesce(handle, ''), coalesce(name, ''), "
      "coalesce(profile_url, ''), coalesce(email, '') FROM identities WHERE person_id = ?1 "
      "ORDER BY platform, id");
  if (!identities) return Fail(identities.error());
  identities->Bind(1, person_id);
  while (true) {
    Result<bool> row = identities->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    person.identities.push_back({identities->Int(0), std::string(identities->Text(1)),
                                 std::string(identities->Text(2)), std::string(identities->Text(3)),
                                 std::string(identities->Text(4)), std::string(identities->Text(5)),
                                 std::string(identities->Text(6))});
  }
  if (person.identities.empty()) {
    return Fail(StatusCode::kNoInput, "no person #" + std::to_string(person_id));
  }
  Result<Statement> name = db_.Prepare("SELECT display_name FROM people WHERE id = ?1");
  if (!name) return Fail(name.error());
  name->Bind(1, person_id);
  if (name->Step().value_or(false)) person.name = std::string(name->Text(0));
  Result<Statement> span = db_.Prepare(
      "SELECT count(*), coalesce(min(occurred_at), 0), coalesce(max(occurred_at), 0) FROM ("
      "SELECT e.occurred_at FROM events e JOIN identities i ON i.id = e.author_id "
      "WHERE i.person_id = ?1 UNION ALL SELECT e.occurred_at FROM event_counterparts c "
      "JOIN identities i ON i.id = c.identity_id JOIN events e ON e.id = c.event_id "
      "WHERE i.person_id = ?1 AND e.author_id != c.identity_id)");
  if (!span) return Fail(span.error());
  span->Bind(1, person_id);
  if (span->Step().value_or(false)) {
    person.events = span->Int(0);
    person.first_at = span->Int(1);
    person.last_at = span->Int(2);
  }
  Result<Statement> intro = db_.Prepare(
      "SELECT " + std::string(kLabel) + " FROM introductions n JOIN identities x ON x.id = "
      "n.introduced_id JOIN identities i ON i.id = n.introducer_id WHERE x.person_id = ?1 "
      "LIMIT 1");
  if (!intro) return Fail(intro.error());
  intro->Bind(1, person_id);
  if (intro->Step().value_or(false)) person.introduced_by = std::string(intro->Text(0));
  return person;
}

Result<std::vector<PersonSummary>> People::List(int limit) {
  Result<Statement> stmt = db_.Prepare(
      "SELECT p.id FROM people p LEFT JOIN (SELECT i.person_id AS id, max(e.occurred_at) AS "
      "last FROM events e JOIN identities i ON i.id = e.author_id WHERE i.is_owner = 0 "
      "GROUP BY i.person_id) a ON a.id = p.id ORDER BY a.last DESC NULLS LAST, p.id LIMIT ?1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, int64_t{limit});
  std::vector<int64_t> ids;
  while (stmt->Step().value_or(false)) ids.push_back(stmt->Int(0));
  std::vector<PersonSummary> people;
  for (int64_t id : ids) {
    Result<PersonSummary> person = Load(id);
    if (!person) return Fail(person.error());
    people.push_back(std::move(*person));
  }
  return people;
}

Result<PersonSummary> People::Find(const std::string& reference) {
  // A number is a person id, or else a platform's user id: X names DM participants by user
  // id alone, so such a person's only name is a number.
  if (!reference.empty() && reference.size() <= 18 &&
      std::all_of(reference.begin(), reference.end(), ::isdigit)) {
    Result<PersonSummary> person = Load(std::stoll(reference));
    if (person || person.error().code() != StatusCode::kNoInput) return person;
  }
  Result<int64_t> identity = ResolveIdentity(reference);
  if (!identity) return Fail(identity.error());
  Result<int64_t> person =
      db_.QueryInt("SELECT coalesce(person_id, 0) FROM identities WHERE id = " +
                   std::to_string(*identity));
  if (!person) return Fail(person.error());
  return Load(*person);
}

Result<std::vector<TimelineEntry>> People::Timeline(int64_t person_id, int limit) {
  Result<Statement> stmt = db_.Prepare(
      "SELECT e.platform, e.kind, e.direction, c.conversation_key, e.text, e.occurred_at "
      "FROM events e JOIN conversations c ON c.id = e.conversation_id WHERE e.id IN ("
      "SELECT e.id FROM events e JOIN identities i ON i.id = e.author_id WHERE i.person_id = ?1 "
      "UNION SELECT c.event_id FROM event_counterparts c JOIN identities i ON i.id = "
      "c.identity_id WHERE i.person_id = ?1) ORDER BY e.occurred_at DESC LIMIT ?2");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, person_id).Bind(2, int64_t{limit});
  std::vector<TimelineEntry> entries;
  while (true) {
    Result<bool> row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    entries.push_back({std::string(stmt->Text(0)), std::string(stmt->Text(1)),
                       std::string(stmt->Text(2)), std::string(stmt->Text(3)),
                       std::string(stmt->Text(4)), stmt->Int(5)});
  }
  return entries;
}

Result<std::vector<MergeEvidence>> People::Evidence(int64_t person_id) {
  Result<Statement> stmt = db_.Prepare(
      "SELECT l.kind, l.evidence, coalesce('@' || a.handle, a.name, a.profile_url, a.user_id), "
      "coalesce('@' || b.handle, b.name, b.profile_url, b.user_id) FROM identity_links l "
      "JOIN identities a ON a.id = l.identity_a JOIN identities b ON b.id = l.identity_b "
      "WHERE a.person_id = ?1 OR b.person_id = ?1 ORDER BY l.created_at");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, person_id);
  std::vector<MergeEvidence> evidence;
  while (stmt->Step().value_or(false)) {
    evidence.push_back({std::string(stmt->Text(0)), std::string(stmt->Text(1)),
                        std::string(stmt->Text(2)), std::string(stmt->Text(3))});
  }
  return evidence;
}

Status People::Link(const std::string& a, const std::string& b, int64_t now_ms) {
  Result<int64_t> first = ResolveIdentity(a);
  if (!first) return first.error();
  Result<int64_t> second = ResolveIdentity(b);
  if (!second) return second.error();
  if (*first == *second) return Status(StatusCode::kUsage, "'" + a + "' and '" + b + "' are the same");
  Transaction transaction(db_);
  if (Status s = transaction.Begin(); !s.ok()) return s;
  Result<Statement> link = db_.Prepare(
      "INSERT OR REPLACE INTO identity_links(identity_a, identity_b, kind, evidence, created_at) "
      "VALUES (?1, ?2, 'user_link', 'linked by you', ?3)");
  Status status = link ? link->Bind(1, *first).Bind(2, *second).Bind(3, now_ms).Run() : link.error();
  if (status.ok()) {
    status = Run(db_, "DELETE FROM identity_links WHERE kind = 'never' AND ((identity_a = ?1 AND "
                      "identity_b = ?2) OR (identity_a = ?2 AND identity_b = ?1))",
                 {*first, *second});
  }
  if (status.ok()) {
    status = Run(db_, "UPDATE identities SET person_id = (SELECT person_id FROM identities WHERE "
                      "id = ?1) WHERE person_id = (SELECT person_id FROM identities WHERE id = ?2)",
                 {*first, *second});
  }
  if (status.ok()) {
    status = db_.Exec("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM identities "
                      "WHERE person_id IS NOT NULL)");
  }
  return status.ok() ? transaction.Commit() : status;
}

Status People::Unlink(const std::string& a, const std::string& b, int64_t now_ms) {
  Result<int64_t> first = ResolveIdentity(a);
  if (!first) return first.error();
  Result<int64_t> second = ResolveIdentity(b);
  if (!second) return second.error();
  Transaction transaction(db_);
  if (Status s = transaction.Begin(); !s.ok()) return s;
  Result<Statement> never = db_.Prepare(
      "INSERT OR REPLACE INTO identity_links(identity_a, identity_b, kind, evidence, created_at) "
      "VALUES (?1, ?2, 'never', 'kept apart by you', ?3)");
  Status status = never ? never->Bind(1, *first).Bind(2, *second).Bind(3, now_ms).Run()
                        : never.error();
  if (status.ok()) {
    status = Run(db_, "DELETE FROM identity_links WHERE kind != 'never' AND ((identity_a = ?1 "
                      "AND identity_b = ?2) OR (identity_a = ?2 AND identity_b = ?1))",
                 {*first, *second});
  }
  // The second identity becomes a person of its own again (if it shared the first's).
  if (status.ok()) {
    status = Run(db_, "INSERT INTO people(display_name, created_at) SELECT coalesce(name, handle, "
                      "profile_url, email, user_id, ''), ?2 FROM identities WHERE id = ?1 AND "
                      "person_id = (SELECT person_id FROM identities WHERE id = ?3)",
                 {*second, now_ms, *first});
  }
  if (status.ok() && db_.Changes() > 0) {
    status = Run(db_, "UPDATE identities SET person_id = ?2 WHERE id = ?1",
                 {*second, db_.LastInsertRowid()});
  }
  return status.ok() ? transaction.Commit() : status;
}

Result<std::vector<SearchHit>> Search(Connection& db, const std::string& query, int limit) {
  if (Status status = FeatureStore(db).IndexText(); !status.ok()) return Fail(status);
  Result<Statement> stmt = db.Prepare(
      "SELECT e.platform, e.kind, e.direction, c.conversation_key, " + std::string(kLabel) +
      ", snippet(events_fts, 0, '[', ']', '…', 12), e.occurred_at FROM events_fts "
      "JOIN events e ON e.id = events_fts.rowid JOIN conversations c ON c.id = e.conversation_id "
      "JOIN identities i ON i.id = e.author_id WHERE events_fts MATCH ?1 ORDER BY rank LIMIT ?2");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, query).Bind(2, int64_t{limit});
  std::vector<SearchHit> hits;
  while (true) {
    Result<bool> row = stmt->Step();
    if (!row) {
      return Fail(StatusCode::kUsage, "search '" + query + "': " + row.error().message());
    }
    if (!*row) break;
    hits.push_back({std::string(stmt->Text(0)), std::string(stmt->Text(1)),
                    std::string(stmt->Text(2)), std::string(stmt->Text(3)),
                    std::string(stmt->Text(4)), std::string(stmt->Text(5)), stmt->Int(6)});
  }
  return hits;
}

Result<std::vector<Introduction>> Introductions(Connection& db) {
  Result<Statement> stmt = db.Prepare(
      "SELECT " + std::string(kLabel) + ", coalesce('@' || x.handle, x.name, x.profile_url, "
      "x.user_id, '?'), n.how, e.occurred_at FROM introductions n JOIN identities i ON i.id = "
      "n.introducer_id JOIN identities x ON x.id = n.introduced_id JOIN events e ON e.id = "
      "n.event_id ORDER BY e.occurred_at");
  if (!stmt) return Fail(stmt.error());
  std::vector<Introduction> list;
  while (stmt->Step().value_or(false)) {
    list.push_back({std::string(stmt->Text(0)), std::string(stmt->Text(1)),
                    std::string(stmt->Text(2)), stmt->Int(3)});
  }
  return list;
}

}  // namespace touchpoint
