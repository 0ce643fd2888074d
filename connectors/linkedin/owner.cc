#include "connectors/linkedin/owner.h"

#include <cstdint>
#include <string>
#include <unordered_map>

#include "connectors/common/profile_url.h"
#include "connectors/linkedin/csv_table.h"
#include "connectors/linkedin/people.h"

namespace touchpoint::linkedin {
namespace {

// How often a URL was seen, and the first display name that went with it.
struct Tally {
  int64_t count = 0;
  uint64_t last_run = UINT64_MAX;
  std::string name;
};
using Tallies = std::unordered_map<std::string, Tally>;

void Count(Tallies& tallies, const std::string& url, std::string_view name, uint64_t run) {
  if (url.empty()) return;
  Tally& tally = tallies[url];
  if (tally.last_run != run) {
    ++tally.count;
    tally.last_run = run;
  }
  if (tally.name.empty()) tally.name = std::string(name);
}

// The URL with the highest count if no other has as much and it reaches `minimum`.
const Tallies::value_type* Leader(const Tallies& tallies, int64_t minimum) {
  const Tallies::value_type* best = nullptr;
  int64_t runner_up = 0;
  for (const auto& entry : tallies) {
    if (best == nullptr || entry.second.count > best->second.count) {
      if (best != nullptr) runner_up = best->second.count;
      best = &entry;
    } else if (entry.second.count > runner_up) {
      runner_up = entry.second.count;
    }
  }
  if (best == nullptr || best->second.count == runner_up || best->second.count < minimum) {
    return nullptr;
  }
  return best;
}

std::string ProfileName(ArchiveReader& archive, const Layout& layout) {
  const ArchiveEntry* entry = layout.Find(FileRole::kProfile);
  if (entry == nullptr) return {};
  Result<std::unique_ptr<CsvTable>> table =
      CsvTable::Open(archive, *entry, RequiredColumns(FileRole::kProfile));
  if (!table) return {};
  Result<bool> row = (*table)->Next();
  if (!row || !*row) return {};
  return FullName((*table)->Field((*table)->Column("First Name")),
                  (*table)->Field((*table)->Column("Last Name")));
}

// Step 1: every row of Invitations.csv votes for the URL on the owner's side.
Tallies InvitationVotes(ArchiveReader& archive, const Layout& layout) {
  Tallies votes;
  const ArchiveEntry* entry = layout.Find(FileRole::kInvitations);
  if (entry == nullptr) return votes;
  Result<std::unique_ptr<CsvTable>> opened =
      CsvTable::Open(archive, *entry, RequiredColumns(FileRole::kInvitations));
  if (!opened) return votes;
  CsvTable& table = **opened;
  const auto direction = table.Column("Direction");
  const auto from = table.Column("From"), to = table.Column("To");
  const auto inviter = table.Column("inviterProfileUrl");
  const auto invitee = table.Column("inviteeProfileUrl");
  if (!inviter && !invitee) return votes;
  uint64_t row_number = 0;
  for (Result<bool> row = table.Next(); row && *row; row = table.Next()) {
    if (table.FieldIs(direction, "OUTGOING")) {
      Count(votes, NormalizeProfileUrl(table.Field(inviter)), table.Field(from), row_number++);
    } else if (table.FieldIs(direction, "INCOMING")) {
      Count(votes, NormalizeProfileUrl(table.Field(invitee)), table.Field(to), row_number++);
    }
  }
  return votes;
}

// Step 3: in how many conversations each URL takes part.
Tallies ConversationPresence(ArchiveReader& archive, const Layout& layout, int64_t& runs) {
  Tallies presence;
  runs = 0;
  const ArchiveEntry* entry = layout.Find(FileRole::kMessages);
  if (entry == nullptr) return presence;
  Result<std::unique_ptr<CsvTable>> opened =
      CsvTable::Open(archive, *entry, RequiredColumns(FileRole::kMessages));
  if (!opened) return presence;
  CsvTable& table = **opened;
  const auto conversation = table.Column("CONVERSATION ID");
  const auto from = table.Column("FROM"), sender = table.Column("SENDER PROFILE URL");
  const auto recipients = table.Column("RECIPIENT PROFILE URLS");
  std::string current;
  for (Result<bool> row = table.Next(); row && *row; row = table.Next()) {
    const std::string_view id = table.Field(conversation);
    if (runs == 0 || id != current) {
      ++runs;
      current.assign(id);
    }
    const uint64_t run = static_cast<uint64_t>(runs);
    Count(presence, NormalizeProfileUrl(table.Field(sender)), table.Field(from), run);
    for (const std::string& url : SplitProfileUrls(table.Field(recipients))) {
      Count(presence, url, {}, run);
    }
  }
  return presence;
}

}  // namespace

Result<Identity> FindOwner(ArchiveReader& archive, const Layout& layout,
                           const Identity* known_owner) {
  Identity owner;
  owner.name = ProfileName(archive, layout);
  std::string found_name;
  const bool known = known_owner != nullptr && !known_owner->profile_url.empty();
  if (const Tallies votes = InvitationVotes(archive, layout);
      const auto* leader = Leader(votes, 1)) {
    owner.profile_url = leader->first;
    found_name = leader->second.name;
  } else {
    int64_t runs = 0;
    const Tallies presence = ConversationPresence(archive, layout, runs);
    if (const auto* leader = Leader(presence, (runs + 1) / 2)) {
      owner.profile_url = leader->first;
      found_name = leader->second.name;
    } else if (known && (presence.empty() || presence.contains(known_owner->profile_url))) {
      owner.profile_url = known_owner->profile_url;
      found_name = known_owner->name;
    }
  }
  if (owner.profile_url.empty()) {
    return Fail(StatusCode::kDataError,
                archive.display_name() +
                    ": cannot tell whose LinkedIn export this is: Invitations.csv names no "
                    "profile URL (inviterProfileUrl/inviteeProfileUrl), no earlier LinkedIn "
                    "import recorded the owner, and no profile URL takes part in most "
                    "conversations of messages.csv");
  }
  if (owner.name.empty()) owner.name = std::move(found_name);
  if (owner.name.empty() && known_owner != nullptr) owner.name = known_owner->name;
  return owner;
}

}  // namespace touchpoint::linkedin
