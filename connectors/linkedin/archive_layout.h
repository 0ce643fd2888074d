#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "connectors/common/archive_reader.h"

namespace touchpoint::linkedin {

// What a file of a LinkedIn export holds, judged by its base name.
enum class FileRole {
  kOther,        // not read (Positions.csv, guide_messages.csv, Articles/..., ...)
  kMessages,     // messages.csv
  kConnections,  // Connections.csv
  kInvitations,  // Invitations.csv
  kComments,     // Comments.csv, Comments_<n>.csv
  kProfile,      // Profile.csv: the owner's name (never their URL)
};

// Names match case-insensitively, ignoring spaces, underscores and a trailing "_<digits>"
// ("Comments_12345.csv"), and only whole: "guide_messages.csv" is not messages.csv.
FileRole Classify(std::string_view entry_path);

// The columns a file of `role` must have in its header (matched by CsvHeader).
std::span<const std::string_view> RequiredColumns(FileRole role);

// The export's files worth reading. LinkedIn puts them at the archive root; a re-zipped copy
// may add a wrapper folder, so the root is the folder of the shallowest file with a role, and
// only files in that folder are taken.
struct Layout {
  std::vector<ArchiveEntry> entries;  // every file with a role, in archive order

  // The first file with `role`, or nullptr.
  const ArchiveEntry* Find(FileRole role) const;
};

Layout FindLayout(const ArchiveReader& archive);

}  // namespace touchpoint::linkedin
