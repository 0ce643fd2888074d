#pragma once

#include <string_view>

namespace touchpoint::facebook {

// What a file of a Facebook "Download Your Information" export (JSON) holds, judged by its
// path. The export root can sit anywhere (zip root or a wrapper folder), and the Messenger
// root is messages/, your_activity_across_facebook/messages/ or
// your_facebook_activity/messages/ depending on the era, so files are matched by their last
// path components only.
enum class FileRole {
  kOther,     // media, HTML, metadata beside the threads, posts, reactions, ...
  kThread,    // messages/<section>/<thread folder>/message_N.json (or message.json)
  kProfile,   // profile_information/profile_information.json: names the owner
  kComments,  // comments/comments.json, comments_and_reactions/comments.json
  kFriends,   // friends/friends.json, friends_and_followers/friends.json,
              // friends/your_friends.json
};

struct FileInfo {
  FileRole role = FileRole::kOther;
  // For kThread: the thread folder's name ("janedoe_1234567890123456"), the same whichever
  // section (inbox, archived_threads, filtered_threads, message_requests, e2ee_cutover) the
  // thread sits in. Points into the classified path.
  std::string_view thread_folder;
};

FileInfo Classify(std::string_view entry_path) noexcept;

}  // namespace touchpoint::facebook
