#include "core/feature_store.h"

#include <algorithm>
#include <limits>
#include <string>
#include <tuple>
#include <unordered_map>

#include "core/referrals.h"

namespace touchpoint {
namespace {

// Store-state keys: how far each derived structure has caught up with the events table.
constexpr std::string_view kScoredThrough = "scored_through";
constexpr std::string_view kIndexedThrough = "indexed_through";
constexpr int64_t kForever = std::numeric_limits<int64_t>::max();
// The rules that turn messages into features: word lists, cues, signals. Raise it with any
// change to them, so that a database scored by an earlier touchpoint is rescored whole at the
// next refresh instead of mixing old and new features.
constexpr int64_t kFeaturesVersion = 9;
constexpr std::string_view kFeaturesVersionKey = "features_version";
// An introduction is made to a few people; a message to more (a broadcast, a podcast's guest
// list, a group blast) introduces nobody to anybody.
constexpr int kMaxIntroductionAudience = 6;

// Memory-maps the database file while a refresh runs: it reads most of the file, often more
// than once, and a mapped read costs no copy out of the kernel's page cache. The previous
// setting comes back afterwards, so a long-lived connection does not keep the file mapped.
// Failures only cost speed, so they are ignored.
class MappedReads {
 public:
  explicit MappedReads(Connection& db) : db_(db) {
    previous_ = db_.QueryInt("PRAGMA mmap_size").value_or(0);
    (void)db_.Exec("PRAGMA mmap_size=" + std::to_string(kMappedBytes));
  }
  ~MappedReads() { (void)db_.Exec("PRAGMA mmap_size=" + std::to_string(previous_)); }
  MappedReads(const MappedReads&) = delete;
  MappedReads& operator=(const MappedReads&) = delete;

 private:
  static constexpr int64_t kMappedBytes = int64_t{1} << 30;  // SQLite caps it at its maximum
  Connection& db_;
  int64_t previous_ = 0;
};

// Runs `stmt` (which selects one integer column) and returns the values.
Result<std::vector<int64_t>> Column(Statement& stmt) {
  std::vector<int64_t> values;
  for (;;) {
    Result<bool> row = stmt.Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    values.push_back(stmt.Int(0));
  }
  stmt.Reset();
  return values;
}

Result<std::vector<int64_t>> Column(Connection& db, std::string_view sql) {
  Result<Statement> stmt = db.Prepare(sql);
  if (!stmt) return Fail(stmt.error());
  return Column(*stmt);
}

void BindOptional(Statement& stmt, int index, const std::optional<int64_t>& value) {
  if (value) {
    stmt.Bind(index, *value);
  } else {
    stmt.BindNull(index);
  }
}

// Person context only matters where someone else wrote: nothing else can be flagged.
bool NeedsPersonContext(const ConversationFeatures& features) {
  return features.counterpart_id != 0 && features.inbound != 0;
}

}  // namespace

struct FeatureStore::Statements {
  Statement events;
  Statement counterparts;
  Statement save;
  std::optional<PersonHistoryReader> history;
};

FeatureStore::FeatureStore(Connection& db) : db_(db) {}
FeatureStore::~FeatureStore() = default;

Status FeatureStore::Prepare() {
  if (statements_) return Status::Ok();
  auto statements = std::make_unique<Statements>();
  const std::pair<Statement*, std::string> sql[] = {
      {&statements->events,
       "SELECT id, kind, direction, author_id, occurred_at, text, source LIKE '%#spam' "
       "FROM events "
       "WHERE conversation_id = ?1 AND occurred_at <= ?2 ORDER BY occurred_at, id"},
      {&statements->counterparts,
       "SELECT c.event_id, c.identity_id FROM event_counterparts c JOIN events e "
       "ON e.id = c.event_id WHERE e.conversation_id = ?1 AND e.occurred_at <= ?2"},
      {&statements->save,
       "INSERT OR REPLACE INTO conversation_features(conversation_id, counterpart_id, "
       "counterparts, first_at, burst_at, last_at, first_inbound_at, last_inbound_at, inbound, "
       "outbound, turns, reply_ms, asks, last_ask_at, owner_asks, substantive, negatives, "
       "max_addressed, prior_contact_at, other_platform_at, other_platform, introduced_by, "
       "template, outreach) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
       "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)"},
  };
  for (const auto& [statement, text] : sql) {
    Result<Statement> prepared = db_.Prepare(text);
    if (!prepared) return prepared.error();
    *statement = std::move(*prepared);
  }
  Result<PersonHistoryReader> history = PersonHistoryReader::Prepare(db_);
  if (!history) return history.error();
  statements->history.emplace(std::move(*history));
  Result<std::vector<int64_t>> owners = Column(db_, "SELECT id FROM identities WHERE is_owner = 1");
  if (!owners) return owners.error();
  owner_ids_ = std::move(*owners);
  statements_ = std::move(statements);
  // dirty: conversations to recompute; appeared: identities in new events.
  return db_.Exec(
      "CREATE TEMP TABLE IF NOT EXISTS dirty(conversation_id INTEGER PRIMARY KEY);"
      "CREATE TEMP TABLE IF NOT EXISTS appeared(identity_id INTEGER PRIMARY KEY)");
}

Result<bool> FeatureStore::Pending() {
  Result<int64_t> pending = db_.QueryInt(
      "SELECT (SELECT coalesce(max(id), 0) FROM events) != coalesce((SELECT value FROM "
      "store_state WHERE key = 'scored_through'), 0) OR EXISTS (SELECT 1 FROM rethreaded) OR "
      "coalesce((SELECT value FROM store_state WHERE key = 'people_changed'), 0) != 0 OR "
      "coalesce((SELECT value FROM store_state WHERE key = '" + std::string(kFeaturesVersionKey) +
      "'), 0) != " +
      std::to_string(kFeaturesVersion));
  if (!pending) return Fail(pending.error());
  return *pending != 0;
}

Result<int64_t> FeatureStore::Refresh() {
  // Most reads find nothing new: they take no write lock and do no work.
  Result<bool> pending = Pending();
  if (!pending) return Fail(pending.error());
  if (!*pending) return 0;
  MappedReads mapped(db_);
  Transaction transaction(db_);
  if (Status status = transaction.Begin(); !status.ok()) return Fail(status);
  if (Status status = Prepare(); !status.ok()) return Fail(status);
  Result<int64_t> version = CaughtUpThrough(db_, kFeaturesVersionKey);
  if (!version) return Fail(version.error());
  Result<int64_t> after = CaughtUpThrough(db_, kScoredThrough);
  if (!after) return Fail(after.error());
  const Status marked = *version == kFeaturesVersion ? MarkDirty(*after) : MarkAllDirty();
  if (!marked.ok()) return Fail(marked);
  Result<int64_t> count = RefreshDirty();
  if (!count) return count;
  if (Status status = transaction.Commit(); !status.ok()) return Fail(status);
  return count;
}

Result<int64_t> FeatureStore::RescoreAll() {
  MappedReads mapped(db_);
  Transaction transaction(db_);
  if (Status status = transaction.Begin(); !status.ok()) return Fail(status);
  if (Status status = Prepare(); !status.ok()) return Fail(status);
  if (Status status = MarkAllDirty(); !status.ok()) return Fail(status);
  Result<int64_t> count = RefreshDirty();
  if (!count) return count;
  if (Status status = transaction.Commit(); !status.ok()) return Fail(status);
  return count;
}

Status FeatureStore::MarkAllDirty() {
  return db_.Exec(
      "DELETE FROM introductions; DELETE FROM conversation_features; DELETE FROM dirty;"
      " INSERT INTO dirty SELECT id FROM conversations; DELETE FROM appeared;"
      " INSERT INTO appeared SELECT id FROM identities WHERE is_owner = 0;"
      " INSERT INTO store_state(key, value) VALUES ('" + std::string(kFeaturesVersionKey) + "', " +
      std::to_string(kFeaturesVersion) + ") ON CONFLICT(key) DO UPDATE SET value = excluded.value");
}

Result<int64_t> FeatureStore::RefreshDirty() {
  if (Status status = AssignPeople(); !status.ok()) return Fail(status);
  // Identities that changed person (a link, an unlink, a merge just made): every
  // conversation of their people, old and new, is rescored too.
  if (Status status = db_.Exec(R"sql(
CREATE TEMP TABLE IF NOT EXISTS moved(identity_id INTEGER PRIMARY KEY);
DELETE FROM moved;
INSERT INTO moved SELECT identity_id FROM people_touched;
INSERT OR IGNORE INTO moved
  SELECT o.id FROM people_touched t JOIN identities i ON i.id = t.identity_id
    JOIN identities o ON o.person_id = i.person_id;
INSERT OR IGNORE INTO dirty
  SELECT e.conversation_id FROM moved m JOIN events e ON e.author_id = m.identity_id
   WHERE e.direction = 'inbound'
  UNION SELECT e.conversation_id FROM moved m JOIN event_counterparts c
    ON c.identity_id = m.identity_id JOIN events e ON e.id = c.event_id
   WHERE e.direction = 'inbound';
DELETE FROM people_touched;
)sql");
      !status.ok()) {
    return Fail(status);
  }
  if (Status status = FindIntroductions(); !status.ok()) return Fail(status);
  // Only conversations where someone else wrote can be flagged; the owner's own posts and
  // replies (most of an archive) need no features.
  if (Status status = db_.Exec(
          "DELETE FROM conversation_features WHERE conversation_id IN (SELECT conversation_id "
          "FROM dirty) AND conversation_id NOT IN (SELECT DISTINCT e.conversation_id FROM dirty "
          "d JOIN events e ON e.conversation_id = d.conversation_id WHERE e.direction = "
          "'inbound')");
      !status.ok()) {
    return Fail(status);
  }
  Result<std::vector<int64_t>> dirty = Column(
      db_, "SELECT DISTINCT d.conversation_id FROM dirty d JOIN events e ON e.conversation_id = "
           "d.conversation_id WHERE e.direction = 'inbound' ORDER BY 1");
  if (!dirty) return Fail(dirty.error());
  Result<std::vector<ConversationFeatures>> computed = ComputeMany(*dirty, std::nullopt);
  if (!computed) return Fail(computed.error());
  for (const ConversationFeatures& features : *computed) {
    if (Status status = Save(features); !status.ok()) return Fail(status);
  }
  if (Status status = MarkCaughtUp(db_, kScoredThrough); !status.ok()) return Fail(status);
  if (Status status = db_.Exec("DELETE FROM dirty; DELETE FROM rethreaded; UPDATE store_state "
                               "SET value = 0 WHERE key = 'people_changed'");
      !status.ok()) {
    return Fail(status);
  }
  return static_cast<int64_t>(dirty->size());
}

Status FeatureStore::MarkDirty(int64_t after_event_id) {
  // New events' conversations, and every conversation of the people they involve (their
  // first contact and cross-platform activity may have changed), including people of the
  // same full name on other platforms. Only conversations where someone else wrote get
  // features, so only those are marked. Events that threading moved (table rethreaded)
  // count as new, and the conversations they left are marked too.
  const std::string after = std::to_string(after_event_id);
  const std::string appeared = R"sql(
DELETE FROM dirty;
DELETE FROM appeared;
INSERT OR IGNORE INTO appeared
  SELECT e.author_id FROM events e JOIN identities i ON i.id = e.author_id
   WHERE e.id > )sql" + after + R"sql( AND i.is_owner = 0
  UNION SELECT c.identity_id FROM event_counterparts c JOIN identities i ON i.id = c.identity_id
   WHERE c.event_id > )sql" + after + R"sql( AND i.is_owner = 0
  UNION SELECT e.author_id FROM rethreaded r JOIN events e ON e.id = r.event_id
    JOIN identities i ON i.id = e.author_id WHERE i.is_owner = 0
  UNION SELECT c.identity_id FROM rethreaded r JOIN event_counterparts c ON c.event_id = r.event_id
    JOIN identities i ON i.id = c.identity_id WHERE i.is_owner = 0;
)sql";
  if (after_event_id == 0) {
    // Nothing was scored yet, so every event is new: its first arm below already marks every
    // conversation where someone else wrote, and nothing else has features to correct.
    return db_.Exec(appeared +
                    "INSERT INTO dirty SELECT DISTINCT conversation_id FROM events "
                    "WHERE direction = 'inbound'");
  }
  return db_.Exec(appeared + R"sql(
CREATE TEMP TABLE IF NOT EXISTS touched(identity_id INTEGER PRIMARY KEY);
DELETE FROM touched;
INSERT INTO touched SELECT identity_id FROM appeared;
INSERT OR IGNORE INTO touched
  SELECT o.id FROM touched t JOIN identities i ON i.id = t.identity_id
    JOIN identities o ON o.person_id = i.person_id WHERE o.is_owner = 0
  UNION SELECT o.id FROM touched t JOIN identities i ON i.id = t.identity_id
    JOIN identities o ON lower(o.name) = lower(i.name)
   WHERE i.name LIKE '% %' AND o.platform != i.platform AND o.is_owner = 0;
INSERT OR IGNORE INTO dirty
  SELECT conversation_id FROM events WHERE id > )sql" + after + R"sql( AND direction = 'inbound'
  UNION SELECT e.conversation_id FROM rethreaded r JOIN events e ON e.id = r.event_id
  UNION SELECT r.from_conversation_id FROM rethreaded r
   WHERE r.from_conversation_id IN (SELECT id FROM conversations)
  UNION SELECT e.conversation_id FROM touched t JOIN events e ON e.author_id = t.identity_id
   WHERE e.direction = 'inbound'
  UNION SELECT e.conversation_id FROM touched t JOIN event_counterparts c
    ON c.identity_id = t.identity_id JOIN events e ON e.id = c.event_id
   WHERE e.direction = 'inbound';
)sql");
}

Status FeatureStore::AssignPeople() {
  // Every identity of someone else is a person.
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
  // Identities that share an e-mail address or a profile URL are one person, unless the user
  // said never. Each merge records its evidence.
  Result<Statement> pairs = db_.Prepare(R"sql(
SELECT a.id, b.id, 'same_email', 'both use ' || lower(a.email)
  FROM identities a JOIN identities b ON lower(a.email) = lower(b.email) AND a.id < b.id
 WHERE a.email IS NOT NULL AND b.email IS NOT NULL AND a.person_id != b.person_id
   AND a.is_owner = 0 AND b.is_owner = 0
UNION ALL
SELECT a.id, b.id, 'same_profile_url', 'both are ' || a.profile_url
  FROM identities a JOIN identities b ON a.profile_url = b.profile_url AND a.id < b.id
 WHERE a.profile_url IS NOT NULL AND b.profile_url IS NOT NULL AND a.person_id != b.person_id
   AND a.is_owner = 0
   AND b.is_owner = 0)sql");
  Result<Statement> never = db_.Prepare(
      "SELECT count(*) FROM identity_links WHERE kind = 'never' AND "
      "((identity_a = ?1 AND identity_b = ?2) OR (identity_a = ?2 AND identity_b = ?1))");
  Result<Statement> link = db_.Prepare(
      "INSERT OR IGNORE INTO identity_links(identity_a, identity_b, kind, evidence, created_at)"
      " VALUES (?1, ?2, ?3, ?4, CAST(strftime('%s', 'now') AS INTEGER) * 1000)");
  Result<Statement> merge = db_.Prepare(
      "UPDATE identities SET person_id = (SELECT person_id FROM identities WHERE id = ?1) "
      "WHERE person_id = (SELECT person_id FROM identities WHERE id = ?2)");
  if (!pairs) return pairs.error();
  if (!never) return never.error();
  if (!link) return link.error();
  if (!merge) return merge.error();
  struct Pair {
    int64_t a, b;
    std::string kind, evidence;
  };
  std::vector<Pair> found;
  while (true) {
    Result<bool> row = pairs->Step();
    if (!row) return row.error();
    if (!*row) break;
    found.push_back({pairs->Int(0), pairs->Int(1), std::string(pairs->Text(2)),
                     std::string(pairs->Text(3))});
  }
  pairs->Reset();
  // Merges apply in a fixed order (e-mail pairs first, then by identity ids) whatever index
  // the query used, so the surviving person ids do not depend on the plan.
  std::stable_sort(found.begin(), found.end(), [](const Pair& x, const Pair& y) {
    return std::tie(x.kind, x.a, x.b) < std::tie(y.kind, y.a, y.b);
  });
  for (const Pair& pair : found) {
    never->Bind(1, pair.a).Bind(2, pair.b);
    Result<bool> row = never->Step();
    if (!row) return row.error();
    const bool forbidden = never->Int(0) > 0;
    never->Reset();
    if (forbidden) continue;
    link->Bind(1, pair.a).Bind(2, pair.b).Bind(3, pair.kind).Bind(4, pair.evidence);
    if (Status status = link->Run(); !status.ok()) return status;
    merge->Bind(1, pair.a).Bind(2, pair.b);
    if (Status status = merge->Run(); !status.ok()) return status;
  }
  return db_.Exec("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM identities "
                  "WHERE person_id IS NOT NULL)");
}

Status FeatureStore::IndexText() {
  if (Status status = Prepare(); !status.ok()) return status;
  Result<int64_t> after = CaughtUpThrough(db_, kIndexedThrough);
  if (!after) return after.error();
  // Nothing new: return without writing, so that searching stays a read.
  Result<int64_t> last = db_.QueryInt("SELECT coalesce(max(id), 0) FROM events");
  if (!last) return last.error();
  if (*last <= *after) return Status::Ok();
  Status status = db_.Exec("INSERT INTO events_fts(rowid, text) SELECT id, text FROM events "
                           "WHERE id > " + std::to_string(*after) + " AND text != ''");
  if (!status.ok()) return status;
  return MarkCaughtUp(db_, kIndexedThrough);
}

Status FeatureStore::FindIntroductions() {
  // For each person who appears in a new event (only their first appearance can have moved)
  // and has no introducer yet: the first event they appear in. If a known contact (someone with earlier history) wrote it, or wrote earlier in
  // the same conversation, that contact introduced them.
  // Materialized first: as a CTE the correlated "first event" subquery ran once per use.
  Status status = db_.Exec(R"sql(
CREATE TEMP TABLE IF NOT EXISTS first_seen(identity_id INTEGER PRIMARY KEY, event_id INTEGER);
DELETE FROM first_seen;
INSERT INTO first_seen
WITH candidates AS (SELECT identity_id AS id FROM appeared)
SELECT x.id,
       (SELECT id FROM (SELECT id, occurred_at FROM events WHERE author_id = x.id
                        UNION ALL
                        SELECT e.id, e.occurred_at FROM event_counterparts c
                          JOIN events e ON e.id = c.event_id WHERE c.identity_id = x.id)
         ORDER BY occurred_at, id LIMIT 1)
  FROM candidates x JOIN identities i ON i.id = x.id
 WHERE i.is_owner = 0 AND x.id NOT IN (SELECT introduced_id FROM introductions);
)sql");
  if (!status.ok()) return status;
  // An inbound event's author is never the owner; filtering on direction first keeps the
  // "known contact" checks away from the owner's (many) events.
  Result<Statement> stmt = db_.Prepare(std::string(R"sql(
SELECT f.identity_id, k.author_id, k.id,
       CASE WHEN k.id = f.event_id THEN 'mentioned' ELSE 'thread' END, max(k.occurred_at)
  FROM first_seen f JOIN events first ON first.id = f.event_id
  JOIN events k ON k.conversation_id = first.conversation_id AND k.occurred_at <= first.occurred_at
 WHERE k.direction = 'inbound' AND k.author_id != f.identity_id
   AND (SELECT count(*) FROM event_counterparts a WHERE a.event_id = k.id) <= )sql" +
                                               std::to_string(kMaxIntroductionAudience) + R"sql(
   AND (EXISTS (SELECT 1 FROM events h WHERE h.author_id = k.author_id
                  AND h.occurred_at < k.occurred_at)
        OR EXISTS (SELECT 1 FROM event_counterparts c JOIN events h ON h.id = c.event_id
                    WHERE c.identity_id = k.author_id AND h.occurred_at < k.occurred_at))
 GROUP BY f.identity_id)sql"));
  if (!stmt) return stmt.error();
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
  Result<Statement> insert = db_.Prepare(
      "INSERT OR IGNORE INTO introductions(introduced_id, introducer_id, event_id, how) "
      "VALUES (?1, ?2, ?3, ?4)");
  if (!insert) return insert.error();
  for (const Found& f : found) {
    insert->Bind(1, f.introduced).Bind(2, f.introducer).Bind(3, f.event).Bind(4, f.how);
    if (Status status = insert->Run(); !status.ok()) return status;
  }
  return FindNamedReferrals(db_);
}

Result<ConversationFeatures> FeatureStore::Compute(int64_t conversation_id,
                                                   std::optional<int64_t> until_ms) {
  Result<std::vector<ConversationFeatures>> features = ComputeMany({conversation_id}, until_ms);
  if (!features) return Fail(features.error());
  return std::move(features->front());
}

Result<std::vector<ConversationFeatures>> FeatureStore::ComputeMany(
    const std::vector<int64_t>& conversation_ids, std::optional<int64_t> until_ms) {
  if (Status status = Prepare(); !status.ok()) return Fail(status);
  const int64_t until = until_ms.value_or(kForever);
  std::vector<ConversationFeatures> computed;
  computed.reserve(conversation_ids.size());
  for (int64_t id : conversation_ids) {
    Result<ConversationFeatures> features = ComputeOwn(id, until);
    if (!features) return Fail(features.error());
    computed.push_back(std::move(*features));
  }
  // Person context, one history read per counterpart for all of their conversations.
  std::vector<ConversationFeatures*> by_counterpart;
  for (ConversationFeatures& features : computed) {
    if (NeedsPersonContext(features)) by_counterpart.push_back(&features);
  }
  std::stable_sort(by_counterpart.begin(), by_counterpart.end(),
                   [](const ConversationFeatures* a, const ConversationFeatures* b) {
                     return a->counterpart_id < b->counterpart_id;
                   });
  std::optional<PersonHistory> history;
  for (ConversationFeatures* features : by_counterpart) {
    if (!history || history->identity_id != features->counterpart_id) {
      Result<PersonHistory> read = statements_->history->Read(features->counterpart_id, until);
      if (!read) return Fail(read.error());
      history = std::move(*read);
    }
    history->Apply(*features, until);
  }
  return computed;
}

Result<ConversationFeatures> FeatureStore::ComputeOwn(int64_t conversation_id, int64_t until) {
  Statement& events = statements_->events;
  std::vector<FeatureEvent> list;
  std::unordered_map<int64_t, size_t> by_id;
  events.Bind(1, conversation_id).Bind(2, until);
  for (;;) {
    Result<bool> row = events.Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    FeatureEvent event;
    event.id = events.Int(0);
    event.kind = ParseEventKind(events.Text(1)).value_or(EventKind::kPost);
    event.direction = ParseDirection(events.Text(2)).value_or(Direction::kOutbound);
    event.author_id = events.Int(3);
    event.occurred_at = events.Int(4);
    event.text = std::string(events.Text(5));
    event.spam = events.Int(6) != 0;
    by_id.emplace(event.id, list.size());
    list.push_back(std::move(event));
  }
  events.Reset();
  Statement& counterparts = statements_->counterparts;
  counterparts.Bind(1, conversation_id).Bind(2, until);
  for (;;) {
    Result<bool> row = counterparts.Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    if (auto at = by_id.find(counterparts.Int(0)); at != by_id.end()) {
      list[at->second].counterpart_ids.push_back(counterparts.Int(1));
    }
  }
  counterparts.Reset();
  return ComputeConversationFeatures(conversation_id, std::move(list), owner_ids_);
}

Status FeatureStore::Save(const ConversationFeatures& f) {
  Statement& stmt = statements_->save;
  stmt.Bind(1, f.conversation_id);
  BindOptional(stmt, 2, f.counterpart_id == 0 ? std::nullopt : std::optional(f.counterpart_id));
  stmt.Bind(3, int64_t{f.counterparts}).Bind(4, f.first_at).Bind(5, f.burst_at).Bind(6, f.last_at);
  BindOptional(stmt, 7, f.first_inbound_at);
  BindOptional(stmt, 8, f.last_inbound_at);
  stmt.Bind(9, int64_t{f.inbound}).Bind(10, int64_t{f.outbound}).Bind(11, int64_t{f.turns});
  BindOptional(stmt, 12, f.reply_ms);
  stmt.Bind(13, int64_t{f.asks});
  BindOptional(stmt, 14, f.last_ask_at);
  stmt.Bind(15, int64_t{f.owner_asks}).Bind(16, int64_t{f.substantive});
  stmt.Bind(17, int64_t{f.negatives}).Bind(18, int64_t{f.max_addressed});
  BindOptional(stmt, 19, f.prior_contact_at);
  BindOptional(stmt, 20, f.other_platform_at);
  stmt.BindOptional(21, f.other_platform);
  BindOptional(stmt, 22, f.introduced_by);
  stmt.Bind(23, f.template_fingerprint).Bind(24, int64_t{f.outreach});
  return stmt.Run();
}

Result<bool> FeaturesBehind(Connection& db) {
  Result<int64_t> version = CaughtUpThrough(db, kFeaturesVersionKey);
  if (!version) return Fail(version.error());
  if (*version != kFeaturesVersion) return true;
  Result<int64_t> last = db.QueryInt("SELECT coalesce(max(id), 0) FROM events");
  if (!last) return Fail(last.error());
  for (std::string_view key : {kScoredThrough, kIndexedThrough}) {
    Result<int64_t> through = CaughtUpThrough(db, key);
    if (!through) return Fail(through.error());
    if (*through < *last) return true;
  }
  return false;
}

}  // namespace touchpoint
