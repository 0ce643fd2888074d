#include "core/feature_store.h"

#include <algorithm>
#include <limits>
#include <string>

namespace touchpoint {
namespace {

// Store-state keys: how far each derived structure has caught up with the events table.
constexpr std::string_view kScoredThrough = "scored_through";
constexpr std::string_view kIndexedThrough = "indexed_through";

Result<int64_t> StateValue(Connection& db, std::string_view key) {
  return db.QueryInt("SELECT coalesce((SELECT value FROM store_state WHERE key = '" +
                     std::string(key) + "'), 0)");
}

Status SetStateToLastEvent(Connection& db, std::string_view key) {
  return db.Exec("INSERT INTO store_state(key, value) SELECT '" + std::string(key) +
                 "', coalesce(max(id), 0) FROM events WHERE true "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
}

std::string IdList(const std::vector<int64_t>& ids) {
  std::string list;
  for (int64_t id : ids) {
    if (!list.empty()) list += ',';
    list += std::to_string(id);
  }
  return list.empty() ? "0" : list;
}

// Runs `sql` (which selects one integer column) and returns the values.
Result<std::vector<int64_t>> Column(Connection& db, const std::string& sql) {
  Result<Statement> stmt = db.Prepare(sql);
  if (!stmt) return Fail(stmt.error());
  std::vector<int64_t> values;
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) return values;
    values.push_back(stmt->Int(0));
  }
}

void BindOptional(Statement& stmt, int index, const std::optional<int64_t>& value) {
  if (value) {
    stmt.Bind(index, *value);
  } else {
    stmt.BindNull(index);
  }
}

std::optional<int64_t> OptionalColumn(const Statement& stmt, int column) {
  if (stmt.IsNull(column)) return std::nullopt;
  return stmt.Int(column);
}

class Transaction {
 public:
  explicit Transaction(Connection& db) : db_(db) {}
  ~Transaction() {
    if (open_) db_.Exec("ROLLBACK");
  }
  Status Begin() {
    Status status = db_.Exec("BEGIN IMMEDIATE");
    open_ = status.ok();
    return status;
  }
  Status Commit() {
    Status status = db_.Exec("COMMIT");
    if (status.ok()) open_ = false;
    return status;
  }

 private:
  Connection& db_;
  bool open_ = false;
};

}  // namespace

Status FeatureStore::LoadOwners() {
  Result<std::vector<int64_t>> owners = Column(db_, "SELECT id FROM identities WHERE is_owner = 1");
  if (!owners) return owners.error();
  owner_ids_ = std::move(*owners);
  return Status::Ok();
}

Result<int64_t> FeatureStore::Refresh() {
  Transaction transaction(db_);
  if (Status status = transaction.Begin(); !status.ok()) return Fail(status);
  Result<int64_t> after = StateValue(db_, kScoredThrough);
  if (!after) return Fail(after.error());
  Result<std::vector<int64_t>> dirty = DirtyConversations(*after);
  if (!dirty) return Fail(dirty.error());
  Result<int64_t> count = RefreshConversations(*dirty);
  if (!count) return count;
  if (Status status = transaction.Commit(); !status.ok()) return Fail(status);
  return count;
}

Result<int64_t> FeatureStore::RescoreAll() {
  Transaction transaction(db_);
  if (Status status = transaction.Begin(); !status.ok()) return Fail(status);
  if (Status status = db_.Exec("DELETE FROM introductions; DELETE FROM conversation_features");
      !status.ok()) {
    return Fail(status);
  }
  Result<std::vector<int64_t>> all = Column(db_, "SELECT id FROM conversations ORDER BY id");
  if (!all) return Fail(all.error());
  Result<int64_t> count = RefreshConversations(*all);
  if (!count) return count;
  if (Status status = transaction.Commit(); !status.ok()) return Fail(status);
  return count;
}

Result<int64_t> FeatureStore::RefreshConversations(const std::vector<int64_t>& conversation_ids) {
  if (Status status = LoadOwners(); !status.ok()) return Fail(status);
  if (Status status = AssignPeople(); !status.ok()) return Fail(status);
  if (Status status = IndexText(); !status.ok()) return Fail(status);
  if (Status status = FindIntroductions(conversation_ids); !status.ok()) return Fail(status);
  for (int64_t id : conversation_ids) {
    Result<ConversationFeatures> features = Compute(id, std::nullopt);
    if (!features) return Fail(features.error());
    if (Status status = Save(*features); !status.ok()) return Fail(status);
  }
  if (Status status = SetStateToLastEvent(db_, kScoredThrough); !status.ok()) return Fail(status);
  return static_cast<int64_t>(conversation_ids.size());
}

Result<std::vector<int64_t>> FeatureStore::DirtyConversations(int64_t after_event_id) {
  // New events' conversations, and every conversation of the people they involve (their
  // first contact and cross-platform activity may have changed), including people of the
  // same name elsewhere, who count for cross-platform activity.
  const std::string after = std::to_string(after_event_id);
  return Column(db_, R"sql(
WITH new_events AS (SELECT id, conversation_id, author_id FROM events WHERE id > )sql" + after +
                         R"sql(),
touched AS (
  SELECT author_id AS identity_id FROM new_events
  UNION SELECT c.identity_id FROM event_counterparts c JOIN new_events n ON n.id = c.event_id),
people AS (
  SELECT i.id FROM identities i JOIN touched t ON t.identity_id = i.id WHERE i.is_owner = 0
  UNION SELECT o.id FROM identities o JOIN identities i ON o.person_id = i.person_id
   JOIN touched t ON t.identity_id = i.id WHERE i.is_owner = 0 AND o.is_owner = 0
  UNION SELECT o.id FROM identities o JOIN identities i ON lower(o.name) = lower(i.name)
   JOIN touched t ON t.identity_id = i.id
   WHERE i.is_owner = 0 AND o.is_owner = 0 AND i.name LIKE '% %' AND o.platform != i.platform)
SELECT conversation_id FROM new_events
UNION SELECT e.conversation_id FROM events e JOIN people p ON e.author_id = p.id
UNION SELECT e.conversation_id FROM event_counterparts c JOIN people p ON c.identity_id = p.id
  JOIN events e ON e.id = c.event_id
ORDER BY 1)sql");
}

Status FeatureStore::AssignPeople() {
  // Every identity of someone else is a person; identities that share an e-mail address or a
  // profile URL are one person, unless the user said never.
  Result<std::vector<int64_t>> unplaced =
      Column(db_, "SELECT id FROM identities WHERE person_id IS NULL AND is_owner = 0 ORDER BY id");
  if (!unplaced) return unplaced.error();
  Result<Statement> add_person = db_.Prepare(
      "INSERT INTO people(display_name, created_at) SELECT coalesce(name, handle, profile_url, "
      "email, user_id, ''), CAST(strftime('%s', 'now') AS INTEGER) * 1000 FROM identities "
      "WHERE id = ?1");
  Result<Statement> place = db_.Prepare("UPDATE identities SET person_id = ?2 WHERE id = ?1");
  if (!add_person) return add_person.error();
  if (!place) return place.error();
  for (int64_t identity : *unplaced) {
    add_person->Bind(1, identity);
    if (Status status = add_person->Run(); !status.ok()) return status;
    place->Bind(1, identity).Bind(2, db_.LastInsertRowid());
    if (Status status = place->Run(); !status.ok()) return status;
  }
  Result<Statement> pairs = db_.Prepare(R"sql(
SELECT a.id, b.id, a.person_id, b.person_id, 'same_email', 'both use ' || lower(a.email)
  FROM identities a JOIN identities b ON lower(a.email) = lower(b.email) AND a.id < b.id
 WHERE a.email IS NOT NULL AND a.person_id != b.person_id AND a.is_owner = 0 AND b.is_owner = 0
UNION ALL
SELECT a.id, b.id, a.person_id, b.person_id, 'same_profile_url', 'both are ' || a.profile_url
  FROM identities a JOIN identities b ON a.profile_url = b.profile_url AND a.id < b.id
 WHERE a.profile_url IS NOT NULL AND a.person_id != b.person_id AND a.is_owner = 0
   AND b.is_owner = 0)sql");
  if (!pairs) return pairs.error();
  struct Merge {
    int64_t a, b, keep, drop;
    std::string kind, evidence;
  };
  std::vector<Merge> merges;
  for (;;) {
    Result<bool> row = pairs->Step();
    if (!row) return row.error();
    if (!*row) break;
    merges.push_back({pairs->Int(0), pairs->Int(1), pairs->Int(2), pairs->Int(3),
                      std::string(pairs->Text(4)), std::string(pairs->Text(5))});
  }
  pairs->Reset();
  for (const Merge& merge : merges) {
    Result<int64_t> never = db_.QueryInt(
        "SELECT count(*) FROM identity_links WHERE kind = 'never' AND ((identity_a = " +
        std::to_string(merge.a) + " AND identity_b = " + std::to_string(merge.b) +
        ") OR (identity_a = " + std::to_string(merge.b) + " AND identity_b = " +
        std::to_string(merge.a) + "))");
    if (!never) return never.error();
    if (*never > 0) continue;
    Result<Statement> link = db_.Prepare(
        "INSERT OR IGNORE INTO identity_links(identity_a, identity_b, kind, evidence, created_at)"
        " VALUES (?1, ?2, ?3, ?4, CAST(strftime('%s', 'now') AS INTEGER) * 1000)");
    if (!link) return link.error();
    link->Bind(1, merge.a).Bind(2, merge.b).Bind(3, merge.kind).Bind(4, merge.evidence);
    if (Status s = link->Run(); !s.ok()) return s;
    // Re-read the people: an earlier merge in this loop may have moved them.
    if (Status s = db_.Exec(
            "UPDATE identities SET person_id = (SELECT person_id FROM identities WHERE id = " +
            std::to_string(merge.a) + ") WHERE person_id = (SELECT person_id FROM identities "
            "WHERE id = " + std::to_string(merge.b) + ")");
        !s.ok()) {
      return s;
    }
  }
  return db_.Exec("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM identities "
                  "WHERE person_id IS NOT NULL)");
}

Status FeatureStore::IndexText() {
  Result<int64_t> after = StateValue(db_, kIndexedThrough);
  if (!after) return after.error();
  Status status = db_.Exec("INSERT INTO events_fts(rowid, text) SELECT id, text FROM events "
                           "WHERE id > " + std::to_string(*after) + " AND text != ''");
  if (!status.ok()) return status;
  return SetStateToLastEvent(db_, kIndexedThrough);
}

Status FeatureStore::FindIntroductions(const std::vector<int64_t>& conversation_ids) {
  // For each person seen in these conversations and not yet placed: the first event they
  // appear in. If a known contact (someone with earlier history) wrote it, or wrote earlier in
  // the same conversation, that contact introduced them.
  const std::string owners = IdList(owner_ids_);
  const std::string sql = R"sql(
WITH candidates AS (
  SELECT DISTINCT e.author_id AS id FROM events e WHERE e.conversation_id IN ()sql" +
                          IdList(conversation_ids) + R"sql()
  UNION SELECT c.identity_id FROM event_counterparts c JOIN events e ON e.id = c.event_id
   WHERE e.conversation_id IN ()sql" + IdList(conversation_ids) + R"sql()),
firsts AS (
  SELECT x.id AS introduced,
         (SELECT id FROM (SELECT id, occurred_at FROM events WHERE author_id = x.id
                          UNION ALL
                          SELECT e.id, e.occurred_at FROM event_counterparts c
                            JOIN events e ON e.id = c.event_id WHERE c.identity_id = x.id)
           ORDER BY occurred_at, id LIMIT 1) AS first_event
    FROM candidates x
   WHERE x.id NOT IN ()sql" + owners + R"sql() AND x.id NOT IN (SELECT introduced_id FROM introductions))
SELECT f.introduced, k.author_id, k.id,
       CASE WHEN k.id = f.first_event THEN 'mentioned' ELSE 'thread' END, max(k.occurred_at)
  FROM firsts f JOIN events first ON first.id = f.first_event
  JOIN events k ON k.conversation_id = first.conversation_id AND k.occurred_at <= first.occurred_at
 WHERE k.author_id != f.introduced AND k.author_id NOT IN ()sql" + owners + R"sql()
   AND (EXISTS (SELECT 1 FROM events h WHERE h.author_id = k.author_id
                  AND h.occurred_at < k.occurred_at)
        OR EXISTS (SELECT 1 FROM event_counterparts c JOIN events h ON h.id = c.event_id
                    WHERE c.identity_id = k.author_id AND h.occurred_at < k.occurred_at))
 GROUP BY f.introduced)sql";
  Result<Statement> stmt = db_.Prepare(sql);
  if (!stmt) return stmt.error();
  Result<Statement> insert = db_.Prepare(
      "INSERT OR IGNORE INTO introductions(introduced_id, introducer_id, event_id, how) "
      "VALUES (?1, ?2, ?3, ?4)");
  if (!insert) return insert.error();
  struct Found {
    int64_t introduced, introducer, event;
    std::string how;
  };
  std::vector<Found> found;
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row) return row.error();
    if (!*row) break;
    found.push_back({stmt->Int(0), stmt->Int(1), stmt->Int(2), std::string(stmt->Text(3))});
  }
  for (const Found& f : found) {
    insert->Bind(1, f.introduced).Bind(2, f.introducer).Bind(3, f.event).Bind(4, f.how);
    if (Status status = insert->Run(); !status.ok()) return status;
  }
  return Status::Ok();
}

Result<ConversationFeatures> FeatureStore::Compute(int64_t conversation_id,
                                                   std::optional<int64_t> until_ms) {
  if (owner_ids_.empty()) {
    if (Status status = LoadOwners(); !status.ok()) return Fail(status);
  }
  const int64_t until = until_ms.value_or(std::numeric_limits<int64_t>::max());
  Result<Statement> events = db_.Prepare(
      "SELECT id, kind, direction, author_id, occurred_at, text FROM events "
      "WHERE conversation_id = ?1 AND occurred_at <= ?2 ORDER BY occurred_at, id");
  Result<Statement> counterparts = db_.Prepare(
      "SELECT c.event_id, c.identity_id FROM event_counterparts c JOIN events e "
      "ON e.id = c.event_id WHERE e.conversation_id = ?1 AND e.occurred_at <= ?2 "
      "ORDER BY c.event_id");
  if (!events) return Fail(events.error());
  if (!counterparts) return Fail(counterparts.error());
  std::vector<FeatureEvent> list;
  events->Bind(1, conversation_id).Bind(2, until);
  for (;;) {
    Result<bool> row = events->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    FeatureEvent event;
    event.id = events->Int(0);
    event.kind = ParseEventKind(events->Text(1)).value_or(EventKind::kPost);
    event.direction = ParseDirection(events->Text(2)).value_or(Direction::kOutbound);
    event.author_id = events->Int(3);
    event.occurred_at = events->Int(4);
    event.text = std::string(events->Text(5));
    list.push_back(std::move(event));
  }
  counterparts->Bind(1, conversation_id).Bind(2, until);
  for (;;) {
    Result<bool> row = counterparts->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    const int64_t event_id = counterparts->Int(0);
    auto event = std::find_if(list.begin(), list.end(),
                              [&](const FeatureEvent& e) { return e.id == event_id; });
    if (event != list.end()) event->counterpart_ids.push_back(counterparts->Int(1));
  }
  ConversationFeatures features =
      ComputeConversationFeatures(conversation_id, std::move(list), owner_ids_);
  if (features.counterpart_id == 0) return features;
  if (Status status = FillPersonContext(features, until_ms); !status.ok()) return Fail(status);
  return features;
}

Status FeatureStore::FillPersonContext(ConversationFeatures& f, std::optional<int64_t> until_ms) {
  const std::string until = std::to_string(until_ms.value_or(std::numeric_limits<int64_t>::max()));
  const std::string person =
      "(SELECT o.id FROM identities o WHERE o.id = " + std::to_string(f.counterpart_id) +
      " OR (o.person_id IS NOT NULL AND o.person_id = (SELECT person_id FROM identities WHERE id = " +
      std::to_string(f.counterpart_id) + ")))";
  const std::string conversation = std::to_string(f.conversation_id);
  const std::string burst = std::to_string(f.burst_at);
  Result<Statement> prior = db_.Prepare(
      "SELECT max(t) FROM (SELECT max(occurred_at) AS t FROM events WHERE author_id IN " + person +
      " AND occurred_at < " + burst + " AND conversation_id != " + conversation +
      " UNION ALL SELECT max(e.occurred_at) FROM event_counterparts c JOIN events e ON e.id = "
      "c.event_id WHERE c.identity_id IN " + person + " AND e.occurred_at < " + burst +
      " AND e.conversation_id != " + conversation + ")");
  if (!prior) return prior.error();
  if (Result<bool> row = prior->Step(); !row) return row.error();
  if (const std::optional<int64_t> other = OptionalColumn(*prior, 0)) {
    f.prior_contact_at = std::max(f.prior_contact_at.value_or(*other), *other);
  }
  if (f.last_inbound_at) {
    // The same person, or someone of the same full name, writing on another platform.
    Result<Statement> elsewhere = db_.Prepare(
        "SELECT e.occurred_at, e.platform FROM events e JOIN identities a ON a.id = e.author_id "
        "JOIN identities me ON me.id = " + std::to_string(f.counterpart_id) +
        " WHERE e.platform != me.platform AND e.direction = 'inbound' AND e.occurred_at <= " +
        until + " AND (e.author_id IN " + person +
        " OR (me.name LIKE '% %' AND lower(a.name) = lower(me.name)))"
        " ORDER BY abs(e.occurred_at - " + std::to_string(*f.last_inbound_at) + ") LIMIT 1");
    if (!elsewhere) return elsewhere.error();
    Result<bool> row = elsewhere->Step();
    if (!row) return row.error();
    if (*row) {
      f.other_platform_at = elsewhere->Int(0);
      f.other_platform = std::string(elsewhere->Text(1));
    }
  }
  Result<Statement> introduced = db_.Prepare(
      "SELECT i.introducer_id FROM introductions i JOIN events e ON e.id = i.event_id "
      "WHERE i.introduced_id IN " + person + " AND e.occurred_at <= " + until + " LIMIT 1");
  if (!introduced) return introduced.error();
  Result<bool> row = introduced->Step();
  if (!row) return row.error();
  if (*row) f.introduced_by = introduced->Int(0);
  return Status::Ok();
}

Status FeatureStore::Save(const ConversationFeatures& f) {
  Result<Statement> stmt = db_.Prepare(
      "INSERT OR REPLACE INTO conversation_features(conversation_id, counterpart_id, "
      "counterparts, first_at, burst_at, last_at, first_inbound_at, last_inbound_at, inbound, "
      "outbound, turns, reply_ms, asks, last_ask_at, owner_asks, substantive, negatives, "
      "max_addressed, prior_contact_at, other_platform_at, other_platform, introduced_by, "
      "template) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
      "?17, ?18, ?19, ?20, ?21, ?22, ?23)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, f.conversation_id);
  BindOptional(*stmt, 2, f.counterpart_id == 0 ? std::nullopt : std::optional(f.counterpart_id));
  stmt->Bind(3, int64_t{f.counterparts}).Bind(4, f.first_at).Bind(5, f.burst_at).Bind(6, f.last_at);
  BindOptional(*stmt, 7, f.first_inbound_at);
  BindOptional(*stmt, 8, f.last_inbound_at);
  stmt->Bind(9, int64_t{f.inbound}).Bind(10, int64_t{f.outbound}).Bind(11, int64_t{f.turns});
  BindOptional(*stmt, 12, f.reply_ms);
  stmt->Bind(13, int64_t{f.asks});
  BindOptional(*stmt, 14, f.last_ask_at);
  stmt->Bind(15, int64_t{f.owner_asks}).Bind(16, int64_t{f.substantive});
  stmt->Bind(17, int64_t{f.negatives}).Bind(18, int64_t{f.max_addressed});
  BindOptional(*stmt, 19, f.prior_contact_at);
  BindOptional(*stmt, 20, f.other_platform_at);
  stmt->BindOptional(21, f.other_platform);
  BindOptional(*stmt, 22, f.introduced_by);
  stmt->Bind(23, f.template_fingerprint);
  return stmt->Run();
}

}  // namespace touchpoint
