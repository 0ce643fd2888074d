#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace touchpoint::cli {

// A one-line progress bar on stderr, redrawn at most ten times a second. Does nothing unless
// enabled (the caller decides: stderr is a terminal, no --quiet, no --json).
class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}
  ~ProgressBar() { Clear(); }

  void Update(const std::string& label, uint64_t done, uint64_t total);
  // Erases the bar so that the next line starts clean.
  void Clear();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace touchpoint::cli
