#pragma once

#include <cstdint>
#include <string_view>

namespace touchpoint {

// What someone asks for in a message. Bits, so a message can ask for several things.
enum AskKind : uint8_t {
  kAskCall = 1 << 0,
  kAskMeeting = 1 << 1,
  kAskChat = 1 << 2,
  kAskRates = 1 << 3,
  kAskFeedback = 1 << 4,
  kAskHelp = 1 << 5,
};

// Signals read from one message's text, in English, Spanish, French, German and Portuguese,
// tolerant of missing accents and common typos.
struct MessageSignals {
  uint8_t asks = 0;          // AskKind bits: an object (call, coffee, rates, ...) framed as a
                             // request, proposal or question, or an unmistakable phrase
  bool thanks_only = false;  // nothing but thanks, congratulations or applause ("thanks!",
                             // "merci 🙏", "Happy birthday Sam!", "great post")
  bool emoji_only = false;   // no letters or digits at all, but something
  bool recruiter = false;    // a recruiter's template ("exciting opportunity", "your profile")
  bool promotional = false;  // a sales or marketing pitch ("book a free call", "% off"), or
                             // anything offered for free: people asking for help offer none
  bool automated = false;    // written by a machine ("do not reply", "thanks for connecting")
  bool hostile = false;      // insults or aggression
  bool closing = false;      // ends a conversation ("talk soon", "thanks for the call")
  bool declined = false;     // withdraws or declines ("we went with another", "no need")
  bool gratitude = false;    // thanks anywhere in it ("Thanks for Thursday, it helped a lot")
  bool question = false;
  bool listing_question = false;  // Marketplace's pre-filled "Is this still available?"
  bool work = false;         // names a work matter (prices, a project, a client, a talk) or asks
                             // for rates, feedback or help: more than social plans
  int words = 0;
  uint32_t outreach = 0;     // OutreachCue bits (core/outreach_cues.h): the parts of a pitch
                             // it holds, and whether it brings a problem of its own
};

MessageSignals AnalyzeMessage(std::string_view text);

// Whether a message says who sent its writer ("Marta suggested I get in touch").
bool CitesReferral(std::string_view text);

// Lower-case English names of the asks in `kinds`, e.g. "a call", "rates" (for reasons).
std::string_view AskName(uint8_t kinds) noexcept;

}  // namespace touchpoint
