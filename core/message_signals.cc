#include "core/message_signals.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>

#include "core/lexicon.h"
#include "core/outreach_cues.h"
#include "core/phrase_matcher.h"
#include "core/text_fold.h"

namespace touchpoint {
namespace {

// Built once; immutable afterwards, so safe to share between threads.
struct Matchers {
  std::array<PhraseMatcher, 6> ask_objects{
      PhraseMatcher(lexicon::AskObjects(0), true), PhraseMatcher(lexicon::AskObjects(1), true),
      PhraseMatcher(lexicon::AskObjects(2), true), PhraseMatcher(lexicon::AskObjects(3), true),
      PhraseMatcher(lexicon::AskObjects(4), true), PhraseMatcher(lexicon::AskObjects(5), true)};
  PhraseMatcher framing{lexicon::RequestFraming()};
  PhraseMatcher possessives{lexicon::Possessives()};
  PhraseMatcher time_objects{lexicon::TimeObjects()};
  PhraseMatcher you_words{lexicon::YouWords()};
  PhraseMatcher time_traps{lexicon::TimeTraps()};
  PhraseMatcher topic_rates{lexicon::TopicRates()};
  PhraseMatcher schedule_words{lexicon::ScheduleWords()};
  PhraseMatcher reader_possessives{lexicon::ReaderPossessives()};
  PhraseMatcher traps{lexicon::AskTraps()};
  PhraseMatcher free_offers{lexicon::FreeOffers()};
  PhraseMatcher free_givers{lexicon::FreeGivers()};
  PhraseMatcher audiences{lexicon::Audiences()};
  PhraseMatcher help_claims{lexicon::HelpClaims()};
  PhraseMatcher service_claims{lexicon::ServiceClaims()};
  PhraseMatcher fit_seeking{lexicon::FitSeeking()};
  PhraseMatcher seller_targets{lexicon::SellerTargets()};
  PhraseMatcher offers_to_present{lexicon::OffersToPresent()};
  PhraseMatcher job_titles{lexicon::JobTitles()};
  PhraseMatcher profile_match{lexicon::ProfileMatch()};
  PhraseMatcher placements{lexicon::Placements()};
  PhraseMatcher recruiter_clients{lexicon::RecruiterClients()};
  PhraseMatcher employment{lexicon::EmploymentWords()};
  PhraseMatcher client_needs{lexicon::ClientNeeds()};
  PhraseMatcher recruiter{lexicon::RecruiterCues()};
  PhraseMatcher promotional{lexicon::PromotionalCues()};
  PhraseMatcher automated{lexicon::AutomatedCues()};
  PhraseMatcher hostile{lexicon::HostileCues()};
  PhraseMatcher hostile_traps{lexicon::HostileTraps()};
  PhraseMatcher self_references{lexicon::SelfReferences()};
  PhraseMatcher exclamations{lexicon::Exclamations()};
  PhraseMatcher listing_questions{lexicon::ListingQuestions()};
  PhraseMatcher closing{lexicon::ClosingCues()};
  PhraseMatcher closing_traps{lexicon::ClosingTraps()};
  PhraseMatcher copulas{lexicon::Copulas()};
  PhraseMatcher free_topics{lexicon::FreeTopics()};
  PhraseMatcher reporting{lexicon::Reporting()};
  PhraseMatcher thanks_words{lexicon::ThanksWords()};
  PhraseMatcher thanks_cores{lexicon::ThanksCores()};
  PhraseMatcher gratitude{lexicon::GratitudeCues()};
  PhraseMatcher automated_openers{lexicon::AutomatedOpeners()};
  PhraseMatcher declined{lexicon::DeclinedCues()};
  PhraseMatcher pleasantries{lexicon::Pleasantries()};
  PhraseMatcher pleasantry_cores{lexicon::PleasantryCores()};
  PhraseMatcher strong_asks{StrongAskPhrases()};
  PhraseMatcher work_matters{lexicon::WorkMatters()};
  PhraseMatcher referrals{lexicon::ReferralCues()};

  static std::span<const std::string_view> StrongAskPhrases() {
    static const std::vector<std::string_view> phrases = [] {
      std::vector<std::string_view> list;
      for (const lexicon::StrongAsk& ask : lexicon::StrongAsks()) list.push_back(ask.phrase);
      return list;
    }();
    return phrases;
  }
};

const Matchers& GetMatchers() {
  static const Matchers matchers;
  return matchers;
}

// How many different cues of a list a message holds. One cue can be innocent ("our clients",
// "your profile"); templates and pitches stack them.
int DistinctCues(const PhraseMatcher& matcher, std::span<const std::string> tokens) {
  std::vector<int> seen;
  std::vector<bool> covered(tokens.size(), false);
  matcher.ForEach(tokens, [&](int index, size_t at, size_t words) {
    // Overlapping cues ("agency" inside "growth agency") are one cue.
    for (size_t i = at; i < at + words; ++i) {
      if (covered[i]) return;
    }
    for (size_t i = at; i < at + words; ++i) covered[i] = true;
    if (std::find(seen.begin(), seen.end(), index) == seen.end()) seen.push_back(index);
  });
  return static_cast<int>(seen.size());
}

// The words of one sentence, without copying them.
std::span<const std::string> Slice(const std::vector<std::string>& tokens,
                                   const Sentence& sentence) {
  return std::span<const std::string>(tokens).subspan(sentence.begin,
                                                      sentence.end - sentence.begin);
}

// The words left once phrases in which a cue word means something else are taken out: "call
// it a day" and "chatgpt" ask for nothing, "he wouldn't shut up" insults nobody.
std::vector<std::string> WithoutTraps(const PhraseMatcher& traps,
                                      const std::vector<std::string>& tokens) {
  std::vector<bool> trapped(tokens.size(), false);
  traps.ForEach(tokens, [&](int, size_t at, size_t words) {
    for (size_t i = at; i < at + words; ++i) trapped[i] = true;
  });
  std::vector<std::string> kept;
  for (size_t i = 0; i < tokens.size(); ++i) {
    // A gap keeps phrases from joining across the removed words.
    kept.push_back(trapped[i] ? std::string("~") : tokens[i]);
  }
  return kept;
}

// A request or question to the reader about their time: "any chance you'd have 20 minutes?",
// "¿tendrías un rato?", "auriez-vous un créneau ?", "hast du kurz Zeit?". Indirect asks come in
// many modal and conditional forms; what they share is the reader and their time in one
// sentence that asks. Time talked about ("had a good time?", "hast du Zeit gehabt") is out.
bool AsksForTime(std::span<const std::string> words) {
  const Matchers& m = GetMatchers();
  if (m.you_words.FindAny(words) < 0) return false;
  std::vector<bool> trapped(words.size(), false);
  m.time_traps.ForEach(words, [&](int, size_t at, size_t count) {
    for (size_t i = at; i < at + count; ++i) trapped[i] = true;
  });
  bool found = false;
  m.time_objects.ForEach(words, [&](int, size_t at, size_t count) {
    for (size_t i = at; i < at + count; ++i) {
      if (trapped[i]) return;
    }
    found = true;
  });
  return found;
}

uint8_t DetectAsks(const FoldedText& text) {
  const Matchers& m = GetMatchers();
  const std::vector<std::string> tokens = WithoutTraps(m.traps, text.tokens);
  uint8_t asks = 0;
  m.strong_asks.ForEach(tokens, [&](int index, size_t, size_t) {
    asks |= static_cast<uint8_t>(1 << lexicon::StrongAsks()[static_cast<size_t>(index)].kind_index);
  });
  // An object counts when its own sentence asks or proposes: a question or a request word.
  // "Just got off a 3-hour call. Any tips?" asks for no call. A day or time alone proposes
  // nothing: "Massive help on Friday" and "starts tomorrow at 18:30" are statements.
  for (const Sentence& sentence : text.sentences) {
    const std::span<const std::string> words = Slice(tokens, sentence);
    const bool framed = sentence.question || m.framing.FindAny(words) >= 0;
    if (!framed) continue;
    if (AsksForTime(words)) asks |= kAskChat;
    const bool reader = m.you_words.FindAny(words) >= 0 || m.reader_possessives.FindAny(words) >= 0;
    const bool scheduled = m.schedule_words.FindAny(words) >= 0;
    for (size_t kind = 0; kind < m.ask_objects.size(); ++kind) {
      m.ask_objects[kind].ForEach(words, [&](int, size_t at, size_t count) {
        // "your talk", "that meeting": time together that exists already is talked about,
        // unless the sentence sets it in time ("any chance of that call this week?").
        const bool existing = kind <= 2 && at > 0 && !scheduled &&
                              m.possessives.FindAny(words.subspan(at - 1, 1)) >= 0;
        // "per-seat pricing is dead, agree?" is about the subject, not the owner's rates.
        const bool topic =
            kind == 3 && !reader && m.topic_rates.FindAny(words.subspan(at, count)) >= 0;
        if (!existing && !topic) asks |= static_cast<uint8_t>(1 << kind);
      });
    }
  }
  return asks;
}

// Nothing but thanks, congratulations or applause: short, no question, and either made only of
// such words (a name aside) or carried by a congratulation ("Congrats! Ordered my copy").
bool IsPleasantryOnly(const FoldedText& text) {
  if (text.tokens.empty() || text.tokens.size() > 10 || text.question) return false;
  const Matchers& m = GetMatchers();
  std::vector<bool> known(text.tokens.size(), false);
  const auto mark = [&](int, size_t at, size_t words) {
    for (size_t i = at; i < at + words; ++i) known[i] = true;
  };
  m.thanks_words.ForEach(text.tokens, mark);
  m.pleasantries.ForEach(text.tokens, mark);
  const auto unknown = std::count(known.begin(), known.end(), false);
  const bool core =
      m.thanks_cores.FindAny(text.tokens) >= 0 || m.pleasantry_cores.FindAny(text.tokens) >= 0;
  const bool congratulation = m.pleasantry_cores.FindAny(text.tokens) >= 0;
  return core && (unknown <= (text.tokens.size() >= 3 ? 1 : 0) ||
                  (congratulation && text.tokens.size() <= 8));
}

// Something offered at no cost, in a sentence that is not a question ("is the first session
// free?" is a prospect asking) and not described ("tastings are free for guests"). English "free"
// only as a gift ("a free audit", "free 30-minute call"): "are you free", "free for a call" and
// "feel free" offer nothing.
bool OffersSomethingFree(const FoldedText& text) {
  const Matchers& m = GetMatchers();
  const std::vector<std::string>& tokens = text.tokens;
  bool offered = false;
  for (const Sentence& sentence : text.sentences) {
    if (sentence.question) continue;
    const std::span<const std::string> words = Slice(tokens, sentence);
    m.free_offers.ForEach(words, [&](int, size_t at, size_t) {
      const bool given = at > 0 && m.free_givers.FindAny(words.subspan(at - 1, 1)) >= 0;
      const bool described =
          (at > 0 && m.copulas.FindAny(words.subspan(at - 1, 1)) >= 0) ||
          (at + 1 < words.size() && m.free_topics.FindAny(words.subspan(at + 1, 1)) >= 0);
      const bool sized =
          at + 1 < words.size() && std::isdigit(static_cast<unsigned char>(words[at + 1][0]));
      if (!described && (words[at] != "free" || given || sized)) offered = true;
    });
  }
  return offered;
}

// Selling has a shape whatever is sold. Seller's phrases count double: "like you", and a
// claim to help others ("we help", "nous accompagnons"). What clients write too counts once:
// what they offer ("we offer"), the owner's kind as a class of customers ("for consultants"),
// a look for fit ("see if it's a fit"), the reader's business as the thing to fix ("your
// website"), an offer to present ("so I can show you"), figures, a link. Three points are a
// pitch in words no list has seen; a client's "we're evaluating consultants, could we see if
// it's a fit?" has two.
bool HasPitchShape(std::string_view raw, const FoldedText& text) {
  const Matchers& m = GetMatchers();
  const std::vector<std::string>& t = text.tokens;
  const bool claims = m.help_claims.FindAny(t) >= 0 || m.service_claims.FindAny(t) >= 0;
  const bool audience = m.audiences.FindAny(t) >= 0;
  // Serving the owner's own kind ("we work with independent consultants") is the seller's
  // whole sentence: a point of its own.
  const int points = 2 * ComparesToReader(t) + 2 * (m.help_claims.FindAny(t) >= 0) +
                     (m.service_claims.FindAny(t) >= 0) + audience + (claims && audience) +
                     (m.fit_seeking.FindAny(t) >= 0) + (m.seller_targets.FindAny(t) >= 0) +
                     (m.offers_to_present.FindAny(t) >= 0) + (NumericClaims(raw) > 0) +
                     HasLink(raw);
  return points >= 3;
}

// A recruiter's approach: the person's profile matching, and a job title or a placement.
// Titles alone are everywhere ("I'm now Head of Product"), and so are roles and positions; a
// third party's post being filled ("I'm working with a fintech that needs a Pricing Lead") is
// the other shape.
bool HasRecruiterShape(const FoldedText& text) {
  const Matchers& m = GetMatchers();
  const std::vector<std::string>& t = text.tokens;
  const bool matching = m.profile_match.FindAny(t) >= 0;
  const bool third_party = m.recruiter_clients.FindAny(t) >= 0;
  if (!matching && !third_party) return false;
  const bool post = m.job_titles.FindAny(t) >= 0 || m.placements.FindAny(t) >= 0;
  return post || (third_party && m.employment.FindAny(t) >= 0);
}

// Whether the hostile word at `at` reports someone else's words ("my daughter says that is
// ridiculous"): a reporting verb up to four words before it, and no reader in between ("he
// says you're a fraud" is aimed).
bool Reported(std::span<const std::string> words, size_t at) {
  const Matchers& m = GetMatchers();
  const size_t from = at >= 4 ? at - 4 : 0;
  bool reported = false;
  m.reporting.ForEach(words.subspan(from, at - from), [&](int, size_t verb, size_t count) {
    const std::span<const std::string> between =
        words.subspan(from + verb + count, at - (from + verb + count));
    reported =
        reported || (m.you_words.FindAny(between) < 0 && m.reader_possessives.FindAny(between) < 0);
  });
  return reported;
}

// Insults aimed at someone: a sentence with a hostile word, unless it is about the writer and
// not the reader ("my prices are a joke", "sorry, I'm clueless here") or reports someone
// else's words about the writer's own affairs.
bool IsHostile(const FoldedText& text) {
  const Matchers& m = GetMatchers();
  const std::vector<std::string> tokens = WithoutTraps(m.hostile_traps, text.tokens);
  const std::vector<std::string> plain = WithoutTraps(m.exclamations, tokens);
  for (const Sentence& sentence : text.sentences) {
    const std::span<const std::string> words = Slice(plain, sentence);
    bool aimed = false;
    m.hostile.ForEach(Slice(tokens, sentence),
                      [&](int, size_t at, size_t) { aimed = aimed || !Reported(words, at); });
    if (!aimed) continue;
    const bool about_themselves = m.self_references.FindAny(words) >= 0 &&
                                  m.you_words.FindAny(words) < 0 &&
                                  m.reader_possessives.FindAny(words) < 0;
    if (!about_themselves) return true;
  }
  return false;
}

}  // namespace

MessageSignals AnalyzeMessage(std::string_view text) {
  const FoldedText folded = FoldText(text);
  const Matchers& m = GetMatchers();
  MessageSignals signals;
  signals.words = static_cast<int>(folded.tokens.size());
  signals.question = folded.question;
  signals.emoji_only = folded.letters == 0 && folded.symbols > 0;
  signals.thanks_only = IsPleasantryOnly(folded) && DetectAsks(folded) == 0;
  signals.gratitude =
      m.thanks_cores.FindAny(folded.tokens) >= 0 || m.gratitude.FindAny(folded.tokens) >= 0;
  // A client describing their own business talks like a seller ("we run a shop, our customers
  // love it") but asks for help instead of offering it.
  const bool offers_free = OffersSomethingFree(folded);
  signals.outreach =
      FindOutreachCues(text, folded) | (offers_free ? uint32_t{kCueGift} : uint32_t{0});
  // Someone weighing their own job offer ("lower salary but 0.4% equity, no idea how to value
  // it") uses a recruiter's words; a recruiter brings no problem of their own.
  signals.recruiter = (signals.outreach & kCueOwnNeed) == 0 &&
                      (DistinctCues(m.recruiter, folded.tokens) >= 2 || HasRecruiterShape(folded));
  signals.asks = DetectAsks(folded);
  // A buyer talks like a seller ("discount guardrails for the sales team") but asks for the
  // owner's rates or a proposal, or brings a problem of their own; a seller offers.
  const bool buyer =
      m.client_needs.FindAny(folded.tokens) >= 0 || (signals.outreach & kCueOwnNeed) != 0;
  signals.promotional = !buyer && (offers_free || DistinctCues(m.promotional, folded.tokens) >= 2 ||
                                   HasPitchShape(text, folded));
  signals.hostile = IsHostile(folded);
  signals.listing_question = m.listing_questions.FindAny(folded.tokens) >= 0;
  signals.closing = m.closing.FindAny(WithoutTraps(m.closing_traps, folded.tokens)) >= 0;
  signals.declined = m.declined.FindAny(folded.tokens) >= 0 && signals.asks == 0;
  // Help alone may be a favour ("help carry boxes on Saturday?"); rates, feedback, a problem
  // of their own and the words of work are work.
  signals.work = (signals.asks & (kAskRates | kAskFeedback)) != 0 ||
                 (signals.outreach & kCueOwnNeed) != 0 ||
                 m.work_matters.FindAny(folded.tokens) >= 0;
  signals.automated =
      m.automated.FindAny(folded.tokens) >= 0 ||
      (m.automated_openers.FindAny(folded.tokens) >= 0 && signals.asks == 0 && !folded.question);
  return signals;
}

bool CitesReferral(std::string_view text) {
  return GetMatchers().referrals.FindAny(FoldText(text).tokens) >= 0;
}

std::string_view AskName(uint8_t kinds) noexcept {
  if (kinds & kAskCall) return "a call";
  if (kinds & kAskMeeting) return "a meeting";
  if (kinds & kAskRates) return "your rates";
  if (kinds & kAskFeedback) return "feedback";
  if (kinds & kAskHelp) return "help";
  if (kinds & kAskChat) return "a chat";
  return "something";
}

}  // namespace touchpoint
