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
// Possessives and demonstratives: they make a call, meeting or chat one that exists already,
// talked about rather than asked for ("your talk", "that meeting", "ta conférence").
std::span<const std::string_view> Possessives();
// Time or availability as an object ("20 minutes", "un rato", "un créneau", "kurz Zeit"),
// the reader addressed ("you'd", "tendrías", "auriez", "hättest"), and time that is talked
// about rather than asked for ("a good time", "had time"). A question to the reader about
// their time asks for it, in whatever modal or conditional form.
std::span<const std::string_view> TimeObjects();
std::span<const std::string_view> YouWords();
std::span<const std::string_view> TimeTraps();
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
// The shape of a pitch, whatever is sold: the owner's own kind as a class of customers
// ("consultants", "autónomos", "Beratern": the people touchpoint serves, DESIGN.md), "like
// you", a claim to help others ("we help", "nous accompagnons", "my team can") or to serve
// them ("we offer", "wir bieten"), a look for fit ("see if it's a match", "demo").
std::span<const std::string_view> Audiences();
std::span<const std::string_view> LikeYou();
std::span<const std::string_view> HelpClaims();
std::span<const std::string_view> ServiceClaims();
std::span<const std::string_view> FitSeeking();
// What a seller means to fix in the reader's business ("your website", "tu agenda",
// "Ihre Sichtbarkeit"), and a seller's offer to present ("so I can show you", "te cuento").
std::span<const std::string_view> SellerTargets();
std::span<const std::string_view> OffersToPresent();
// The shape of a recruiter's approach: a job title, their profile matching, a placement.
std::span<const std::string_view> JobTitles();
std::span<const std::string_view> ProfileMatch();
std::span<const std::string_view> Placements();
// A third party's post being filled ("I'm working with a", "im Auftrag", "besetze ich"), and
// the employment words that make it a job ("lead", "join", "Position").
std::span<const std::string_view> RecruiterClients();
std::span<const std::string_view> EmploymentWords();
// A client's own need ("can you help us", "what to charge", "contratarte"): sellers offer
// help, clients ask for it.
std::span<const std::string_view> ClientNeeds();
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
// Gratitude in other words than thanks: "huge help", "owe you a coffee", "te debo una".
std::span<const std::string_view> GratitudeCues();

}  // namespace touchpoint::lexicon
