#pragma once

#include <string>
#include <string_view>

namespace touchpoint::twitter {

// What a file in a Twitter/X archive holds, judged by its base name (the data root can sit
// anywhere: zip root, data/, or a wrapper folder).
enum class FileRole {
  kOther,          // not a touchpoint source (likes, followers, headers, media, ...)
  kAccount,        // account.js: who the owner is
  kManifest,       // manifest.js: window.__THAR_CONFIG, also names the owner
  kTweets,         // tweet.js, tweets.js, tweet(s)-partN.js
  kDirectMessages, // direct-message(s)(-group)(-partN).js
  kClassicTweets,  // data/js/tweets/YYYY_MM.js of pre-2018 archives
  kClassicUser,    // data/js/user_details.js of pre-2018 archives
};

struct FileInfo {
  FileRole role = FileRole::kOther;
  // The variable the file must assign: "window.YTD.tweets.partN" for tweets-partN.js (the
  // part number is not checked), "Grailbird.data.tweets_2015_01" for classic files.
  std::string expected_variable;
};

FileInfo Classify(std::string_view entry_path);

// True when `variable` is what `info` expects (YTD names: any part number).
bool VariableMatches(const FileInfo& info, std::string_view variable);

}  // namespace touchpoint::twitter
