#pragma once

#include <string_view>

#include "connectors/common/archive_reader.h"
#include "connectors/linkedin/archive_layout.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::linkedin {

// The member who exported the archive. Their profile URL tells outbound from inbound.
class Owner {
 public:
  explicit Owner(Identity identity) : identity_(std::move(identity)) {}

  const Identity& identity() const noexcept { return identity_; }
  // True for the owner's normalized profile URL (never for "").
  bool HasUrl(std::string_view normalized_url) const noexcept {
    return !normalized_url.empty() && normalized_url == identity_.profile_url;
  }
  // True for the owner's display name (never for ""), for people a file names without URL.
  bool HasName(std::string_view name) const noexcept {
    return !name.empty() && name == identity_.name;
  }

 private:
  Identity identity_;
};

// Finds the owner's profile URL, which no LinkedIn file states outright:
//   1. Invitations.csv: the inviter of OUTGOING rows and the invitee of INCOMING rows
//      (inviterProfileUrl / inviteeProfileUrl, present since late 2023): the URL most rows
//      name;
//   2. else messages.csv: the owner is in every conversation, so the URL (of a sender or a
//      recipient) found in the most conversations, if no other URL ties with it and it is in
//      at least half of them. Rows of one conversation are adjacent in exports; a conversation
//      whose rows are scattered counts once per run, which changes nothing for the owner.
//      Memory grows with the number of distinct URLs, not with the rows;
//   3. else `known_owner`, recorded by an earlier LinkedIn import, if it has a URL and
//      messages.csv names it (or has no URLs at all): a tie between two people in a single
//      conversation is settled, but another account's export is not taken for the owner's.
// This archive's evidence comes first, so one store can hold exports of several accounts.
// The name comes from Profile.csv (First Name, Last Name), else from the rows that gave the
// URL, else from `known_owner`. A malformed file ends its scan but keeps what it found; the
// entry itself reports the error when it is imported. kDataError naming the archive when no
// step finds the URL.
Result<Identity> FindOwner(ArchiveReader& archive, const Layout& layout,
                           const Identity* known_owner);

}  // namespace touchpoint::linkedin
