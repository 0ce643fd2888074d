#pragma once

#include <span>
#include <string_view>

namespace touchpoint::lexicon {

// Phrases in folded form (lower case, no accents, see FoldText), matched on word boundaries.
// Written for people's real phrasing in English, Spanish, French, German and Portuguese.

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
// Rates words that are also the owner's subject ("pricing", "precios", "Preise"): they ask
// for rates only when the reader is in the sentence ("your pricing?", "what would you charge").
std::span<const std::string_view> TopicRates();
// Words that set time together in the future ("this week", "mañana", "demain", "morgen"):
// "that call" is then being arranged, not talked about.
std::span<const std::string_view> ScheduleWords();

// Something offered at no cost, as a seller words it: "a free audit", "our free webinar",
// "llamada gratuita", "kostenloses Erstgespräch". The words before "free" that make it a gift
// are FreeGivers ("are you free", "free for a call" and "sugar-free" give nothing).
std::span<const std::string_view> FreeOffers();
std::span<const std::string_view> FreeGivers();
// "Are", "son", "sind": before "free" they describe ("tastings are free for guests").
std::span<const std::string_view> Copulas();
// "Plan", "tier", "users": after "free", a pricing model's part, not a gift.
std::span<const std::string_view> FreeTopics();
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
// Hostile words said in jest or about someone else: "he wouldn't shut up", "no joke".
std::span<const std::string_view> HostileTraps();
// The writer speaking of themselves ("my", "je suis", "ich bin"), where a hostile word is
// self-deprecation, and exclamations that only look like it ("oh my god").
std::span<const std::string_view> SelfReferences();
std::span<const std::string_view> Exclamations();
// "Says", "thinks", "dit": someone else's words reported.
std::span<const std::string_view> Reporting();
// Facebook Marketplace's pre-filled "Is this still available?" and its translations.
std::span<const std::string_view> ListingQuestions();
std::span<const std::string_view> ClosingCues();
// Confirmations of a set time ("see you there", "bis Mittwoch"): no closing.
std::span<const std::string_view> ClosingTraps();
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
// Work matters: prices, a project, a client, a product, a talk ("drinks Thursday?" has none).
std::span<const std::string_view> WorkMatters();
// A newcomer saying who sent them ("suggested I get in touch", "de la part de").
std::span<const std::string_view> ReferralCues();

// The parts of cold outreach (core/outreach_lexicon.cc), combined by position in OutreachCues:
// the sender as subject, then an offering verb ("we help", "I turn", "wir bieten"; Spanish
// verbs carry their subject); the first person's possessive, then something sold ("our
// platform", "nos formules"); the reader's possessive, then a business asset ("your website",
// "Ihre Buchhaltung"); an amount with a period or a starting price ("€89/month", "ab 199 €").
std::span<const std::string_view> SellerSubjects();
std::span<const std::string_view> OfferVerbs();
std::span<const std::string_view> SubjectFillers();  // "we usually help", "I can show"
std::span<const std::string_view> InflectedOfferVerbs();
std::span<const std::string_view> Selections();
// The first person as subject or object: "I", "we're", "me", "nous", "ich", "eu".
std::span<const std::string_view> FirstPersons();
// What a product does for its users: "helps", "lets you", "permet", "ermöglicht".
std::span<const std::string_view> ProductVerbs();
std::span<const std::string_view> FirstPossessives();
std::span<const std::string_view> Offerings();
// Work on the reader's business nobody asked for: "an audit of your profile" (Diagnostics, then
// the reader within a few words: ReaderRefs).
std::span<const std::string_view> Diagnostics();
std::span<const std::string_view> ReaderRefs();
std::span<const std::string_view> ReaderPossessives();
std::span<const std::string_view> ReaderAssets();
std::span<const std::string_view> PricePeriods();
std::span<const std::string_view> PriceLeads();
// A place to act on an offer without talking ("grab a slot", "reply YES", "save your seat"),
// a way out for the reader ("if not interested", "not the right person?"), and a reminder of an
// earlier message ("just following up", "je me permets de vous relancer").
std::span<const std::string_view> BookingPrompts();
// A trial, no obligation, a discount, early access: terms that lower the bar to buy.
std::span<const std::string_view> Gifts();
std::span<const std::string_view> OptOuts();
// A greeting to many ("hi all", "hola a todos", "hallo zusammen"): an announcement to a list.
std::span<const std::string_view> CrowdGreetings();
std::span<const std::string_view> FollowUps();
// The sender's own need ("I have no idea", "wir brauchen") and, after a first-person
// possessive, their own prices or money ("our margins", "mis tarifas"): what a client brings.
std::span<const std::string_view> OwnNeeds();
std::span<const std::string_view> OwnMatters();
// A need after a first-person possessive and its noun ("my agency needs"), and the words of
// a price: their own offering priced in one sentence ("pricing our new service") is a
// client's matter, not a seller's.
std::span<const std::string_view> NeedVerbs();
std::span<const std::string_view> PriceWords();

}  // namespace touchpoint::lexicon
