#include "core/referrals.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "core/message_signals.h"

namespace touchpoint {
namespace {

struct Newcomer {
  int64_t identity_id = 0;
  int64_t event_id = 0;
  int64_t at = 0;
  std::string text;
};

// Words that may be names: runs of letters (any non-ASCII byte counts as one) that start with
// a capital or a non-ASCII letter ("Halvard", "Inês", "Élodie").
std::vector<std::string> CapitalizedWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    const unsigned char first = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
    if (word.size() >= 2 && ((first >= 'A' && first <= 'Z') || first >= 0x80)) {
      words.push_back(word);
    }
    word.clear();
  };
  for (const char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u) || u >= 0x80 || (c == '-' && !word.empty())) {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string FirstWord(const std::string& name) { return name.substr(0, name.find(' ')); }

// Identities whose name is a word (?1) or starts with it, other than the newcomer (?2), with
// the time they were last seen before the newcomer wrote (?3); NULL when never.
constexpr std::string_view kCandidatesSql = R"sql(
SELECT i.id, i.name,
       max((SELECT max(occurred_at) FROM events e WHERE e.author_id = i.id AND e.occurred_at < ?3),
           (SELECT max(e.occurred_at) FROM event_counterparts c JOIN events e ON e.id = c.event_id
             WHERE c.identity_id = i.id AND e.occurred_at < ?3)) AS last_seen
  FROM identities i
 WHERE i.is_owner = 0 AND i.id != ?2
   AND (lower(i.name) = ?1 OR (lower(i.name) >= ?1 || ' ' AND lower(i.name) < ?1 || '!'))
)sql";

// The known contact the newcomer names, if any: a full name written out wins, then the most
// recent contact whose first name is written. The owner's own first name is a greeting.
Result<std::optional<int64_t>> NamedContact(Statement& candidates, const Newcomer& newcomer,
                                            const std::vector<std::string>& owner_first_names) {
  const std::vector<std::string> words = CapitalizedWords(newcomer.text);
  std::string text_lower = " ";
  for (const std::string& word : words) text_lower += Lower(word) + " ";
  std::optional<int64_t> best;
  bool best_full = false;
  int64_t best_seen = 0;
  for (const std::string& word : words) {
    const std::string lower = Lower(word);
    if (std::find(owner_first_names.begin(), owner_first_names.end(), lower) !=
        owner_first_names.end()) {
      continue;
    }
    candidates.Bind(1, lower).Bind(2, newcomer.identity_id).Bind(3, newcomer.at);
    for (;;) {
      Result<bool> row = candidates.Step();
      if (!row) return Fail(row.error());
      if (!*row) break;
      if (candidates.IsNull(2)) continue;  // a namesake not seen before the newcomer wrote
      const int64_t seen = candidates.Int(2);
      const std::string name = Lower(std::string(candidates.Text(1)));
      const bool full = name.find(' ') != std::string::npos &&
                        text_lower.find(" " + name + " ") != std::string::npos;
      if (!best || (full && !best_full) || (full == best_full && seen > best_seen)) {
        best = candidates.Int(0);
        best_full = full;
        best_seen = seen;
      }
    }
    candidates.Reset();
  }
  return best;
}

}  // namespace

Status FindNamedReferrals(Connection& db) {
  Result<Statement> owners =
      db.Prepare("SELECT DISTINCT lower(name) FROM identities WHERE is_owner = 1 AND name != ''");
  if (!owners) return owners.error();
  std::vector<std::string> owner_first_names;
  for (;;) {
    Result<bool> row = owners->Step();
    if (!row) return row.error();
    if (!*row) break;
    owner_first_names.push_back(FirstWord(std::string(owners->Text(0))));
  }
  Result<Statement> firsts = db.Prepare(R"sql(
SELECT f.identity_id, e.id, e.occurred_at, e.text
  FROM first_seen f JOIN events e ON e.id = f.event_id
 WHERE e.direction = 'inbound' AND e.author_id = f.identity_id AND e.text != ''
   AND f.identity_id NOT IN (SELECT introduced_id FROM introductions)
)sql");
  if (!firsts) return firsts.error();
  std::vector<Newcomer> referred;
  for (;;) {
    Result<bool> row = firsts->Step();
    if (!row) return row.error();
    if (!*row) break;
    Newcomer newcomer{firsts->Int(0), firsts->Int(1), firsts->Int(2), std::string(firsts->Text(3))};
    if (CitesReferral(newcomer.text)) referred.push_back(std::move(newcomer));
  }
  Result<Statement> candidates = db.Prepare(kCandidatesSql);
  if (!candidates) return candidates.error();
  Result<Statement> insert = db.Prepare(
      "INSERT OR IGNORE INTO introductions(introduced_id, introducer_id, event_id, how) "
      "VALUES (?1, ?2, ?3, 'named')");
  if (!insert) return insert.error();
  for (const Newcomer& newcomer : referred) {
    Result<std::optional<int64_t>> contact = NamedContact(*candidates, newcomer, owner_first_names);
    if (!contact) return contact.error();
    if (!*contact) continue;
    insert->Bind(1, newcomer.identity_id).Bind(2, **contact).Bind(3, newcomer.event_id);
    if (Status status = insert->Run(); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace touchpoint
