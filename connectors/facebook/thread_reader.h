#pragma once

#include <string_view>

#include <rapidjson/document.h>

#include "connectors/event_sink.h"
#include "core/event.h"
#include "core/status.h"

namespace touchpoint::facebook {

// Turns one parsed Messenger thread file (message_N.json) into `dm` events, one per
// conversation turn, inbound or outbound by sender (sender_name == owner.name: outbound).
//
// * conversation_key: `thread_folder`, the thread's folder name, which stays the same when a
//   later export moves the thread to another section.
// * external_id: "fb:msg:<tag>:<hash>". <hash> is hex XXH3-128 (see KeyBuilder) of (thread
//   folder, timestamp_ms, sender name, content, occurrence), names and content
//   mojibake-repaired; occurrence counts earlier messages of this file with the same first
//   four fields (photo bursts), from 0. <tag> is KeyBuilder::Tag(thread folder): it adds no
//   uniqueness, but keeps a thread's keys next to each other in the store's unique index, so
//   an entry's inserts touch a few index pages instead of one page per message.
//   Nothing in the key depends on the section, the part file or the archive, so the same
//   message keys the same in every export. Caveat: identical messages in one millisecond that
//   a later export splits across two part files are numbered per file and may collapse.
// * author: the owner's identity for outbound messages, else the sender's name
//   (PersonIdentity); counterparts: every participant and every sender of the file but the
//   owner, so people who left a group (absent from `participants`) still count.
// * text: the repaired content; "" for media-only messages (photos, videos, gifs, audio,
//   files, sticker or share without content) and for "<sender> sent an attachment."
//
// Not turns, counted with sink.Skip(reason): unsent messages ("unsent message"); calls
// ("call": type Call, call_duration, and the English prose of 2023+ exports such as "The
// video call ended." or "X missed your call."); group housekeeping ("group event": type
// Subscribe/Unsubscribe, and prose such as "X added Y to the group.", "X left the group.",
// "X named the group Z."); messages with neither content nor media ("empty message");
// items without sender or timestamp. The prose lists are English only: localised exports'
// system messages are imported as turns.
//
// kDataError when `thread` has no "messages" array; sink errors are returned as they are.
Status ReadThread(const rapidjson::Value& thread, std::string_view thread_folder,
                  const Identity& owner, std::string_view source, EventSink& sink);

}  // namespace touchpoint::facebook
