#include "connectors/facebook/json_entry.h"

#include <cassert>
#include <string>
#include <string_view>

#include <rapidjson/error/en.h>

namespace touchpoint::facebook {
namespace {

// A RapidJSON input stream over an EntryStream's chunks that counts lines as it goes, so a
// parse error can say where it happened without the entry's text being kept.
class ChunkInput {
 public:
  using Ch = char;

  ChunkInput(EntryStream& stream, const ProgressFn& progress)
      : stream_(stream), progress_(progress) {}

  Ch Peek() {
    if (current_ == end_ && !Refill()) return '\0';
    return *current_;
  }
  Ch Take() {
    if (current_ == end_ && !Refill()) return '\0';
    const char c = *current_++;
    if (c == '\n') {
      ++line_;
      line_start_ = Tell();
    }
    return c;
  }
  size_t Tell() const { return static_cast<size_t>(base_ + (current_ - begin_)); }

  // Only in-situ parsing writes to the stream, and it is not used here.
  Ch* PutBegin() {
    assert(false);
    return nullptr;
  }
  void Put(Ch) { assert(false); }
  void Flush() {}
  size_t PutEnd(Ch*) {
    assert(false);
    return 0;
  }

  uint64_t line() const noexcept { return line_; }
  uint64_t column() const noexcept { return Tell() - line_start_ + 1; }
  const Status& read_error() const noexcept { return read_error_; }

 private:
  bool Refill() {
    if (!read_error_.ok() || finished_) return false;
    base_ += static_cast<uint64_t>(end_ - begin_);
    Result<std::string_view> chunk = stream_.Read();
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
    if (base_ == 0 && chunk->starts_with("\xEF\xBB\xBF")) current_ += 3;
    if (progress_) progress_(base_ + chunk->size());
    return true;
  }

  EntryStream& stream_;
  const ProgressFn& progress_;
  const char* begin_ = nullptr;
  const char* current_ = nullptr;
  const char* end_ = nullptr;
  uint64_t base_ = 0;
  uint64_t line_ = 1;
  uint64_t line_start_ = 0;
  bool finished_ = false;
  Status read_error_;
};

}  // namespace

Status ParseJsonEntry(ArchiveReader& archive, const ArchiveEntry& entry,
                      rapidjson::Document& document, const ProgressFn& progress) {
  Result<std::unique_ptr<EntryStream>> stream = archive.OpenEntry(entry);
  if (!stream) return stream.error();
  ChunkInput input(**stream, progress);
  document.ParseStream(input);
  // A container failure (CRC, truncation) explains a parse failure better than the parser.
  if (!input.read_error().ok()) return input.read_error();
  if (!document.HasParseError()) return Status::Ok();
  return Status(StatusCode::kDataError, entry.path + ": " +
                                            rapidjson::GetParseError_En(document.GetParseError()) +
                                            " (line " + std::to_string(input.line()) + ", column " +
                                            std::to_string(input.column()) + ", byte " +
                                            std::to_string(input.Tell()) + ")");
}

}  // namespace touchpoint::facebook
