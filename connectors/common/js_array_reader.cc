#include "connectors/common/js_array_reader.h"

#include <algorithm>
#include <cassert>
#include <cstring>

#include <rapidjson/error/en.h>

namespace touchpoint {
namespace {

constexpr size_t kMaxAssignmentBytes = 1024;  // "window.YTD.<name>.partN = " is far shorter
constexpr size_t kPoolChunkBytes = 64 * 1024;
constexpr unsigned kParseFlags =
    rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseNumbersAsStringsFlag;

std::string_view Trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

// A RapidJSON input stream over an EntryStream's chunks that also knows line and column.
class JsArrayReader::Input {
 public:
  using Ch = char;

  Input(EntryStream& stream, ProgressFn progress)
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

  // Only in-situ parsing writes to the stream, and it is not used here.
  Ch* PutBegin() { assert(false); return nullptr; }
  void Put(Ch) { assert(false); }
  void Flush() {}
  size_t PutEnd(Ch*) { assert(false); return 0; }

  void SkipWhitespace() {
    for (char c = Peek(); c == ' ' || c == '\t' || c == '\r' || c == '\n'; c = Peek()) Take();
  }
  bool AtEnd() { return Peek() == '\0' && current_ == end_; }

  uint64_t Line() const {
    return lines_before_ + static_cast<uint64_t>(std::count(begin_, current_, '\n')) + 1;
  }
  uint64_t Column() const {
    const char* line_start = current_;
    while (line_start != begin_ && line_start[-1] != '\n') --line_start;
    const uint64_t in_chunk = static_cast<uint64_t>(current_ - line_start);
    return (line_start == begin_ ? column_before_ : 0) + in_chunk + 1;
  }
  const Status& read_error() const { return read_error_; }

 private:
  bool Refill() {
    if (!read_error_.ok() || finished_) return false;
    // Remember where lines stand before the chunk's bytes are gone.
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
    if (progress_) progress_(base_ + chunk->size());
    return true;
  }

  EntryStream& stream_;
  ProgressFn progress_;
  const char* begin_ = nullptr;
  const char* current_ = nullptr;
  const char* end_ = nullptr;
  uint64_t base_ = 0;
  uint64_t lines_before_ = 0;
  uint64_t column_before_ = 0;
  bool finished_ = false;
  Status read_error_;
};

JsArrayReader::JsArrayReader(EntryStream& stream, std::string entry_path, ProgressFn progress)
    : input_(std::make_unique<Input>(stream, std::move(progress))),
      entry_path_(std::move(entry_path)),
      pool_(kPoolChunkBytes) {}

JsArrayReader::~JsArrayReader() = default;

Status JsArrayReader::Error(std::string_view what) const {
  // A container failure (CRC, truncation) explains a parse failure better than the parser.
  if (!input_->read_error().ok()) return input_->read_error();
  std::string message = entry_path_;
  message += ": ";
  message += what;
  message += " (line " + std::to_string(input_->Line()) + ", column " +
             std::to_string(input_->Column()) + ", byte " + std::to_string(input_->Tell()) + ")";
  return Status(StatusCode::kDataError, std::move(message));
}

Status JsArrayReader::ErrorAtItem(std::string_view what) const {
  return Error("item " + std::to_string(items_ + 1) + ": " + std::string(what));
}

Status JsArrayReader::Open(const NameCheck& check, std::string_view expected) {
  std::string assignment;
  for (char c = input_->Take(); c != '='; c = input_->Take()) {
    if (c == '\0' || c == '\n' || assignment.size() > kMaxAssignmentBytes) {
      if (!input_->read_error().ok()) return input_->read_error();
      return Status(StatusCode::kDataError,
                    entry_path_ + ": line 1: expected '" + std::string(expected) +
                        " = [' (a JavaScript assignment of a JSON array)");
    }
    assignment += c;
  }
  variable_ = std::string(Trim(assignment));
  if (!check(variable_)) {
    return Status(StatusCode::kDataError, entry_path_ + ": line 1: unexpected variable '" +
                                              variable_ + "', expected '" +
                                              std::string(expected) + "'");
  }
  input_->SkipWhitespace();
  if (input_->Peek() != '[') return Error("expected '[' after '='");
  input_->Take();
  return Status::Ok();
}

Result<const rapidjson::Value*> JsArrayReader::Next() {
  if (done_) return nullptr;
  input_->SkipWhitespace();
  if (items_ > 0) {
    if (input_->Peek() == ',') {
      input_->Take();
      input_->SkipWhitespace();
    } else if (input_->Peek() != ']') {
      return Fail(ErrorAtItem("expected ',' or ']' after the previous item"));
    }
  }
  if (input_->Peek() == ']') {
    input_->Take();
    input_->SkipWhitespace();
    if (input_->Peek() == ';') input_->Take();
    input_->SkipWhitespace();
    if (!input_->AtEnd()) return Fail(Error("unexpected content after the closing ']'"));
    if (!input_->read_error().ok()) return Fail(input_->read_error());
    done_ = true;
    return nullptr;
  }
  // A fresh document per item on a pool that is emptied each time keeps memory flat.
  document_.reset();
  pool_.Clear();
  document_.emplace(&pool_);
  document_->ParseStream<kParseFlags>(*input_);
  if (document_->HasParseError()) {
    return Fail(ErrorAtItem(rapidjson::GetParseError_En(document_->GetParseError())));
  }
  ++items_;
  return static_cast<const rapidjson::Value*>(&*document_);
}

}  // namespace touchpoint
