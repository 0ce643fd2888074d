#include "core/outreach_cues.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <string>
#include <vector>

#include "core/lexicon.h"
#include "core/phrase_matcher.h"

namespace touchpoint {
namespace {

// Built once; immutable afterwards, so safe to share between threads.
struct Matchers {
  PhraseMatcher subjects{lexicon::SellerSubjects()};
  PhraseMatcher fillers{lexicon::SubjectFillers()};
  PhraseMatcher offer_verbs{lexicon::OfferVerbs()};
  PhraseMatcher spanish_offer_verbs{lexicon::SpanishOfferVerbs()};
  PhraseMatcher help_claims{lexicon::HelpClaims()};
  PhraseMatcher service_claims{lexicon::ServiceClaims()};
  PhraseMatcher first_possessives{lexicon::FirstPossessives()};
  PhraseMatcher offerings{lexicon::Offerings()};
  PhraseMatcher diagnostics{lexicon::Diagnostics()};
  PhraseMatcher reader_refs{lexicon::ReaderRefs()};
  PhraseMatcher reader_possessives{lexicon::ReaderPossessives()};
  PhraseMatcher reader_assets{lexicon::ReaderAssets()};
  PhraseMatcher seller_targets{lexicon::SellerTargets()};
  PhraseMatcher audiences{lexicon::Audiences()};
  PhraseMatcher like_you{lexicon::LikeYou()};
  PhraseMatcher price_periods{lexicon::PricePeriods()};
  PhraseMatcher price_leads{lexicon::PriceLeads()};
  PhraseMatcher booking{lexicon::BookingPrompts()};
  PhraseMatcher gifts{lexicon::Gifts()};
  PhraseMatcher opt_outs{lexicon::OptOuts()};
  PhraseMatcher follow_ups{lexicon::FollowUps()};
  PhraseMatcher crowd_greetings{lexicon::CrowdGreetings()};
  PhraseMatcher fit_seeking{lexicon::FitSeeking()};
  PhraseMatcher offers_to_present{lexicon::OffersToPresent()};
  PhraseMatcher own_needs{lexicon::OwnNeeds()};
  PhraseMatcher own_matters{lexicon::OwnMatters()};
  PhraseMatcher need_verbs{lexicon::NeedVerbs()};
  PhraseMatcher price_words{lexicon::PriceWords()};
  PhraseMatcher client_needs{lexicon::ClientNeeds()};
};

const Matchers& GetMatchers() {
  static const Matchers matchers;
  return matchers;
}

// Whether a phrase of `first` is followed by one of `second`, with at most `any_words` words of
// any kind between them (adjectives: "our new booking platform") or else only `fillers`
// ("we usually help").
bool Followed(const PhraseMatcher& first, const PhraseMatcher& second,
              const std::vector<std::string>& tokens, const PhraseMatcher* fillers,
              size_t any_words = 0) {
  std::vector<bool> starts(tokens.size() + 1, false);
  second.ForEach(tokens, [&](int, size_t at, size_t) { starts[at] = true; });
  bool found = false;
  first.ForEach(tokens, [&](int, size_t at, size_t words) {
    size_t next = at + words;
    for (size_t gap = 0; gap <= any_words && next + gap <= tokens.size(); ++gap) {
      found |= starts[next + gap];
    }
    while (fillers != nullptr && next < tokens.size() && fillers->FindAny({tokens[next]}) >= 0) {
      ++next;
      found |= starts[next];
    }
  });
  return found;
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

}  // namespace

bool ComparesToReader(const std::vector<std::string>& tokens) {
  bool found = false;
  GetMatchers().like_you.ForEach(tokens, [&](int, size_t at, size_t) {
    const bool wish = at > 0 && std::find(std::begin(kWishers), std::end(kWishers),
                                          tokens[at - 1]) != std::end(kWishers);
    found |= !wish;
  });
  return found;
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
  const Matchers& m = GetMatchers();
  const std::vector<std::string>& t = folded.tokens;
  uint32_t cues = 0;
  const auto set = [&cues](uint32_t cue, bool present) {
    if (present) cues |= cue;
  };
  set(kCueSellerVerb, Followed(m.subjects, m.offer_verbs, t, &m.fillers) ||
                          m.spanish_offer_verbs.FindAny(t) >= 0 || m.help_claims.FindAny(t) >= 0 ||
                          m.service_claims.FindAny(t) >= 0);
  // Their own offering with its price in one sentence is what a client brings: "pricing our
  // new service", "les prix de ma nouvelle offre".
  bool own_offering_priced = false;
  for (const Sentence& sentence : folded.sentences) {
    const std::vector<std::string> words(t.begin() + static_cast<long>(sentence.begin),
                                         t.begin() + static_cast<long>(sentence.end));
    if (!Followed(m.first_possessives, m.offerings, words, nullptr, 3)) continue;
    if (m.price_words.FindAny(words) >= 0) {
      own_offering_priced = true;
    } else {
      cues |= kCueOffering;
    }
  }
  set(kCueOffering, Followed(m.diagnostics, m.reader_refs, t, nullptr, 2));
  set(kCueReaderAsset, Followed(m.reader_possessives, m.reader_assets, t, nullptr, 1) ||
                           m.seller_targets.FindAny(t) >= 0);
  set(kCueAudience, m.audiences.FindAny(t) >= 0 || ComparesToReader(t));
  set(kCueOfferPrice, HasOfferPrice(raw));
  set(kCueFigures, HasResultFigures(raw));
  set(kCueLink, HasLink(raw));
  set(kCueBooking, m.booking.FindAny(t) >= 0);
  set(kCueGift, m.gifts.FindAny(t) >= 0 || raw.find("% off") != std::string_view::npos);
  set(kCueOptOut, m.opt_outs.FindAny(t) >= 0);
  set(kCueFollowUp, m.follow_ups.FindAny(t) >= 0);
  set(kCueCrowd, m.crowd_greetings.FindAny(t) >= 0);
  set(kCueFitSeeking, m.fit_seeking.FindAny(t) >= 0 || m.offers_to_present.FindAny(t) >= 0);
  set(kCueOwnNeed, own_offering_priced || m.own_needs.FindAny(t) >= 0 ||
                       m.client_needs.FindAny(t) >= 0 ||
                       Followed(m.first_possessives, m.own_matters, t, nullptr, 2) ||
                       Followed(m.first_possessives, m.need_verbs, t, nullptr, 2));
  return cues;
}

int SellerCueCount(uint32_t cues) noexcept { return std::popcount(cues & kSellerCues); }

}  // namespace touchpoint
