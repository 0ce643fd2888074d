#include "connectors/facebook/thread_reader.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "connectors/common/json_fields.h"
#include "connectors/common/mojibake.h"
#include "connectors/facebook/item_event.h"
#include "connectors/facebook/natural_key.h"
#include "connectors/facebook/people.h"

namespace touchpoint::facebook {
namespace {

constexpr std::string_view kCall = "call";
constexpr std::string_view kGroupEvent = "group event";

// System prose of exports without "type": text that starts with `head` and ends with `tail`
// (exactly `head` when `tail` is empty).
struct Prose {
  std::string_view head;
  std::string_view tail;
  std::string_view reason;
};

// The whole content, whoever sent it.
constexpr Prose kProse[] = {
    {"The video call ended.", "", kCall},    {"The call ended.", "", kCall},
    {"The audio call ended.", "", kCall},    {"The video chat ended.", "", kCall},
    {"You missed a call from ", ".", kCall}, {"You missed a video call from ", ".", kCall},
};

// The content after "<sender> ".
constexpr Prose kSenderProse[] = {
    {"added ", " to the group.", kGroupEvent},
    {"removed ", " from the group.", kGroupEvent},
    {"left the group.", "", kGroupEvent},
    {"named the group ", ".", kGroupEvent},
    {"removed the group name.", "", kGroupEvent},
    {"changed the group photo.", "", kGroupEvent},
    {"set the nickname for ", ".", kGroupEvent},
    {"set your nickname to ", ".", kGroupEvent},
    {"cleared the nickname for ", ".", kGroupEvent},
    {"missed your call.", "", kCall},
    {"missed your video call.", "", kCall},
    {"started a call.", "", kCall},
    {"started a video call.", "", kCall},
    {"started a video chat.", "", kCall},
    {"joined the call.", "", kCall},
    {"joined the video call.", "", kCall},
    {"joined the video chat.", "", kCall},
};

// Placeholders for an attachment the export left out: a turn, without text.
constexpr std::string_view kAttachmentPlaceholder = "sent an attachment.";
constexpr std::string_view kOwnAttachmentPlaceholder = "You sent an attachment.";

constexpr std::string_view kMediaKeys[] = {"photos", "videos",  "gifs", "audio_files",
                                           "files",  "sticker", "share"};

bool Matches(std::string_view text, const Prose& prose) {
  if (prose.tail.empty()) return text == prose.head;
  return text.size() > prose.head.size() + prose.tail.size() && text.starts_with(prose.head) &&
         text.ends_with(prose.tail);
}

// `content` after "<sender> ", or nullopt when it does not start so.
std::optional<std::string_view> AfterSender(std::string_view content, std::string_view sender) {
  if (sender.empty() || content.size() <= sender.size() + 1 || !content.starts_with(sender) ||
      content[sender.size()] != ' ') {
    return std::nullopt;
  }
  return content.substr(sender.size() + 1);
}

bool IsAttachmentPlaceholder(std::string_view content, std::string_view sender) {
  return content == kOwnAttachmentPlaceholder ||
         AfterSender(content, sender) == kAttachmentPlaceholder;
}

std::string_view ProseReason(std::string_view content, std::string_view sender) {
  for (const Prose& prose : kProse) {
    if (Matches(content, prose)) return prose.reason;
  }
  if (const std::optional<std::string_view> rest = AfterSender(content, sender)) {
    for (const Prose& prose : kSenderProse) {
      if (Matches(*rest, prose)) return prose.reason;
    }
  }
  return {};
}

bool HasMedia(const rapidjson::Value& message) {
  for (const std::string_view key : kMediaKeys) {
    if (const rapidjson::Value* value = Member(message, key);
        value != nullptr && !value->IsNull()) {
      return true;
    }
  }
  return false;
}

bool IsTrue(const rapidjson::Value& object, std::string_view key) {
  const rapidjson::Value* value = Member(object, key);
  return value != nullptr && value->IsBool() && value->GetBool();
}

// Why `message` is not a conversation turn, or empty when it is one.
std::string_view NotATurn(const rapidjson::Value& message, std::string_view sender,
                          std::string_view content) {
  if (IsTrue(message, "is_unsent")) return "unsent message";
  const std::string_view type = StringField(message, "type");
  if (type == "Call" || Member(message, "call_duration") != nullptr) return kCall;
  if (type == "Subscribe" || type == "Unsubscribe") return kGroupEvent;
  if (content.empty()) return HasMedia(message) ? std::string_view() : "empty message";
  return ProseReason(content, sender);
}

class ThreadReader {
 public:
  ThreadReader(std::string_view folder, const Identity& owner, std::string_view source,
               EventSink& sink)
      : folder_(folder),
        owner_(owner),
        source_(source),
        sink_(sink),
        key_prefix_("fb:msg:" + KeyBuilder::Tag(folder) + ":") {}

  void GatherCounterparts(const rapidjson::Value& thread, const rapidjson::Value& messages) {
    if (const rapidjson::Value* participants = ArrayField(thread, "participants")) {
      for (const rapidjson::Value& participant : participants->GetArray()) {
        AddCounterpart(ParticipantName(participant));
      }
    }
    for (const rapidjson::Value& message : messages.GetArray()) {
      AddCounterpart(StringField(message, "sender_name"));
    }
  }

  Status Read(const rapidjson::Value& message) {
    const std::string& sender = names_.Get(StringField(message, "sender_name"));
    const rapidjson::Value* timestamp = Member(message, "timestamp_ms");
    if (sender.empty() || timestamp == nullptr || !timestamp->IsInt64()) {
      sink_.Skip("message without sender or timestamp");
      return Status::Ok();
    }
    std::string content = RepairMojibake(StringField(message, "content"));
    if (const std::string_view reason = NotATurn(message, sender, content); !reason.empty()) {
      sink_.Skip(reason);
      return Status::Ok();
    }
    ItemFacts facts;
    facts.kind = EventKind::kDm;
    facts.external_id = Key(timestamp->GetInt64(), sender, content);
    facts.conversation_key = std::string(folder_);
    facts.occurred_at_ms = timestamp->GetInt64();
    facts.outbound = sender == owner_.name;
    if (!facts.outbound) facts.author = PersonIdentity(sender, folder_);
    facts.counterparts = counterparts_;
    if (!IsAttachmentPlaceholder(content, sender)) facts.text = std::move(content);
    return sink_.Emit(MakeItemEvent(std::move(facts), owner_, source_));
  }

 private:
  void AddCounterpart(std::string_view raw) {
    const std::string& name = names_.Get(raw);
    if (name.empty() || name == owner_.name || !counted_.insert(name).second) return;
    counterparts_.push_back(PersonIdentity(name, folder_));
  }

  std::string Key(int64_t timestamp_ms, std::string_view sender, std::string_view content) {
    key_.Reset();
    key_.Add(folder_).Add(timestamp_ms).Add(sender).Add(content);
    const int64_t occurrence = occurrences_[key_.Hash64()]++;
    return key_.Add(occurrence).Key(key_prefix_);
  }

  std::string_view folder_;
  const Identity& owner_;
  std::string_view source_;
  EventSink& sink_;
  RepairCache names_;
  std::unordered_set<std::string_view> counted_;  // views of names_' strings
  std::vector<Identity> counterparts_;
  const std::string key_prefix_;
  KeyBuilder key_;
  std::unordered_map<uint64_t, int64_t> occurrences_;
};

}  // namespace

Status ReadThread(const rapidjson::Value& thread, std::string_view thread_folder,
                  const Identity& owner, std::string_view source, EventSink& sink) {
  const rapidjson::Value* messages = ArrayField(thread, "messages");
  if (messages == nullptr) {
    return Status(StatusCode::kDataError,
                  std::string(source) + ": not a Messenger thread: no \"messages\" array");
  }
  ThreadReader reader(thread_folder, owner, source, sink);
  reader.GatherCounterparts(thread, *messages);
  int64_t index = 0;
  for (const rapidjson::Value& message : messages->GetArray()) {
    ++index;
    if (Status status = reader.Read(message); !status.ok()) {
      return status.WithContext(std::string(source) + ": message " + std::to_string(index));
    }
  }
  return Status::Ok();
}

}  // namespace touchpoint::facebook
