#include "connectors/linkedin/natural_key.h"

#include <cstdint>

#define XXH_STATIC_LINKING_ONLY  // for XXH3_state_t on the stack
#include <xxhash.h>

namespace touchpoint::linkedin {

std::string NaturalKey(std::string_view prefix, std::initializer_list<std::string_view> parts) {
  XXH3_state_t state;
  XXH3_INITSTATE(&state);
  XXH3_128bits_reset(&state);
  for (const std::string_view part : parts) {
    const uint64_t size = part.size();
    unsigned char length[8];
    for (int i = 0; i < 8; ++i) length[i] = static_cast<unsigned char>(size >> (8 * i));
    XXH3_128bits_update(&state, length, sizeof length);
    XXH3_128bits_update(&state, part.data(), part.size());
  }
  XXH128_canonical_t digest;
  XXH128_canonicalFromHash(&digest, XXH3_128bits_digest(&state));
  static constexpr char kHex[] = "0123456789abcdef";
  std::string key(prefix);
  key.reserve(prefix.size() + 2 * sizeof digest.digest);
  for (const unsigned char byte : digest.digest) {
    key += kHex[byte >> 4];
    key += kHex[byte & 0xF];
  }
  return key;
}

std::string RepeatNumbering::Number(std::string_view group, std::string key) {
  if (group != group_) {
    group_.assign(group);
    seen_.clear();
  }
  auto found = seen_.find(key);
  if (found == seen_.end()) {
    if (seen_.size() < kMaxKeysPerGroup) seen_.emplace(key, 1);
    return key;
  }
  return key + "-" + std::to_string(++found->second);
}

}  // namespace touchpoint::linkedin
