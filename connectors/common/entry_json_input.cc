#include "connectors/common/entry_json_input.h"

#include <algorithm>
#include <string>

namespace touchpoint {

void EntryJsonInput::SkipWhitespace() {
  for (char c = Peek(); c == ' ' || c == '\t' || c == '\r' || c == '\n'; c = Peek()) Take();
}

bool EntryJsonInput::AtEnd() { return Peek() == '\0' && current_ == end_; }

uint64_t EntryJsonInput::Line() const {
  return lines_before_ + static_cast<uint64_t>(std::count(begin_, current_, '\n')) + 1;
}

uint64_t EntryJsonInput::Column() const {
  const char* line_start = current_;
  while (line_start != begin_ && line_start[-1] != '\n') --line_start;
  const uint64_t in_chunk = static_cast<uint64_t>(current_ - line_start);
  return (line_start == begin_ ? column_before_ : 0) + in_chunk + 1;
}

Status EntryJsonInput::ErrorAt(std::string_view entry_path, std::string_view what) const {
  if (!read_error_.ok()) return read_error_;
  std::string message(entry_path);
  message += ": ";
  message += what;
  message += " (line " + std::to_string(Line()) + ", column " + std::to_string(Column()) +
             ", byte " + std::to_string(Tell()) + ")";
  return Status(StatusCode::kDataError, std::move(message));
}

Result<std::string_view> EntryJsonInput::ReadChunk() {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  Result<std::string_view> chunk = stream_.Read();
  if (!chunk || read_before_) return chunk;
  read_before_ = true;
  // A container may hand out a first chunk of one or two bytes (a stored entry that starts
  // just before the end of a read block); a byte order mark split so must be skipped like a
  // whole one. Found by the fuzz harnesses, which compare whole and chunked reading.
  if (chunk->empty() || chunk->size() >= kBom.size() || !kBom.starts_with(*chunk)) return chunk;
  head_.assign(*chunk);
  while (head_.size() < kBom.size() && kBom.starts_with(head_)) {
    Result<std::string_view> more = stream_.Read();
    if (!more) return more;
    if (more->empty()) break;
    head_.append(*more);
  }
  return std::string_view(head_);
}

bool EntryJsonInput::Refill() {
  if (!read_error_.ok() || finished_) return false;
  // Lines are counted per chunk, lazily, so that Take() stays a pointer increment.
  const char* last_newline = nullptr;
  for (const char* p = end_; p != begin_; --p) {
    if (p[-1] == '\n') {
      last_newline = p - 1;
      break;
    }
  }
  lines_before_ += static_cast<uint64_t>(std::count(begin_, end_, '\n'));
  column_before_ = last_newline != nullptr ? static_cast<uint64_t>(end_ - last_newline - 1)
                                           : column_before_ + static_cast<uint64_t>(end_ - begin_);
  base_ += static_cast<uint64_t>(end_ - begin_);
  Result<std::string_view> chunk = ReadChunk();
  if (!chunk) {
    read_error_ = chunk.error();
    begin_ = current_ = end_ = nullptr;
    return false;
  }
  begin_ = current_ = chunk->data();
  end_ = begin_ + chunk->size();
  if (chunk->empty()) {
    finished_ = true;
    return false;
  }
  if (base_ == 0 && chunk->starts_with("\xEF\xBB\xBF")) {
    current_ += 3;
    // The mark is not part of the text: columns count from after it.
    column_before_ = 0;
  }
  if (progress_) progress_(base_ + chunk->size());
  // A first chunk that held only the mark leaves nothing to read here: Peek() and Take()
  // must never stand at end_ after a successful refill.
  if (current_ == end_) return Refill();
  return true;
}

}  // namespace touchpoint
