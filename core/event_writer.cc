#include "core/event_writer.h"

#include <utility>
#include <vector>

#include "core/identity_key.h"

namespace touchpoint {
namespace {

// Caches are cleared past this many entries so memory stays flat on huge archives; a miss
// costs one indexed upsert.
constexpr size_t kMaxCachedKeys = 50000;

// store_state key: the last event id whose reply threading is done (resumes after a crash).
constexpr std::string_view kThreadedThrough = "threaded_through";

constexpr std::string_view kUpsertIdentity =
    "INSERT INTO identities(platform, key, user_id, handle, name, profile_url, email, strength,"
    " is_owner) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
    "ON CONFLICT(platform, key) DO UPDATE SET user_id = coalesce(excluded.user_id, user_id),"
    " handle = coalesce(excluded.handle, handle), name = coalesce(excluded.name, name),"
    " profile_url = coalesce(excluded.profile_url, profile_url),"
    " email = coalesce(excluded.email, email), is_owner = max(is_owner, excluded.is_owner) "
    "RETURNING id, coalesce(user_id, ''), coalesce(handle, ''), coalesce(name, ''),"
    " coalesce(profile_url, ''), coalesce(email, '')";

// Most conversations an import meets are new, so inserting first is the common fast path.
constexpr std::string_view kInsertConversation =
    "INSERT OR IGNORE INTO conversations(platform, conversation_key) VALUES (?1, ?2)";
constexpr std::string_view kFindConversation =
    "SELECT id FROM conversations WHERE platform = ?1 AND conversation_key = ?2";

constexpr std::string_view kInsertEvent =
    "INSERT INTO events(platform, external_id, kind, direction, conversation_id, parent_id,"
    " author_id, occurred_at, text, source) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "ON CONFLICT(platform, external_id) DO NOTHING";

constexpr std::string_view kInsertCounterpart =
    "INSERT OR IGNORE INTO event_counterparts(event_id, identity_id) VALUES (?1, ?2)";

// A reply whose parent is stored joins the conversation of its topmost stored ancestor. The
// walk starts from the events to (re)thread: those not yet threaded (id >= ?1) whose parent
// is stored, and earlier events whose parent has just arrived (their parent is among the new
// events). It climbs while the parent is stored (`depth` bounds cycles in corrupt data) and
// yields the ancestor that has no stored parent. Earlier events are yielded even when they
// stay put, because their own replies must follow them (kFindReplies). CROSS JOIN keeps
// SQLite walking from the new events through events_parent (cost grows with the new events, not
// with the store). No grouping or temporary table, so memory stays flat.
constexpr std::string_view kFindThreads = R"sql(
WITH RECURSIVE start(event_id) AS (
  SELECT child.id
    FROM events child
    JOIN events parent ON parent.platform = child.platform
                      AND parent.external_id = child.parent_id
   WHERE child.id >= ?1 AND child.parent_id IS NOT NULL
  UNION ALL
  SELECT child.id
    FROM events parent
   CROSS JOIN events child ON child.platform = parent.platform
                          AND child.parent_id = parent.external_id
   WHERE parent.id >= ?1 AND child.id < ?1
), up(event_id, ancestor_id, depth) AS (
  SELECT start.event_id, parent.id, 1
    FROM start
    JOIN events child ON child.id = start.event_id
    JOIN events parent ON parent.platform = child.platform
                      AND parent.external_id = child.parent_id
  UNION ALL
  SELECT up.event_id, grand.id, up.depth + 1
    FROM up
    JOIN events a ON a.id = up.ancestor_id
    JOIN events grand ON grand.platform = a.platform AND grand.external_id = a.parent_id
   WHERE up.depth < 500
)
SELECT up.event_id, e.conversation_id, top.conversation_id
  FROM up
  JOIN events top ON top.id = up.ancestor_id
  JOIN events e ON e.id = up.event_id
 WHERE (e.conversation_id != top.conversation_id OR e.id < ?1)
   AND (top.parent_id IS NULL OR NOT EXISTS (
         SELECT 1 FROM events p WHERE p.platform = top.platform
                                  AND p.external_id = top.parent_id))
)sql";

// The replies of event ?1, transitively, that are not in conversation ?2 yet, with the
// conversation they are in. Through events_parent; `depth` bounds cycles.
constexpr std::string_view kFindReplies = R"sql(
WITH RECURSIVE down(event_id, depth) AS (
  SELECT ?1, 0
  UNION ALL
  SELECT child.id, down.depth + 1
    FROM down
    JOIN events parent ON parent.id = down.event_id
    JOIN events child ON child.platform = parent.platform AND child.parent_id = parent.external_id
   WHERE down.depth < 500
)
SELECT e.id, e.conversation_id
  FROM down JOIN events e ON e.id = down.event_id
 WHERE down.depth > 0 AND e.conversation_id != ?2
)sql";

constexpr std::string_view kRecordRethreaded =
    "INSERT OR IGNORE INTO rethreaded(event_id, from_conversation_id) VALUES (?1, ?2)";

constexpr std::string_view kMoveEvent = "UPDATE events SET conversation_id = ?2 WHERE id = ?1";
// Conversations this writer created (id above ?1) that hold no event: a re-written reply
// names the conversation it had before threading moved it.
constexpr std::string_view kDropUnusedConversations =
    "DELETE FROM conversations WHERE id > ?1"
    " AND NOT EXISTS (SELECT 1 FROM events WHERE conversation_id = conversations.id)";
constexpr std::string_view kDropEmptyConversation =
    "DELETE FROM conversations WHERE id = ?1"
    " AND NOT EXISTS (SELECT 1 FROM events WHERE conversation_id = ?1)";

}  // namespace

struct EventWriter::Statements {
  Statement upsert_identity;
  Statement insert_conversation;
  Statement find_conversation;
  Statement insert_event;
  Statement insert_counterpart;
};

Result<std::unique_ptr<EventWriter>> EventWriter::Create(Connection& connection) {
  auto statements = std::make_unique<Statements>();
  const std::pair<Statement*, std::string_view> sql[] = {
      {&statements->upsert_identity, kUpsertIdentity},
      {&statements->insert_conversation, kInsertConversation},
      {&statements->find_conversation, kFindConversation},
      {&statements->insert_event, kInsertEvent},
      {&statements->insert_counterpart, kInsertCounterpart},
  };
  for (const auto& [statement, text] : sql) {
    Result<Statement> prepared = connection.Prepare(text);
    if (!prepared) return Fail(prepared.error());
    *statement = std::move(*prepared);
  }
  return std::unique_ptr<EventWriter>(new EventWriter(connection, std::move(statements)));
}

EventWriter::EventWriter(Connection& connection, std::unique_ptr<Statements> statements)
    : db_(connection), statements_(std::move(statements)) {}

EventWriter::~EventWriter() { Rollback(); }

void EventWriter::SetOwner(std::string_view platform, const Identity& owner) {
  owner_platform_ = std::string(platform);
  owner_ = owner;
}

Status EventWriter::Begin(std::string_view what) {
  const std::string where = db_.path().string() + ": " + std::string(what);
  if (Status status = db_.Exec("BEGIN IMMEDIATE"); !status.ok()) return status.WithContext(where);
  in_transaction_ = true;
  owner_written_ = false;
  // Another writer may have removed conversations since the last transaction (threading
  // drops the ones it empties): their cached ids must not be reused. Identities are never
  // deleted, so their cache stays.
  conversations_.clear();
  if (!conversations_before_) {
    Result<int64_t> last = db_.QueryInt("SELECT coalesce(max(id), 0) FROM conversations");
    if (!last) {
      Rollback();
      return last.error().WithContext(where);
    }
    conversations_before_ = *last;
  }
  return Status::Ok();
}

Status EventWriter::Commit(std::string_view what) {
  if (Status status = db_.Exec("COMMIT"); !status.ok()) {
    return status.WithContext(db_.path().string() + ": " + std::string(what));
  }
  in_transaction_ = false;
  return Status::Ok();
}

void EventWriter::Rollback() noexcept {
  if (!in_transaction_) return;
  db_.Exec("ROLLBACK");
  in_transaction_ = false;
  // Ids cached during the transaction may name rows that no longer exist.
  ForgetCaches();
}

void EventWriter::ForgetCaches() noexcept {
  identities_.clear();
  conversations_.clear();
}

Result<int64_t> EventWriter::IdentityId(std::string_view platform, const Identity& identity,
                                        bool is_owner) {
  std::string cache_key(platform);
  cache_key += '\x1f';
  cache_key += IdentityKey(identity);
  auto cached = identities_.find(cache_key);
  // A cached identity needs a write only when this event tells something new about it.
  if (cached != identities_.end() && !is_owner) {
    const Identity& known = cached->second.fields;
    const bool adds =
        (!identity.user_id.empty() && identity.user_id != known.user_id) ||
        (!identity.handle.empty() && identity.handle != known.handle) ||
        (!identity.name.empty() && identity.name != known.name) ||
        (!identity.profile_url.empty() && identity.profile_url != known.profile_url) ||
        (!identity.email.empty() && identity.email != known.email);
    if (!adds) return cached->second.id;
  }
  const std::string_view key = std::string_view(cache_key).substr(platform.size() + 1);
  Statement& upsert = statements_->upsert_identity;
  upsert.Bind(1, platform)
      .Bind(2, key)
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

Result<int64_t> EventWriter::ConversationId(std::string_view platform, std::string_view key) {
  std::string cache_key(platform);
  cache_key += '\x1f';
  cache_key += key;
  if (auto cached = conversations_.find(cache_key); cached != conversations_.end()) {
    return cached->second;
  }
  Statement& insert = statements_->insert_conversation;
  insert.Bind(1, platform).Bind(2, key);
  if (Status status = insert.Run(); !status.ok()) return Fail(status);
  int64_t id = db_.LastInsertRowid();
  if (db_.Changes() == 0) {
    Statement& find = statements_->find_conversation;
    find.Bind(1, platform).Bind(2, key);
    Result<bool> row = find.Step();
    if (!row) return Fail(row.error());
    if (!*row) return Fail(StatusCode::kInternal, "conversation vanished: " + std::string(key));
    id = find.Int(0);
    find.Reset();
  }
  if (conversations_.size() >= kMaxCachedKeys) conversations_.clear();
  conversations_.emplace(std::move(cache_key), id);
  return id;
}

Result<WriteOutcome> EventWriter::Write(const Event& event) {
  // The owner is stored with the first event of each entry, so an entry or file that adds no
  // event leaves no trace.
  if (!owner_written_ && !owner_.empty()) {
    Result<int64_t> owner = IdentityId(owner_platform_, owner_, /*is_owner=*/true);
    if (!owner) return Fail(owner.error());
    owner_written_ = true;
  }
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
      .Bind(10, event.source);
  if (Status status = insert.Run(); !status.ok()) return Fail(status);
  if (db_.Changes() == 0) return WriteOutcome::kAlreadyPresent;
  const int64_t event_id = db_.LastInsertRowid();

  for (const int64_t id : counterparts) {
    Statement& link = statements_->insert_counterpart;
    link.Bind(1, event_id).Bind(2, id);
    if (Status status = link.Run(); !status.ok()) return Fail(status);
  }
  return WriteOutcome::kAdded;
}

Status EventWriter::ThreadReplies() {
  Result<int64_t> done = CaughtUpThrough(db_, kThreadedThrough);
  if (!done) return done.error();
  const int64_t first_new = *done + 1;
  Result<Statement> find = db_.Prepare(kFindThreads);
  Result<Statement> replies = db_.Prepare(kFindReplies);
  Result<Statement> move = db_.Prepare(kMoveEvent);
  Result<Statement> record = db_.Prepare(kRecordRethreaded);
  Result<Statement> drop = db_.Prepare(kDropEmptyConversation);
  if (!find) return find.error();
  if (!replies) return replies.error();
  if (!move) return move.error();
  if (!record) return record.error();
  if (!drop) return drop.error();
  // Moves are collected first: updating events while the walks read them would disturb them.
  struct Move {
    int64_t event_id, from, to;
  };
  std::vector<Move> moves;
  std::vector<Move> earlier;  // earlier events whose parent arrived now
  find->Bind(1, first_new);
  for (;;) {
    Result<bool> row = find->Step();
    if (!row) return row.error().WithContext("threading replies");
    if (!*row) break;
    const Move m{find->Int(0), find->Int(1), find->Int(2)};
    if (m.from != m.to) moves.push_back(m);
    if (m.event_id < first_new) earlier.push_back(m);
  }
  find->Reset();
  // An earlier event's own replies were threaded into its old conversation; they follow it.
  for (const Move& m : earlier) {
    replies->Bind(1, m.event_id).Bind(2, m.to);
    for (;;) {
      Result<bool> row = replies->Step();
      if (!row) return row.error().WithContext("threading replies");
      if (!*row) break;
      moves.push_back({replies->Int(0), replies->Int(1), m.to});
    }
    replies->Reset();
  }
  for (const Move& m : moves) {
    move->Bind(1, m.event_id).Bind(2, m.to);
    if (Status status = move->Run(); !status.ok()) return status.WithContext("threading replies");
    if (m.event_id >= first_new) continue;
    // Scores of the conversation it left, and of its people, are now out of date.
    record->Bind(1, m.event_id).Bind(2, m.from);
    if (Status status = record->Run(); !status.ok()) return status.WithContext("threading replies");
  }
  for (const Move& m : moves) {
    drop->Bind(1, m.from);
    if (Status status = drop->Run(); !status.ok()) return status.WithContext("threading replies");
  }
  Result<Statement> unused = db_.Prepare(kDropUnusedConversations);
  if (!unused) return unused.error();
  unused->Bind(1, conversations_before_.value_or(0));
  if (Status status = unused->Run(); !status.ok()) return status.WithContext("threading replies");
  return MarkCaughtUp(db_, kThreadedThrough);
}

}  // namespace touchpoint
