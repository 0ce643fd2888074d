#include "core/seller_model.h"

#include <algorithm>

#include "core/text_fold.h"

namespace touchpoint {

std::vector<std::string> SellerFeatures(const std::vector<std::string_view>& texts) {
  std::vector<std::string> features;
  for (const std::string_view text : texts) {
    const std::vector<std::string> words = FoldText(text).tokens;
    for (size_t i = 0; i < words.size(); ++i) {
      features.push_back(words[i]);
      if (i + 1 < words.size()) features.push_back(words[i] + " " + words[i + 1]);
    }
  }
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  return features;
}

double SellerLogOdds(const std::vector<std::string>& features) {
  const std::span<const SellerWeight> weights = SellerWeights();
  double log_odds = SellerPriorLogOdds();
  // Both sorted: one merge pass.
  auto at = weights.begin();
  for (const std::string& feature : features) {
    at =
        std::lower_bound(at, weights.end(), feature,
                         [](const SellerWeight& w, const std::string& f) { return w.feature < f; });
    if (at == weights.end()) break;
    if (at->feature == feature) log_odds += at->log_ratio;
  }
  return log_odds;
}

}  // namespace touchpoint
