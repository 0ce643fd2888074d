#include "core/outreach_cues.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/lexicon.h"
#include "core/phrase_matcher.h"

namespace touchpoint {
namespace {

// The word lists FindOutreachCues reads, in one matcher: a message is scanned once, whatever
// the number of lists (every cue on its own pass doubled the cost of reading a message).
enum List : uint8_t {
  kSubjects, kFillers, kOfferVerbs, kInflectedOfferVerbs, kHelpClaims, kServiceClaims,
  kFirstPossessives, kOfferings, kDiagnostics, kReaderRefs, kReaderPossessives, kReaderAssets,
  kSellerTargets, kAudiences, kLikeYou, kBooking, kGifts, kOptOuts, kFollowUps, kCrowd,
  kFitSeeking, kOffersToPresent, kSelections, kFirstPersons, kProductVerbs, kOwnNeeds,
  kOwnMatters, kNeedVerbs, kPriceWords, kClientNeeds,
  kListCount
};

std::span<const std::string_view> ListPhrases(List list) {
  switch (list) {
    case kSubjects: return lexicon::SellerSubjects();
    case kFillers: return lexicon::SubjectFillers();
    case kOfferVerbs: return lexicon::OfferVerbs();
    case kInflectedOfferVerbs: return lexicon::InflectedOfferVerbs();
    case kHelpClaims: return lexicon::HelpClaims();
    case kServiceClaims: return lexicon::ServiceClaims();
    case kFirstPossessives: return lexicon::FirstPossessives();
    case kOfferings: return lexicon::Offerings();
    case kDiagnostics: return lexicon::Diagnostics();
    case kReaderRefs: return lexicon::ReaderRefs();
    case kReaderPossessives: return lexicon::ReaderPossessives();
    case kReaderAssets: return lexicon::ReaderAssets();
    case kSellerTargets: return lexicon::SellerTargets();
    case kAudiences: return lexicon::Audiences();
    case kLikeYou: return lexicon::LikeYou();
    case kBooking: return lexicon::BookingPrompts();
    case kGifts: return lexicon::Gifts();
    case kOptOuts: return lexicon::OptOuts();
    case kFollowUps: return lexicon::FollowUps();
    case kCrowd: return lexicon::CrowdGreetings();
    case kFitSeeking: return lexicon::FitSeeking();
    case kOffersToPresent: return lexicon::OffersToPresent();
    case kSelections: return lexicon::Selections();
    case kFirstPersons: return lexicon::FirstPersons();
    case kProductVerbs: return lexicon::ProductVerbs();
    case kOwnNeeds: return lexicon::OwnNeeds();
    case kOwnMatters: return lexicon::OwnMatters();
    case kNeedVerbs: return lexicon::NeedVerbs();
    case kPriceWords: return lexicon::PriceWords();
    case kClientNeeds: return lexicon::ClientNeeds();
    case kListCount: break;
  }
  return {};
}

// Built once; immutable afterwards, so safe to share between threads.
struct Matchers {
  Matchers() {
    for (int list = 0; list < kListCount; ++list) {
      for (std::string_view phrase : ListPhrases(static_cast<List>(list))) {
        phrases.push_back(phrase);
        list_of.push_back(static_cast<List>(list));
      }
    }
    all = std::make_unique<PhraseMatcher>(phrases);
  }
  std::vector<std::string_view> phrases;
  std::vector<List> list_of;  // by phrase index
  std::unique_ptr<PhraseMatcher> all;
  PhraseMatcher price_periods{lexicon::PricePeriods()};
  PhraseMatcher price_leads{lexicon::PriceLeads()};
};

const Matchers& GetMatchers() {
  static const Matchers matchers;
  return matchers;
}

// Where each list's phrases occur in one message: (first token, token count).
struct Hit {
  size_t at, words;
};
struct Hits {
  std::array<std::vector<Hit>, kListCount> of;
  bool Any(List list) const { return !of[list].empty(); }
  bool IsFiller(size_t token) const {
    return std::any_of(of[kFillers].begin(), of[kFillers].end(),
                       [&](const Hit& h) { return h.at == token && h.words == 1; });
  }
};

Hits FindHits(const std::vector<std::string>& tokens) {
  const Matchers& m = GetMatchers();
  Hits hits;
  m.all->ForEach(tokens, [&](int index, size_t at, size_t words) {
    hits.of[m.list_of[static_cast<size_t>(index)]].push_back({at, words});
  });
  return hits;
}

// Whether a phrase of `first` is followed by one of `second` within tokens [begin, end), with
// at most `any_words` words of any kind between them (adjectives: "our new booking platform")
// or else only fillers ("we usually help") when `fillers` is set.
bool Followed(const Hits& hits, List first, List second, size_t any_words, bool fillers = false,
              size_t begin = 0, size_t end = SIZE_MAX) {
  for (const Hit& a : hits.of[first]) {
    if (a.at < begin || a.at + a.words > end) continue;
    for (const Hit& b : hits.of[second]) {
      if (b.at < a.at + a.words || b.at + b.words > end) continue;
      const size_t gap = b.at - (a.at + a.words);
      if (gap <= any_words) return true;
      if (!fillers) continue;
      bool bridged = true;
      for (size_t i = a.at + a.words; i < b.at && bridged; ++i) bridged = hits.IsFiller(i);
      if (bridged) return true;
    }
  }
  return false;
}

bool IsCurrency(std::string_view raw, size_t i) {
  return raw[i] == '$' || raw.compare(i, 3, "\xE2\x82\xAC") == 0 ||  // €
         raw.compare(i, 2, "\xC2\xA3") == 0;                          // £
}

// The folded words of raw[begin, end), for looking around an amount.
std::vector<std::string> WordsOf(std::string_view raw, size_t begin, size_t end) {
  return FoldText(raw.substr(begin, end - begin)).tokens;
}

// An amount with a currency, priced by the period or from a starting point: "€89/month",
// "$25/hour", "from $990", "ab 199 €", "29 €/mes".
bool HasOfferPrice(std::string_view raw) {
  const Matchers& m = GetMatchers();
  constexpr size_t kWindow = 24;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (!IsCurrency(raw, i)) continue;
    // The amount is the run of digits before or after the sign.
    size_t begin = i, end = i + (raw[i] == '$' ? 1 : raw[i] == '\xC2' ? 2 : 3);
    while (begin > 0 && (std::isdigit(static_cast<unsigned char>(raw[begin - 1])) ||
                         raw[begin - 1] == ' ' || raw[begin - 1] == ',' || raw[begin - 1] == '.')) {
      --begin;
    }
    while (end < raw.size() && (std::isdigit(static_cast<unsigned char>(raw[end])) ||
                                raw[end] == ',' || raw[end] == '.' || raw[end] == 'k')) {
      ++end;
    }
    const std::vector<std::string> after = WordsOf(raw, end, std::min(raw.size(), end + kWindow));
    const std::vector<std::string> before =
        WordsOf(raw, begin > kWindow ? begin - kWindow : 0, begin);
    // "/month" and "per month" right after; "from" or "starting at" right before.
    bool priced = false;
    m.price_periods.ForEach(after, [&](int, size_t at, size_t) { priced |= at <= 1; });
    m.price_leads.ForEach(before, [&](int, size_t at, size_t words) {
      priced |= at + words >= before.size();
    });
    if (priced) return true;
  }
  return false;
}

// Results promised in figures: a multiple or a floor ("3x more leads", "20+ clients").
// Amounts and percentages are everyone's, and a pricing person's clients quote them all the
// time ("40k GMV a month, take rate 9%").
bool HasResultFigures(std::string_view raw) {
  for (size_t i = 0; i + 1 < raw.size(); ++i) {
    const bool digit = raw[i] >= '0' && raw[i] <= '9';
    if (digit && (raw[i + 1] == 'x' || raw[i + 1] == '+') &&
        (i + 2 >= raw.size() || !std::isalpha(static_cast<unsigned char>(raw[i + 2])))) {
      return true;
    }
  }
  return false;
}

// Words before "like you" that make "like" a verb: "I'd like you", "would like you", "we like".
constexpr std::string_view kWishers[] = {"d", "would", "i", "we", "they", "really", "also",
                                         "should", "we'd", "i'd"};

bool ComparesToReader(const std::vector<std::string>& tokens, const Hits& hits) {
  return std::any_of(hits.of[kLikeYou].begin(), hits.of[kLikeYou].end(), [&](const Hit& h) {
    return h.at == 0 || std::find(std::begin(kWishers), std::end(kWishers),
                                  tokens[h.at - 1]) == std::end(kWishers);
  });
}

}  // namespace

bool ComparesToReader(const std::vector<std::string>& tokens) {
  return ComparesToReader(tokens, FindHits(tokens));
}

int NumericClaims(std::string_view raw) {
  int claims = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '$' || c == '%' || (raw.compare(i, 3, "\xE2\x82\xAC") == 0)) ++claims;  // $, %, €
    if (c >= '0' && c <= '9' && i + 1 < raw.size() &&
        (raw[i + 1] == 'x' || raw[i + 1] == 'k' || raw[i + 1] == '+') &&
        (i + 2 >= raw.size() || !std::isalpha(static_cast<unsigned char>(raw[i + 2])))) {
      ++claims;
    }
  }
  return claims;
}

bool HasLink(std::string_view raw) {
  if (raw.find("http") != std::string_view::npos || raw.find("www.") != std::string_view::npos) {
    return true;
  }
  for (size_t slash = raw.find('/'); slash != std::string_view::npos;
       slash = raw.find('/', slash + 1)) {
    size_t start = slash;
    while (start > 0 && !std::isspace(static_cast<unsigned char>(raw[start - 1]))) --start;
    const size_t dot = raw.substr(start, slash - start).find('.');
    if (dot != std::string_view::npos && dot > 0 && start + dot + 1 < slash) return true;
  }
  return false;
}

uint32_t FindOutreachCues(std::string_view raw, const FoldedText& folded) {
  const std::vector<std::string>& t = folded.tokens;
  const Hits hits = FindHits(t);
  uint32_t cues = 0;
  const auto set = [&cues](uint32_t cue, bool present) {
    if (present) cues |= cue;
  };
  set(kCueSellerVerb, Followed(hits, kSubjects, kOfferVerbs, 0, true) ||
                          hits.Any(kInflectedOfferVerbs) || hits.Any(kHelpClaims) ||
                          hits.Any(kServiceClaims));
  // Their own offering with its price in one sentence is what a client brings: "pricing our
  // new service", "les prix de ma nouvelle offre". Unless the offering does something for
  // others in that sentence ("our platform helps consultants price smarter") or is presented
  // to the reader: both are pitches.
  bool own_offering_priced = false;
  for (const Sentence& sentence : folded.sentences) {
    if (!Followed(hits, kFirstPossessives, kOfferings, 3, false, sentence.begin, sentence.end)) {
      continue;
    }
    const auto in_sentence = [&](List list) {
      return std::any_of(hits.of[list].begin(), hits.of[list].end(), [&](const Hit& h) {
        return h.at >= sentence.begin && h.at < sentence.end;
      });
    };
    // Presenting their quote to the reader ("que je vous présente mon devis") is selling.
    if (in_sentence(kPriceWords) && !in_sentence(kProductVerbs) && !in_sentence(kOffersToPresent)) {
      own_offering_priced = true;
    } else {
      cues |= kCueOffering;
    }
  }
  set(kCueOffering, Followed(hits, kDiagnostics, kReaderRefs, 2));
  set(kCueReaderAsset,
      Followed(hits, kReaderPossessives, kReaderAssets, 1) || hits.Any(kSellerTargets));
  set(kCueAudience, hits.Any(kAudiences) || ComparesToReader(t, hits));
  set(kCueOfferPrice, HasOfferPrice(raw));
  set(kCueFigures, HasResultFigures(raw));
  set(kCueLink, HasLink(raw));
  set(kCueBooking, hits.Any(kBooking));
  set(kCueGift, hits.Any(kGifts) || raw.find("% off") != std::string_view::npos);
  set(kCueOptOut, hits.Any(kOptOuts));
  set(kCueFollowUp, hits.Any(kFollowUps));
  set(kCueCrowd, hits.Any(kCrowd));
  set(kCueFitSeeking, hits.Any(kFitSeeking) || hits.Any(kOffersToPresent));
  set(kCueSelected, hits.Any(kSelections));
  set(kCueFirstPerson, hits.Any(kFirstPersons) || hits.Any(kFirstPossessives));
  // "Our prices" is a client's subject, unless presented to the reader: "so I can show you
  // my quote" is a seller's.
  bool own_matter = false;
  for (const Sentence& sentence : folded.sentences) {
    const bool presented = std::any_of(
        hits.of[kOffersToPresent].begin(), hits.of[kOffersToPresent].end(),
        [&](const Hit& h) { return h.at >= sentence.begin && h.at < sentence.end; });
    own_matter = own_matter || (!presented && Followed(hits, kFirstPossessives, kOwnMatters, 2,
                                                       false, sentence.begin, sentence.end));
  }
  set(kCueOwnNeed, own_offering_priced || own_matter || hits.Any(kOwnNeeds) ||
                       hits.Any(kClientNeeds) || Followed(hits, kFirstPossessives, kNeedVerbs, 2));
  return cues;
}

int SellerCueCount(uint32_t cues) noexcept { return std::popcount(cues & kSellerCues); }

}  // namespace touchpoint
