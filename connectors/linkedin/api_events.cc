#include "connectors/linkedin/api_events.h"

#include <utility>

#include "connectors/common/html_to_text.h"
#include "connectors/common/profile_url.h"
#include "connectors/common/url_encoding.h"
#include "connectors/linkedin/natural_key.h"

namespace touchpoint::linkedin {
namespace {

constexpr std::string_view kThreadPrefix = "urn:li:messagingThread:";

bool SamePerson(const Identity& a, const Identity& b) {
  if (!a.user_id.empty() && a.user_id == b.user_id) return true;
  return !a.profile_url.empty() && a.profile_url == b.profile_url;
}

}  // namespace

Identity UrnIdentity(std::string_view urn, std::string_view vanity_name) {
  Identity identity;
  identity.user_id = std::string(urn);
  if (!vanity_name.empty()) {
    identity.profile_url =
        NormalizeProfileUrl("https://www.linkedin.com/in/" + PercentEncode(vanity_name));
  }
  return identity;
}

std::string ThreadKey(std::string_view thread) {
  if (thread.starts_with(kThreadPrefix)) thread.remove_prefix(kThreadPrefix.size());
  return std::string(thread);
}

std::string PostLink(std::string_view post_urn) {
  return "https://www.linkedin.com/feed/update/" + PercentEncode(post_urn);
}

int64_t WholeSecondsMs(int64_t ms) { return ms - ((ms % 1000) + 1000) % 1000; }

Event MessageEvent(const MessageFacts& facts, const Identity& owner) {
  Event event;
  event.platform = kLinkedinPlatform;
  event.kind = EventKind::kDm;
  event.direction = facts.outbound ? Direction::kOutbound : Direction::kInbound;
  event.conversation_key = ThreadKey(facts.thread);
  event.occurred_at_ms = facts.created_ms;
  event.text = HtmlToText(facts.text);
  event.source = facts.source;
  event.author = facts.outbound ? owner : facts.sender;
  // The archive hashes the sender's profile URL (message_reader.cc); without one, the URN
  // keeps the key stable between polls.
  std::string sender_key = facts.sender.profile_url;
  if (sender_key.empty() && facts.outbound) sender_key = owner.profile_url;
  if (sender_key.empty()) sender_key = "urn:" + facts.sender.user_id;
  event.external_id = NaturalKey(
      "li:msg:", {event.conversation_key, std::to_string(WholeSecondsMs(facts.created_ms)),
                  sender_key, event.text});
  const auto add = [&](const Identity& person) {
    if (person.empty() || SamePerson(person, owner)) return;
    for (const Identity& known : event.counterparts) {
      if (SamePerson(known, person)) return;
    }
    event.counterparts.push_back(person);
  };
  if (!facts.outbound) add(facts.sender);
  for (const Identity& member : facts.members) add(member);
  return event;
}

Event CommentEvent(const CommentFacts& facts, const Identity& owner) {
  Event event;
  event.platform = kLinkedinPlatform;
  event.kind = EventKind::kComment;
  event.direction = facts.by_owner ? Direction::kOutbound : Direction::kInbound;
  event.author = facts.by_owner ? owner : facts.author;
  if (!facts.by_owner && !facts.author.empty()) event.counterparts.push_back(facts.author);
  event.occurred_at_ms = facts.created_ms;
  event.text = HtmlToText(facts.text);
  event.source = facts.source;
  const std::string post = facts.post_urn.empty() ? std::string() : PostLink(facts.post_urn);
  const std::string when = std::to_string(WholeSecondsMs(facts.created_ms));
  // The archive's key (activity_reader.cc ReadComments), without its repeat numbering: the
  // API names each comment once.
  event.external_id = NaturalKey("li:cmt:", {when, post, event.text});
  event.conversation_key = !post.empty() ? post : facts.comment_urn;
  if (event.conversation_key.empty()) event.conversation_key = event.external_id;
  return event;
}

}  // namespace touchpoint::linkedin
