#pragma once

#include <optional>
#include <string>

#include <rapidjson/allocators.h>

#include "connectors/connector.h"
#include "connectors/facebook/json_entry.h"

namespace touchpoint::facebook {

// Imports Facebook "Download Your Information" exports in JSON: Messenger threads of every
// layout (messages/, your_activity_across_facebook/messages/, your_facebook_activity/
// messages/; sections inbox, archived_threads, filtered_threads, message_requests,
// e2ee_cutover; message_N.json parts), the owner's comments and the friends list, also under
// a wrapper folder and when one export is split across several zip files, each imported on
// its own in any order.
//
// Recognizes(): an entry in one of those places whose first bytes open a JSON object with
// the expected key ("participants"/"messages", "profile_v2", "comments_v2", "friends_v2",
// ...). A part that holds only media is not recognised: it has nothing to import.
//
// Plan(): the owner is, in this order, profile_v2.name.full_name of profile_information.json;
// else the one name in the participants of every thread of this archive the owner has not
// left (OwnerVote, which reads one part of every thread once more); else `known_owner`. If
// none applies, kDataError says so. Entries: every thread part, comments.json and the
// friends list, in archive order; metadata files beside the threads, posts, media and
// anything else are not read.
//
// ReadEntry(): parses one entry into a document whose memory is released before the next
// entry, so memory is bounded by the largest single file, not by the export. Each entry is
// one transaction; a malformed file fails alone with its position (ParseJsonEntry).
class FacebookImporter final : public ArchiveImporter {
 public:
  bool Recognizes(ArchiveReader& archive) override;
  Result<ArchivePlan> Plan(ArchiveReader& archive, const Identity* known_owner) override;
  Status ReadEntry(ArchiveReader& archive, const ArchiveEntry& entry, EventSink& sink) override;

 private:
  // Parses `entry` and hands the document to `use` (Status(const rapidjson::Value&)); the
  // document's memory is released when it returns.
  template <typename Use>
  Status WithDocument(ArchiveReader& archive, const ArchiveEntry& entry, const ProgressFn& progress,
                      Use&& use);
  Result<std::string> OwnerName(ArchiveReader& archive, const ArchiveEntry* profile,
                                const Identity* known_owner);

  std::optional<Identity> owner_;
  rapidjson::MemoryPoolAllocator<> pool_{1 << 20};
};

}  // namespace touchpoint::facebook
