#include "connectors/facebook/natural_key.h"

#include <xxhash.h>

namespace touchpoint::facebook {

KeyBuilder& KeyBuilder::Add(std::string_view field) {
  uint64_t length = field.size();
  for (int i = 0; i < 8; ++i, length >>= 8) buffer_ += static_cast<char>(length & 0xff);
  buffer_.append(field);
  return *this;
}

KeyBuilder& KeyBuilder::Add(int64_t number) { return Add(std::to_string(number)); }

uint64_t KeyBuilder::Hash64() const noexcept { return XXH3_64bits(buffer_.data(), buffer_.size()); }

namespace {

void AppendHex(std::string& out, const unsigned char* bytes, size_t size) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < size; ++i) {
    out += kHex[bytes[i] >> 4];
    out += kHex[bytes[i] & 0xf];
  }
}

}  // namespace

std::string KeyBuilder::Key(std::string_view prefix) const {
  XXH128_canonical_t digest;
  XXH128_canonicalFromHash(&digest, XXH3_128bits(buffer_.data(), buffer_.size()));
  std::string key(prefix);
  key.reserve(prefix.size() + 2 * sizeof(digest.digest));
  AppendHex(key, digest.digest, sizeof(digest.digest));
  return key;
}

std::string KeyBuilder::Tag(std::string_view text) {
  XXH64_canonical_t digest;
  XXH64_canonicalFromHash(&digest, XXH3_64bits(text.data(), text.size()));
  std::string tag;
  AppendHex(tag, digest.digest, 4);
  return tag;
}

}  // namespace touchpoint::facebook
