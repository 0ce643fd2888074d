#include "core/sqlite_import_session.h"

#include <vector>

#include "core/identity_key.h"

namespace touchpoint {
namespace {

// Caches are cleared past this many entries so memory stays flat on huge archives; a miss
// costs one indexed upsert.
constexpr size_t kMaxCachedKeys = 50000;

constexpr std::string_view kUpsertIdentity =
    "INSERT INTO identities(platform, key, user_id, handle, name, profile_url, email, strength,"
    " is_owner) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
    "ON CONFLICT(platform, key) DO UPDATE SET user_id = coalesce(excluded.user_id, user_id),"
    " handle = coalesce(excluded.handle, handle), name = coalesce(excluded.name, name),"
    " profile_url = coalesce(excluded.profile_url, profile_url),"
    " email = coalesce(excluded.email, email), is_owner = max(is_owner, excluded.is_owner) "
    "RETURNING id, coalesce(user_id, ''), coalesce(handle, ''), coalesce(name, ''),"
    " coalesce(profile_url, ''), coalesce(email, '')";

constexpr std::string_view kUpsertConversation =
    "INSERT INTO conversations(platform, conversation_key) VALUES (?1, ?2) "
    "ON CONFLICT(platform, conversation_key) DO UPDATE SET platform = excluded.platform "
    "RETURNING id";

constexpr std::string_view kInsertEvent =
    "INSERT INTO events(platform, external_id, kind, direction, conversation_id, parent_id,"
    " author_id, occurred_at, text, source, import_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
    "ON CONFLICT(platform, external_id) DO NOTHING";

constexpr std::string_view kInsertCounterpart =
    "INSERT OR IGNORE INTO event_counterparts(event_id, identity_id) VALUES (?1, ?2)";

constexpr std::string_view kInsertParticipant =
    "INSERT OR IGNORE INTO conversation_participants(conversation_id, identity_id) "
    "VALUES (?1, ?2)";

// A reply whose parent is stored joins the conversation of its topmost stored ancestor. Only
// events added by this import are walked; `depth` bounds cycles in corrupt data.
constexpr std::string_view kThreadReplies = R"sql(
CREATE TEMP TABLE IF NOT EXISTS rethread(event_id INTEGER PRIMARY KEY, old_conversation INTEGER,
                                         new_conversation INTEGER);
DELETE FROM rethread;
INSERT INTO rethread
WITH RECURSIVE up(event_id, conversation_id, parent_id, platform, depth) AS (
  SELECT id, conversation_id, parent_id, platform, 0 FROM events
   WHERE id >= :first AND parent_id IS NOT NULL
  UNION ALL
  SELECT up.event_id, p.conversation_id, p.parent_id, p.platform, up.depth + 1
    FROM up JOIN events p ON p.platform = up.platform AND p.external_id = up.parent_id
   WHERE up.depth < 500
)
SELECT up.event_id, e.conversation_id, up.conversation_id
  FROM (SELECT event_id, conversation_id, max(depth) FROM up GROUP BY event_id) AS up
  JOIN events e ON e.id = up.event_id
 WHERE e.conversation_id != up.conversation_id;
UPDATE events SET conversation_id = r.new_conversation FROM rethread r WHERE events.id = r.event_id;
INSERT OR IGNORE INTO conversation_participants(conversation_id, identity_id)
  SELECT r.new_conversation, e.author_id FROM rethread r JOIN events e ON e.id = r.event_id
  UNION
  SELECT r.new_conversation, c.identity_id FROM rethread r
    JOIN event_counterparts c ON c.event_id = r.event_id;
DELETE FROM conversations WHERE id IN (SELECT old_conversation FROM rethread)
  AND NOT EXISTS (SELECT 1 FROM events WHERE events.conversation_id = conversations.id);
)sql";

}  // namespace

struct SqliteImportSession::Statements {
  Statement upsert_identity;
  Statement upsert_conversation;
  Statement insert_event;
  Statement insert_counterpart;
  Statement insert_participant;
};

SqliteImportSession::SqliteImportSession(Connection& connection) : db_(connection) {}

SqliteImportSession::~SqliteImportSession() {
  if (open_) db_.Exec("ROLLBACK");
}

Result<std::unique_ptr<ImportSession>> SqliteImportSession::Begin(Connection& connection,
                                                                  const ImportSource& source) {
  std::unique_ptr<SqliteImportSession> session(new SqliteImportSession(connection));
  if (Status status = session->Prepare(source); !status.ok()) return Fail(status);
  return std::unique_ptr<ImportSession>(std::move(session));
}

Status SqliteImportSession::Prepare(const ImportSource& source) {
  auto statements = std::make_unique<Statements>();
  const std::pair<Statement*, std::string_view> sql[] = {
      {&statements->upsert_identity, kUpsertIdentity},
      {&statements->upsert_conversation, kUpsertConversation},
      {&statements->insert_event, kInsertEvent},
      {&statements->insert_counterpart, kInsertCounterpart},
      {&statements->insert_participant, kInsertParticipant},
  };
  for (const auto& [statement, text] : sql) {
    Result<Statement> prepared = db_.Prepare(text);
    if (!prepared) return prepared.error();
    *statement = std::move(*prepared);
  }
  statements_ = std::move(statements);

  if (Status status = db_.Exec("BEGIN IMMEDIATE"); !status.ok()) {
    return status.WithContext(db_.path().string() + ": starting the import");
  }
  open_ = true;
  Result<int64_t> last_event = db_.QueryInt("SELECT coalesce(max(id), 0) FROM events");
  if (!last_event) return last_event.error();
  first_new_event_id_ = *last_event + 1;

  Result<Statement> insert = db_.Prepare(
      "INSERT INTO imports(source, content_hash, platform, started_at, finished_at, status,"
      " events_read, events_added, events_present, events_skipped, report)"
      " VALUES (?1, ?2, ?3, 0, 0, 'partial', 0, 0, 0, 0, '{}')");
  if (!insert) return insert.error();
  insert->Bind(1, source.name).Bind(2, source.content_hash).Bind(3, source.platform);
  if (Status status = insert->Run(); !status.ok()) return status;
  import_id_ = db_.LastInsertRowid();
  return Status::Ok();
}

Result<int64_t> SqliteImportSession::IdentityId(std::string_view platform,
                                                const Identity& identity, bool is_owner) {
  std::string cache_key(platform);
  cache_key += '\x1f';
  cache_key += IdentityKey(identity);
  auto cached = identities_.find(cache_key);
  // A cached identity needs a write only when this event tells something new about it.
  if (cached != identities_.end() && !is_owner) {
    const Identity& known = cached->second.fields;
    const bool adds = (!identity.user_id.empty() && identity.user_id != known.user_id) ||
                      (!identity.handle.empty() && identity.handle != known.handle) ||
                      (!identity.name.empty() && identity.name != known.name) ||
                      (!identity.profile_url.empty() && identity.profile_url != known.profile_url) ||
                      (!identity.email.empty() && identity.email != known.email);
    if (!adds) return cached->second.id;
  }
  Statement& upsert = statements_->upsert_identity;
  upsert.Bind(1, platform)
      .Bind(2, cache_key.substr(platform.size() + 1))
      .BindOptional(3, identity.user_id)
      .BindOptional(4, identity.handle)
      .BindOptional(5, identity.name)
      .BindOptional(6, identity.profile_url)
      .BindOptional(7, identity.email)
      .Bind(8, static_cast<int64_t>(StrengthOf(identity)))
      .Bind(9, int64_t{is_owner ? 1 : 0});
  Result<bool> row = upsert.Step();
  if (!row) return Fail(row.error());
  KnownIdentity known;
  known.id = upsert.Int(0);
  known.fields = {std::string(upsert.Text(1)), std::string(upsert.Text(2)),
                  std::string(upsert.Text(3)), std::string(upsert.Text(4)),
                  std::string(upsert.Text(5))};
  upsert.Reset();
  if (identities_.size() >= kMaxCachedKeys) identities_.clear();
  const int64_t id = known.id;
  identities_.insert_or_assign(std::move(cache_key), std::move(known));
  return id;
}

Result<int64_t> SqliteImportSession::ConversationId(std::string_view platform,
                                                    std::string_view key) {
  std::string cache_key(platform);
  cache_key += '\x1f';
  cache_key += key;
  if (auto cached = conversations_.find(cache_key); cached != conversations_.end()) {
    return cached->second;
  }
  Statement& upsert = statements_->upsert_conversation;
  upsert.Bind(1, platform).Bind(2, key);
  Result<bool> row = upsert.Step();
  if (!row) return Fail(row.error());
  const int64_t id = upsert.Int(0);
  upsert.Reset();
  if (conversations_.size() >= kMaxCachedKeys) conversations_.clear();
  conversations_.emplace(std::move(cache_key), id);
  return id;
}

Status SqliteImportSession::SetOwner(std::string_view platform, const Identity& owner) {
  Result<int64_t> id = IdentityId(platform, owner, /*is_owner=*/true);
  return id ? Status::Ok() : id.error();
}

Status SqliteImportSession::BeginEntry() { return db_.Exec("SAVEPOINT entry"); }

Status SqliteImportSession::CommitEntry() { return db_.Exec("RELEASE entry"); }

void SqliteImportSession::AbortEntry() noexcept {
  db_.Exec("ROLLBACK TO entry; RELEASE entry");
  // Ids cached during the entry may name rows that no longer exist.
  ForgetCaches();
}

void SqliteImportSession::ForgetCaches() noexcept {
  identities_.clear();
  conversations_.clear();
}

Result<WriteOutcome> SqliteImportSession::Write(const Event& event) {
  Result<int64_t> author = IdentityId(event.platform, event.author);
  if (!author) return Fail(author.error());
  // Identities are resolved even for events already stored, so that a later export's
  // renames and newly learned handles reach the identities table.
  std::vector<int64_t> counterparts;
  counterparts.reserve(event.counterparts.size());
  for (const Identity& counterpart : event.counterparts) {
    Result<int64_t> id = IdentityId(event.platform, counterpart);
    if (!id) return Fail(id.error());
    counterparts.push_back(*id);
  }
  Result<int64_t> conversation = ConversationId(event.platform, event.conversation_key);
  if (!conversation) return Fail(conversation.error());

  Statement& insert = statements_->insert_event;
  insert.Bind(1, event.platform)
      .Bind(2, event.external_id)
      .Bind(3, EventKindName(event.kind))
      .Bind(4, DirectionName(event.direction))
      .Bind(5, *conversation)
      .BindOptional(6, event.parent_id)
      .Bind(7, *author)
      .Bind(8, event.occurred_at_ms)
      .Bind(9, event.text)
      .Bind(10, event.source)
      .Bind(11, import_id_);
  if (Status status = insert.Run(); !status.ok()) return Fail(status);
  if (db_.Changes() == 0) return WriteOutcome::kAlreadyPresent;
  const int64_t event_id = db_.LastInsertRowid();

  Statement& participant = statements_->insert_participant;
  participant.Bind(1, *conversation).Bind(2, *author);
  if (Status status = participant.Run(); !status.ok()) return Fail(status);
  for (const int64_t id : counterparts) {
    Statement& link = statements_->insert_counterpart;
    link.Bind(1, event_id).Bind(2, id);
    if (Status status = link.Run(); !status.ok()) return Fail(status);
    participant.Bind(1, *conversation).Bind(2, id);
    if (Status status = participant.Run(); !status.ok()) return Fail(status);
  }
  return WriteOutcome::kAdded;
}

Status SqliteImportSession::ThreadReplies() {
  std::string sql(kThreadReplies);
  const std::string placeholder = ":first";
  sql.replace(sql.find(placeholder), placeholder.size(), std::to_string(first_new_event_id_));
  return db_.Exec(sql).WithContext("threading replies");
}

Result<int64_t> SqliteImportSession::Finish(const ImportRecord& record) {
  if (Status status = ThreadReplies(); !status.ok()) return Fail(status);
  Result<Statement> update = db_.Prepare(
      "UPDATE imports SET started_at = ?2, finished_at = ?3, status = ?4, events_read = ?5,"
      " events_added = ?6, events_present = ?7, events_skipped = ?8, report = ?9 WHERE id = ?1");
  if (!update) return Fail(update.error());
  update->Bind(1, import_id_)
      .Bind(2, record.started_at_ms)
      .Bind(3, record.finished_at_ms)
      .Bind(4, record.partial ? "partial" : "ok")
      .Bind(5, record.read)
      .Bind(6, record.added)
      .Bind(7, record.present)
      .Bind(8, record.skipped)
      .Bind(9, record.report_json);
  if (Status status = update->Run(); !status.ok()) return Fail(status);
  if (Status status = db_.Exec("COMMIT"); !status.ok()) {
    return Fail(status.WithContext(db_.path().string() + ": committing the import"));
  }
  open_ = false;
  return import_id_;
}

}  // namespace touchpoint
