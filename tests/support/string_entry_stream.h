#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "connectors/common/archive_reader.h"

namespace touchpoint::test {

// An EntryStream over a string, handed out in chunks of `chunk` bytes, so that parsers are
// tested across every chunk boundary.
class StringEntryStream final : public EntryStream {
 public:
  explicit StringEntryStream(std::string content, size_t chunk = 7)
      : content_(std::move(content)), chunk_(chunk) {}

  Result<std::string_view> Read() override {
    const size_t size = std::min(chunk_, content_.size() - position_);
    std::string_view piece(content_.data() + position_, size);
    position_ += size;
    return piece;
  }
  uint64_t position() const noexcept override { return position_; }

 private:
  std::string content_;
  size_t chunk_;
  size_t position_ = 0;
};

}  // namespace touchpoint::test
