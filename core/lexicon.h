#pragma once

#include <span>
#include <string_view>

namespace touchpoint::lexicon {

// Phrases in folded form (lower case, no accents, see FoldText), matched on word boundaries.
// Written for people's real phrasing in English, Spanish, French and German.

// What can be asked for, one list per AskKind bit (call, meeting, chat, rates, feedback, help).
std::span<const std::string_view> AskObjects(int kind_index);
// Words that make a sentence a request or proposal ("can we", "te parece", "hast du zeit").
std::span<const std::string_view> RequestFraming();
// When: "tomorrow", "next week", "15 min", "lundi", "morgen".
std::span<const std::string_view> TimeCues();
// Asks on their own ("hop on a call", "pick your brain", "cuanto cobras"), with their kind bit.
struct StrongAsk {
  std::string_view phrase;
  int kind_index;
};
std::span<const StrongAsk> StrongAsks();
// Phrases where an ask word means something else ("call it a day", "chatgpt").
std::span<const std::string_view> AskTraps();

// Something offered at no cost, as a seller words it: "a free audit", "our free webinar",
// "llamada gratuita", "kostenloses Erstgespräch". The words before "free" that make it a gift
// are FreeGivers ("are you free", "free for a call" and "sugar-free" give nothing).
std::span<const std::string_view> FreeOffers();
std::span<const std::string_view> FreeGivers();
std::span<const std::string_view> RecruiterCues();
std::span<const std::string_view> PromotionalCues();
std::span<const std::string_view> AutomatedCues();
std::span<const std::string_view> HostileCues();
std::span<const std::string_view> ClosingCues();
// Words of a sales pitch: "we/our" talk, promised benefits, calls to action.
std::span<const std::string_view> WeWords();
std::span<const std::string_view> BenefitWords();
std::span<const std::string_view> CallToAction();
std::span<const std::string_view> AutomatedOpeners();
std::span<const std::string_view> DeclinedCues();
// Words a message of nothing but congratulations or applause consists of, and its cores.
std::span<const std::string_view> Pleasantries();
std::span<const std::string_view> PleasantryCores();
// Every word a thanks-only message may consist of.
std::span<const std::string_view> ThanksWords();
// Words that must be present for a message to count as thanks.
std::span<const std::string_view> ThanksCores();

}  // namespace touchpoint::lexicon
