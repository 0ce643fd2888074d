// Scores the labelled situations of tests/eval/conversations.jsonl and reports precision and
// recall of `touchpoint calls` per split. Each situation is loaded into its own fresh store
// through the same import session the connectors use, then the call list is built as of the
// situation's as_of with the default scoring config.
//
//   eval_calls FILE [--split tune|holdout] [--verbose] [--explain ID]
//              [--scores]                           (one line per situation: id, split,
//                                                    expected, flagged, best focus score)
//              [--min-precision P --min-recall R]   (checked on the holdout split)
#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "connectors/common/timestamp.h"
#include "core/call_list.h"
#include "core/feature_store.h"
#include "core/message_signals.h"
#include "core/store.h"

namespace touchpoint {
namespace {

std::string Text(const rapidjson::Value& object, const char* name) {
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd() || !member->value.IsString()) return {};
  return member->value.GetString();
}

Identity ReadIdentity(const rapidjson::Value& person) {
  return Identity{Text(person, "id"), Text(person, "handle"), Text(person, "name"),
                  Text(person, "profile_url"), ""};
}

// The owner as the situations describe them, per platform.
Identity OwnerOn(const std::string& platform) {
  if (platform == "twitter") return Identity{"1000", "samrivera_io", "Sam Rivera", "", ""};
  if (platform == "linkedin") {
    return Identity{"", "", "Sam Rivera", "https://www.linkedin.com/in/sam-rivera", ""};
  }
  return Identity{"", "", "Sam Rivera", "", ""};
}

Result<Event> ReadEvent(const rapidjson::Value& value) {
  Event event;
  event.platform = Text(value, "platform");
  event.external_id = Text(value, "external_id");
  event.kind = ParseEventKind(Text(value, "kind")).value_or(EventKind::kPost);
  event.direction = ParseDirection(Text(value, "direction")).value_or(Direction::kOutbound);
  event.conversation_key = Text(value, "conversation_key");
  event.parent_id = Text(value, "parent_id");
  event.author = ReadIdentity(value["author"]);
  for (const rapidjson::Value& person : value["counterparts"].GetArray()) {
    event.counterparts.push_back(ReadIdentity(person));
  }
  const std::optional<int64_t> at = ParseIso8601Ms(Text(value, "occurred_at"));
  if (!at) return Fail(StatusCode::kDataError, "bad occurred_at in " + event.external_id);
  event.occurred_at_ms = *at;
  event.text = Text(value, "text");
  event.source = "eval";
  return event;
}

struct Outcome {
  bool expected = false;
  bool flagged = false;
  double score = -1;     // the best focus conversation's score, -1 when none can be flagged
  std::string features;  // that conversation's main features, for --scores
};

// A conversation's features as `key=value` words, for --explain and --scores.
std::string FeatureLine(const ConversationFeatures& f) {
  char line[256];
  std::snprintf(line, sizeof line,
                "in=%d out=%d turns=%d asks=%d subst=%d neg=%d outreach=0x%x people=%d prior=%d "
                "other=%s intro=%d",
                f.inbound, f.outbound, f.turns, f.asks, f.substantive, f.negatives, f.outreach,
                f.counterparts, f.prior_contact_at.has_value(),
                f.other_platform.empty() ? "-" : f.other_platform.c_str(),
                f.introduced_by.has_value());
  return line;
}

// Prints what the scorer saw in one situation: each message's signals, then each
// conversation's score and reasons.
void Explain(const rapidjson::Value& situation, Connection& db, int64_t as_of) {
  for (const rapidjson::Value& value : situation["events"].GetArray()) {
    const MessageSignals s = AnalyzeMessage(Text(value, "text"));
    std::printf(
        "  %-8s %-3s asks=%d thanks=%d emoji=%d rec=%d promo=%d auto=%d host=%d close=%d "
        "decl=%d q=%d | %s\n",
        Text(value, "direction").c_str(), Text(value, "platform").substr(0, 3).c_str(), s.asks,
        s.thanks_only, s.emoji_only, s.recruiter, s.promotional, s.automated, s.hostile, s.closing,
        s.declined, s.question, Text(value, "text").substr(0, 110).c_str());
  }
  FeatureStore store(db);
  Result<std::vector<int64_t>> ids = [&]() -> Result<std::vector<int64_t>> {
    Result<Statement> stmt = db.Prepare("SELECT conversation_id FROM conversation_features");
    if (!stmt) return Fail(stmt.error());
    std::vector<int64_t> list;
    while (stmt->Step().value_or(false)) list.push_back(stmt->Int(0));
    return list;
  }();
  for (int64_t id : ids.value_or(std::vector<int64_t>{})) {
    Result<ConversationFeatures> f = store.Compute(id, as_of);
    if (!f) continue;
    const ScoreResult r = Score(*f, ScoreContext{}, as_of, ScoringConfig{});
    std::printf("  conversation %lld: eligible=%d score=%.1f %s\n", static_cast<long long>(id),
                r.eligible, r.score, FeatureLine(*f).c_str());
    for (const Reason& reason : r.reasons) std::printf("    + %s\n", reason.text.c_str());
  }
}

Result<Outcome> Evaluate(const rapidjson::Value& situation, const std::filesystem::path& dir,
                         bool explain) {
  const std::string id = Text(situation, "id");
  const std::filesystem::path path = dir / (id + ".db");
  std::filesystem::remove(path);
  Result<Store> store = Store::Open(path);
  if (!store) return Fail(store.error());
  Result<std::unique_ptr<ImportSession>> session = store->BeginImport({id, id, "eval"});
  if (!session) return Fail(session.error());
  std::map<std::string, bool> owner_set;
  if (Status status = (*session)->BeginEntry(); !status.ok()) return Fail(status);
  for (const rapidjson::Value& value : situation["events"].GetArray()) {
    Result<Event> event = ReadEvent(value);
    if (!event) return Fail(event.error());
    if (!owner_set[event->platform]) {
      // Commit what came before, so that each platform's owner is written with its events.
      if (Status s = (*session)->CommitEntry(); !s.ok()) return Fail(s);
      if (Status s = (*session)->SetOwner(event->platform, OwnerOn(event->platform)); !s.ok()) {
        return Fail(s);
      }
      if (Status s = (*session)->BeginEntry(); !s.ok()) return Fail(s);
      owner_set[event->platform] = true;
    }
    if (event->direction == Direction::kOutbound) event->author = OwnerOn(event->platform);
    if (Result<WriteOutcome> written = (*session)->Write(*event); !written) {
      return Fail(written.error());
    }
  }
  if (Status status = (*session)->CommitEntry(); !status.ok()) return Fail(status);
  if (Result<int64_t> done = (*session)->Finish(ImportRecord{}); !done) return Fail(done.error());
  if (Result<int64_t> scored = FeatureStore(store->connection()).Refresh(); !scored) {
    return Fail(scored.error());
  }
  const std::optional<int64_t> as_of = ParseIso8601Ms(Text(situation, "as_of"));
  if (!as_of) return Fail(StatusCode::kDataError, id + ": bad as_of");
  Result<std::vector<Call>> calls = BuildCallList(store->connection(), *as_of, ScoringConfig{});
  if (!calls) return Fail(calls.error());
  if (explain) Explain(situation, store->connection(), *as_of);
  Outcome outcome;
  outcome.expected = situation["expect_call"].GetBool();
  for (const rapidjson::Value& focus : situation["focus"].GetArray()) {
    for (const Call& call : *calls) {
      for (const CallConversation& c : call.conversations) {
        if (c.platform == Text(focus, "platform") &&
            c.conversation_key == Text(focus, "conversation_key")) {
          outcome.flagged = true;
        }
      }
    }
  }
  FeatureStore features(store->connection());
  for (const rapidjson::Value& focus : situation["focus"].GetArray()) {
    Result<Statement> stmt = store->connection().Prepare(
        "SELECT id FROM conversations WHERE platform = ? AND conversation_key = ?");
    if (!stmt) return Fail(stmt.error());
    const std::string platform = Text(focus, "platform");
    const std::string key = Text(focus, "conversation_key");
    stmt->Bind(1, platform).Bind(2, key);
    if (!stmt->Step().value_or(false)) continue;
    Result<ConversationFeatures> f = features.Compute(stmt->Int(0), *as_of);
    if (!f) continue;
    const ScoreResult r = Score(*f, ScoreContext{}, *as_of, ScoringConfig{});
    if (r.eligible && r.score > outcome.score) {
      outcome.score = r.score;
      outcome.features = FeatureLine(*f);
    }
  }
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  return outcome;
}

struct Tally {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  double Precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
};

int Main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: eval_calls FILE [--split S] [--verbose] [--explain ID] "
                 "[--scores] [--min-precision P --min-recall R]\n");
    return 2;
  }
  std::string only_split;
  std::string explain_id;
  bool verbose = false;
  bool scores = false;
  double min_precision = 0, min_recall = 0;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--split" && i + 1 < argc)
      only_split = argv[++i];
    else if (arg == "--verbose")
      verbose = true;
    else if (arg == "--scores")
      scores = true;
    else if (arg == "--explain" && i + 1 < argc)
      explain_id = argv[++i];
    else if (arg == "--min-precision" && i + 1 < argc)
      min_precision = std::atof(argv[++i]);
    else if (arg == "--min-recall" && i + 1 < argc)
      min_recall = std::atof(argv[++i]);
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::fprintf(stderr, "eval_calls: cannot read %s\n", argv[1]);
    return 66;
  }
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("touchpoint-eval-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::map<std::string, Tally> tallies;
  std::string line;
  while (std::getline(in, line)) {
    rapidjson::Document situation;
    situation.Parse(line.c_str());
    if (situation.HasParseError()) continue;
    const std::string split = Text(situation, "split");
    if (!only_split.empty() && split != only_split) continue;
    if (!explain_id.empty() && Text(situation, "id") != explain_id) continue;
    Result<Outcome> outcome = Evaluate(situation, dir, !explain_id.empty());
    if (!outcome) {
      std::fprintf(stderr, "eval_calls: %s: %s\n", Text(situation, "id").c_str(),
                   outcome.error().message().c_str());
      std::filesystem::remove_all(dir);
      return 1;
    }
    Tally& tally = tallies[split];
    if (outcome->expected && outcome->flagged) ++tally.tp;
    if (!outcome->expected && outcome->flagged) ++tally.fp;
    if (outcome->expected && !outcome->flagged) ++tally.fn;
    if (!outcome->expected && !outcome->flagged) ++tally.tn;
    if (scores) {
      std::printf("SCORE %s %s %d %d %.3f %s\n", Text(situation, "id").c_str(), split.c_str(),
                  outcome->expected, outcome->flagged, outcome->score, outcome->features.c_str());
    }
    if (verbose && outcome->expected != outcome->flagged) {
      std::printf("%s %s %s: %s\n", outcome->flagged ? "FALSE-POSITIVE" : "MISSED",
                  Text(situation, "id").c_str(), split.c_str(), Text(situation, "why").c_str());
    }
  }
  std::filesystem::remove_all(dir);
  int failed = 0;
  for (const auto& [split, t] : tallies) {
    std::printf("%-8s precision %.3f recall %.3f  (tp %d fp %d fn %d tn %d)\n", split.c_str(),
                t.Precision(), t.Recall(), t.tp, t.fp, t.fn, t.tn);
    if (split == "holdout" && (t.Precision() < min_precision || t.Recall() < min_recall)) {
      failed = 1;
    }
  }
  std::printf("%d passed, %d failed\n", failed ? 0 : 1, failed);
  return failed;
}

}  // namespace
}  // namespace touchpoint

int main(int argc, char** argv) { return touchpoint::Main(argc, argv); }
