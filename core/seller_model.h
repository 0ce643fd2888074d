#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace touchpoint {

// A small naive-Bayes model of how people who sell to the owner write, learned from the tuning
// part of the labelled situations in tests/eval: conversations labelled as selling, automated
// or spam against those labelled worth a call. It reads words and word pairs, so it knows
// pitches worded in ways no list has seen ("made you a 90-second video", "we just shipped"),
// and it knows how clients write about their own business. The table is generated
// (core/seller_model_data.cc) by tests/eval/train_seller_model; a test keeps it in step with
// the labelled set.

struct SellerWeight {
  std::string_view feature;  // a folded word, or two adjacent words joined by a space
  float log_ratio;           // log P(feature | seller) - log P(feature | client)
};

// The trained table, sorted by feature, and the prior log-odds of selling.
std::span<const SellerWeight> SellerWeights();
double SellerPriorLogOdds();

// The features of some messages: each one's folded words and adjacent word pairs, each
// feature once, sorted.
std::vector<std::string> SellerFeatures(const std::vector<std::string_view>& texts);

// Log-odds that whoever wrote messages with these features is selling; above 0 a seller is
// the likelier writer.
double SellerLogOdds(const std::vector<std::string>& features);

}  // namespace touchpoint
