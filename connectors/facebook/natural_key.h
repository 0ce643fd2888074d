#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace touchpoint::facebook {

// Builds the natural keys that stand in for ids Facebook exports do not have. A key is
// `prefix` + the 32 hex digits of XXH3-128 over the fields added since Reset(), each field
// written as its length (8 bytes, little-endian) followed by its bytes, so no choice of field
// contents can make two different field lists hash the same input. Numbers are added as their
// decimal text. The encoding is part of the stored data: changing it re-keys every event.
class KeyBuilder {
 public:
  void Reset() noexcept { buffer_.clear(); }
  KeyBuilder& Add(std::string_view field);
  KeyBuilder& Add(int64_t number);

  // XXH3-64 of the fields so far, to count repeats of the same fields cheaply.
  uint64_t Hash64() const noexcept;
  // `prefix` + hex XXH3-128 of the fields so far.
  std::string Key(std::string_view prefix) const;

  // 8 hex digits of XXH3-64 of `text`: a short, stable tag, e.g. to make the keys of one
  // thread share a prefix.
  static std::string Tag(std::string_view text);

 private:
  std::string buffer_;
};

}  // namespace touchpoint::facebook
