#include "core/call_list.h"

#include <algorithm>
#include <map>

#include "core/feature_store.h"

namespace touchpoint {
namespace {

constexpr int64_t kMsPerDay = 24 * 3600 * 1000;
constexpr double kSameTemplate = 0.6;  // fingerprint similarity of one template's messages

std::optional<int64_t> Optional(const Statement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Int(column);
}

struct Candidate {
  ConversationFeatures features;
  std::string platform, conversation_key;
  int64_t person_id = 0;
  bool quiet_then = false;  // went on after as_of, but they did not write in the window before
};

// The person a conversation's flag is grouped under: its counterpart's person, else minus the
// counterpart identity.
constexpr std::string_view kPersonSql = "coalesce(i.person_id, -coalesce(f.counterpart_id, 0))";

constexpr std::string_view kCandidatesSql =
    "SELECT f.conversation_id, coalesce(f.counterpart_id, 0), f.counterparts, f.first_at, "
    "f.burst_at, f.last_at, f.first_inbound_at, f.last_inbound_at, f.inbound, f.outbound, "
    "f.turns, f.reply_ms, f.asks, f.last_ask_at, f.owner_asks, f.substantive, f.negatives, "
    "f.max_addressed, f.prior_contact_at, f.other_platform_at, coalesce(f.other_platform, ''), "
    "f.introduced_by, f.template, c.platform, c.conversation_key, "
    "coalesce(i.person_id, -coalesce(f.counterpart_id, 0)), f.outreach "
    "FROM conversation_features f JOIN conversations c ON c.id = f.conversation_id "
    "LEFT JOIN identities i ON i.id = f.counterpart_id "
    "WHERE f.last_inbound_at >= ?1";

Candidate ReadCandidate(const Statement& row) {
  Candidate c;
  ConversationFeatures& f = c.features;
  f.conversation_id = row.Int(0);
  f.counterpart_id = row.Int(1);
  f.counterparts = static_cast<int>(row.Int(2));
  f.first_at = row.Int(3);
  f.burst_at = row.Int(4);
  f.last_at = row.Int(5);
  f.first_inbound_at = Optional(row, 6);
  f.last_inbound_at = Optional(row, 7);
  f.inbound = static_cast<int>(row.Int(8));
  f.outbound = static_cast<int>(row.Int(9));
  f.turns = static_cast<int>(row.Int(10));
  f.reply_ms = Optional(row, 11);
  f.asks = static_cast<int>(row.Int(12));
  f.last_ask_at = Optional(row, 13);
  f.owner_asks = static_cast<int>(row.Int(14));
  f.substantive = static_cast<int>(row.Int(15));
  f.negatives = static_cast<int>(row.Int(16));
  f.max_addressed = static_cast<int>(row.Int(17));
  f.prior_contact_at = Optional(row, 18);
  f.other_platform_at = Optional(row, 19);
  f.other_platform = std::string(row.Text(20));
  f.introduced_by = Optional(row, 21);
  f.template_fingerprint = std::string(row.Text(22));
  c.platform = std::string(row.Text(23));
  c.conversation_key = std::string(row.Text(24));
  c.person_id = row.Int(25);
  f.outreach = static_cast<uint32_t>(row.Int(26));
  return c;
}

std::string PlatformLabel(std::string_view platform) {
  if (platform == "twitter") return "Twitter";
  if (platform == "facebook") return "Facebook";
  if (platform == "linkedin") return "LinkedIn";
  return std::string(platform);
}

// Per-candidate lookups, prepared once per call list.
struct Lookups {
  Statement label;     // ?1 identity: "@handle", else the display name, else the URL or id
  Statement key;       // ?1 identity: platform:key, for feedback
  Statement decision;  // ?1 platform, ?2 conversation key: the user's decision
  // ?1 conversation, ?2..?3 a time window: whether they wrote in it.
  Statement wrote_between;
  // ?1 fingerprint, ?2 person, ?3 as_of, ?4 enough: other people whose first message had that
  // wording, counted up to ?4 (a common template has thousands; the scorer needs a few).
  Statement other_senders;

  static Result<Lookups> Prepare(Connection& db) {
    Lookups lookups;
    const std::pair<Statement*, std::string_view> sql[] = {
        {&lookups.label,
         "SELECT coalesce('@' || handle, name, profile_url, email, user_id, '?') FROM "
         "identities WHERE id = ?1"},
        {&lookups.key, "SELECT platform || ':' || key FROM identities WHERE id = ?1"},
        {&lookups.decision,
         "SELECT state, until, decided_at FROM decisions WHERE platform = ?1 AND "
         "conversation_key = ?2"},
        {&lookups.wrote_between,
         "SELECT EXISTS (SELECT 1 FROM events WHERE conversation_id = ?1 AND occurred_at "
         "BETWEEN ?2 AND ?3 AND direction = 'inbound')"},
        {&lookups.other_senders,
         "SELECT count(*) FROM (SELECT DISTINCT coalesce(i.person_id, -f.counterpart_id) FROM "
         "conversation_features f LEFT JOIN identities i ON i.id = f.counterpart_id "
         "WHERE f.template = ?1 AND f.template != '' AND f.first_inbound_at <= ?3 AND "
         "coalesce(i.person_id, -f.counterpart_id) != ?2 LIMIT ?4)"},
    };
    for (const auto& [statement, text] : sql) {
      Result<Statement> prepared = db.Prepare(text);
      if (!prepared) return Fail(prepared.error());
      *statement = std::move(*prepared);
    }
    return lookups;
  }
};

// The first column of `stmt`'s first row for identity `identity_id`, else `missing`.
Result<std::string> IdentityText(Statement& stmt, int64_t identity_id, std::string_view missing) {
  stmt.Bind(1, identity_id);
  Result<bool> row = stmt.Step();
  if (!row) return Fail(row.error());
  std::string text(*row ? stmt.Text(0) : missing);
  stmt.Reset();
  return text;
}

struct DecisionRow {
  std::string state;
  std::optional<int64_t> until;
  int64_t decided_at = 0;
};

// The user's earlier "dismiss"es, for feedback into scoring.
struct Dismissals {
  std::vector<std::string> counterpart_keys;
  std::vector<std::string> templates;
};

Result<Dismissals> LoadDismissals(Connection& db, int64_t as_of) {
  Dismissals dismissals;
  Result<Statement> stmt = db.Prepare(
      "SELECT coalesce(counterpart_key, ''), coalesce(template, '') FROM decisions "
      "WHERE state = 'dismissed' AND decided_at <= ?1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, as_of);
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) return dismissals;
    if (!stmt->Text(0).empty()) dismissals.counterpart_keys.emplace_back(stmt->Text(0));
    if (!stmt->Text(1).empty()) dismissals.templates.emplace_back(stmt->Text(1));
  }
}

Result<ScoreContext> ContextFor(Lookups& lookups, const Candidate& c,
                                const Dismissals& dismissals, int64_t as_of,
                                const ScoringConfig& config) {
  ScoreContext context;
  const ConversationFeatures& f = c.features;
  Result<std::string> label = IdentityText(lookups.label, f.counterpart_id, "?");
  if (!label) return Fail(label.error());
  context.counterpart_label = *label;
  if (f.introduced_by) {
    Result<std::string> introducer = IdentityText(lookups.label, *f.introduced_by, "?");
    if (!introducer) return Fail(introducer.error());
    context.introducer_label = *introducer;
  }
  context.other_platform_label = PlatformLabel(f.other_platform);
  Result<std::string> key = IdentityText(lookups.key, f.counterpart_id, "");
  if (!key) return Fail(key.error());
  context.dismissed_sender = std::find(dismissals.counterpart_keys.begin(),
                                       dismissals.counterpart_keys.end(),
                                       *key) != dismissals.counterpart_keys.end();
  for (const std::string& fingerprint : dismissals.templates) {
    if (FingerprintSimilarity(fingerprint, f.template_fingerprint) >= kSameTemplate) {
      context.dismissed_template = true;
    }
  }
  // Short messages ("Hi Sam, thanks!") are everyone's words, not a template.
  if (FingerprintWords(f.template_fingerprint) >= kMinCopyWords) {
    Statement& stmt = lookups.other_senders;
    stmt.Bind(1, f.template_fingerprint).Bind(2, c.person_id).Bind(3, as_of);
    stmt.Bind(4, int64_t{config.copies});
    Result<bool> row = stmt.Step();
    if (!row) return Fail(row.error());
    context.other_senders = *row ? static_cast<int>(stmt.Int(0)) : 0;
    stmt.Reset();
  }
  return context;
}

Result<std::optional<DecisionRow>> DecisionFor(Lookups& lookups, const Candidate& c) {
  Statement& stmt = lookups.decision;
  stmt.Bind(1, c.platform).Bind(2, c.conversation_key);
  Result<bool> row = stmt.Step();
  if (!row) return Fail(row.error());
  std::optional<DecisionRow> decision;
  if (*row) decision = DecisionRow{std::string(stmt.Text(0)), Optional(stmt, 1), stmt.Int(2)};
  stmt.Reset();
  return decision;
}

Result<bool> WroteBetween(Statement& stmt, const Candidate& c, int64_t from, int64_t to) {
  stmt.Bind(1, c.features.conversation_id).Bind(2, from).Bind(3, to);
  Result<bool> row = stmt.Step();
  if (!row) return Fail(row.error());
  const bool wrote = *row && stmt.Int(0) != 0;
  stmt.Reset();
  return wrote;
}

void MergeInto(Call& call, const Candidate& c, const ScoreResult& result,
               const std::string& label) {
  if (call.conversations.empty() || result.score > call.score) {
    call.id = c.features.conversation_id;
    call.score = std::max(call.score, result.score);
  }
  if (std::find(call.people.begin(), call.people.end(), label) == call.people.end()) {
    call.people.push_back(label);
  }
  for (const Reason& reason : result.reasons) {
    const bool known = std::any_of(call.reasons.begin(), call.reasons.end(),
                                   [&](const Reason& r) { return r.code == reason.code; });
    if (!known) call.reasons.push_back(reason);
  }
  const int64_t first = c.features.first_inbound_at.value_or(c.features.burst_at);
  call.first_at = call.conversations.empty() ? first : std::min(call.first_at, first);
  call.last_at = std::max(call.last_at, c.features.last_at);
  call.conversations.push_back({c.features.conversation_id, c.platform, c.conversation_key});
}

// The flags as of `as_of` by person (see BuildCallList); only `person`'s when given.
Result<std::map<int64_t, Call>> CallsByPerson(Connection& db, int64_t as_of,
                                              const ScoringConfig& config,
                                              std::optional<int64_t> person) {
  Result<Statement> stmt = db.Prepare(person ? std::string(kCandidatesSql) + " AND " +
                                                   std::string(kPersonSql) + " = ?2"
                                             : std::string(kCandidatesSql));
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, as_of - config.new_days * kMsPerDay);
  if (person) stmt->Bind(2, *person);
  std::vector<Candidate> candidates;
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    candidates.push_back(ReadCandidate(*stmt));
  }
  stmt->Reset();
  Result<Dismissals> dismissals = LoadDismissals(db, as_of);
  if (!dismissals) return Fail(dismissals.error());
  Result<Lookups> lookups = Lookups::Prepare(db);
  if (!lookups) return Fail(lookups.error());

  // Conversations that went on after as_of are judged by what was known then. Unless they
  // wrote within the window before as_of they cannot be new then (see Score), and recomputing
  // them would be wasted.
  const int64_t window_start = as_of - config.new_days * kMsPerDay;
  std::vector<int64_t> recompute;
  for (Candidate& c : candidates) {
    if (c.features.last_at <= as_of) continue;
    Result<bool> recent = WroteBetween(lookups->wrote_between, c, window_start, as_of);
    if (!recent) return Fail(recent.error());
    c.quiet_then = !*recent;
    if (*recent) recompute.push_back(c.features.conversation_id);
  }
  if (!recompute.empty()) {
    Result<std::vector<ConversationFeatures>> then =
        FeatureStore(db).ComputeMany(recompute, as_of);
    if (!then) return Fail(then.error());
    auto next = then->begin();
    for (Candidate& c : candidates) {
      if (c.features.last_at > as_of && !c.quiet_then) c.features = std::move(*next++);
    }
  }

  std::map<int64_t, Call> by_person;
  for (Candidate& c : candidates) {
    if (c.quiet_then) continue;
    Result<ScoreContext> context = ContextFor(*lookups, c, *dismissals, as_of, config);
    if (!context) return Fail(context.error());
    const ScoreResult result = Score(c.features, *context, as_of, config);
    if (!result.flagged) continue;
    Result<std::optional<DecisionRow>> decision = DecisionFor(*lookups, c);
    if (!decision) return Fail(decision.error());
    std::string state = "new";
    // A decision holds until they write again.
    if (*decision && (*decision)->decided_at >= *c.features.last_inbound_at &&
        (*decision)->decided_at <= as_of) {
      const DecisionRow& d = **decision;
      if (d.state == "dismissed" || d.state == "called") continue;
      if (d.state == "snoozed" && d.until.value_or(0) > as_of) continue;
      if (d.state == "acknowledged") state = "acknowledged";
    }
    Call& call = by_person[c.person_id];
    MergeInto(call, c, result, context->counterpart_label);
    if (state == "acknowledged") call.state = state;
  }
  return by_person;
}

// The person key of conversation `id` as the call list groups it, or nullopt when the
// conversation has no features (it cannot be flagged).
Result<std::optional<int64_t>> PersonOf(Connection& db, int64_t id) {
  Result<Statement> stmt = db.Prepare(
      "SELECT " + std::string(kPersonSql) + " FROM conversation_features f LEFT JOIN "
      "identities i ON i.id = f.counterpart_id WHERE f.conversation_id = ?1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, id);
  Result<bool> row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<int64_t>();
  return std::optional<int64_t>(stmt->Int(0));
}

}  // namespace

Result<std::vector<Call>> BuildCallList(Connection& db, int64_t as_of,
                                        const ScoringConfig& config) {
  Result<std::map<int64_t, Call>> by_person = CallsByPerson(db, as_of, config, std::nullopt);
  if (!by_person) return Fail(by_person.error());
  std::vector<Call> calls;
  for (auto& [person, call] : *by_person) calls.push_back(std::move(call));
  std::sort(calls.begin(), calls.end(), [](const Call& a, const Call& b) {
    return a.score != b.score ? a.score > b.score : a.last_at > b.last_at;
  });
  return calls;
}

Status Decide(Connection& db, int64_t call_id, Decision decision, std::optional<int64_t> until_ms,
              int64_t now_ms, const ScoringConfig& config) {
  Result<int64_t> exists =
      db.QueryInt("SELECT count(*) FROM conversations WHERE id = " + std::to_string(call_id));
  if (!exists) return exists.error();
  if (*exists == 0) {
    return Status(StatusCode::kNoInput, "no call or conversation with id " + std::to_string(call_id));
  }
  // The flag covering call_id is its person's, so only that person's candidates are scored.
  std::vector<int64_t> conversations = {call_id};
  Result<std::optional<int64_t>> person = PersonOf(db, call_id);
  if (!person) return person.error();
  if (*person) {
    Result<std::map<int64_t, Call>> calls = CallsByPerson(db, now_ms, config, *person);
    if (!calls) return calls.error();
    for (const auto& [key, call] : *calls) {
      const bool covers = std::any_of(call.conversations.begin(), call.conversations.end(),
                                      [&](const CallConversation& c) { return c.id == call_id; });
      if (!covers) continue;
      conversations.clear();
      for (const CallConversation& c : call.conversations) conversations.push_back(c.id);
    }
  }
  static constexpr std::string_view kStates[] = {"acknowledged", "snoozed", "dismissed", "called"};
  const std::string_view state = kStates[static_cast<int>(decision)];
  Result<Statement> insert = db.Prepare(
      "INSERT OR REPLACE INTO decisions(platform, conversation_key, state, until, decided_at,"
      " counterpart_key, template) "
      "SELECT c.platform, c.conversation_key, ?2, ?3, ?4, i.platform || ':' || i.key, f.template "
      "FROM conversations c LEFT JOIN conversation_features f ON f.conversation_id = c.id "
      "LEFT JOIN identities i ON i.id = f.counterpart_id WHERE c.id = ?1");
  if (!insert) return insert.error();
  for (int64_t id : conversations) {
    insert->Bind(1, id).Bind(2, state);
    if (until_ms) {
      insert->Bind(3, *until_ms);
    } else {
      insert->BindNull(3);
    }
    insert->Bind(4, now_ms);
    if (Status status = insert->Run(); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace touchpoint
