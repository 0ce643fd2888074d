#pragma once

#include <cassert>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "connectors/common/archive_reader.h"
#include "core/status.h"

namespace touchpoint {

// A RapidJSON input stream over an archive entry's chunks, for parsing without holding the
// entry's text. Knows the line, column and byte it stands at, for error messages. A UTF-8
// byte order mark at the start is skipped. Not thread-safe.
class EntryJsonInput {
 public:
  using Ch = char;
  // Called with the bytes consumed so far whenever a new chunk is read.
  using ProgressFn = std::function<void(uint64_t bytes)>;

  explicit EntryJsonInput(EntryStream& stream, ProgressFn progress = {})
      : stream_(stream), progress_(std::move(progress)) {}

  Ch Peek() {
    if (current_ == end_ && !Refill()) return '\0';
    return *current_;
  }
  Ch Take() {
    if (current_ == end_ && !Refill()) return '\0';
    return *current_++;
  }
  size_t Tell() const { return static_cast<size_t>(base_ + (current_ - begin_)); }

  // Only in-situ parsing writes to the stream, and it is not used.
  Ch* PutBegin() { assert(false); return nullptr; }
  void Put(Ch) { assert(false); }
  void Flush() {}
  size_t PutEnd(Ch*) { assert(false); return 0; }

  void SkipWhitespace();
  // True at the end of the entry (a NUL byte inside it is not the end).
  bool AtEnd();

  uint64_t Line() const;    // 1-based
  uint64_t Column() const;  // 1-based, in bytes
  // The container's failure (CRC, truncation), if reading the entry failed.
  const Status& read_error() const noexcept { return read_error_; }

  // "<entry_path>: <what> (line L, column C, byte B)" as kDataError, or the container's own
  // error when reading failed: that explains a parse failure better than the parser.
  Status ErrorAt(std::string_view entry_path, std::string_view what) const;

 private:
  bool Refill();
  // The stream's next chunk; the first one holds at least the entry's first three bytes when
  // they could begin a byte order mark.
  Result<std::string_view> ReadChunk();

  EntryStream& stream_;
  ProgressFn progress_;
  const char* begin_ = nullptr;
  const char* current_ = nullptr;
  const char* end_ = nullptr;
  uint64_t base_ = 0;
  uint64_t lines_before_ = 0;
  uint64_t column_before_ = 0;
  bool finished_ = false;
  bool read_before_ = false;
  std::string head_;  // the first chunks joined, when they split a byte order mark
  Status read_error_;
};

}  // namespace touchpoint
