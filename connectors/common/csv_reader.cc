#include "connectors/common/csv_reader.h"

#include <algorithm>
#include <cstdio>

namespace touchpoint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsLineEnd(char c) { return c == '\n' || c == '\r'; }

std::string Describe(char c) {
  const auto byte = static_cast<unsigned char>(c);
  char text[16];
  if (byte >= 0x20 && byte < 0x7F) {
    std::snprintf(text, sizeof text, "'%c'", c);
  } else {
    std::snprintf(text, sizeof text, "byte 0x%02X", byte);
  }
  return text;
}

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string NormalizeHeaderName(std::string_view name) {
  if (name.starts_with(kBom)) name.remove_prefix(kBom.size());
  while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  std::string normalized(name);
  for (char& c : normalized) c = AsciiLower(c);
  return normalized;
}

}  // namespace

CsvReader::CsvReader(EntryStream& stream, std::string entry_path, CsvLimits limits,
                     ProgressFn progress)
    : stream_(stream),
      entry_path_(std::move(entry_path)),
      limits_(limits),
      progress_(std::move(progress)) {}

Status CsvReader::RecordError(std::string_view what) const {
  return Status(StatusCode::kDataError,
                entry_path_ + ": line " + std::to_string(record_line_) + ": " + std::string(what));
}

CsvReader::Step CsvReader::SyntaxError(std::string what) {
  error_ = Status(StatusCode::kDataError, entry_path_ + ": line " + std::to_string(line_) +
                                              ", column " + std::to_string(column_) + ": " + what);
  return Step::kError;
}

Result<bool> CsvReader::Failed() { return Fail(*error_); }

void CsvReader::AdvancePosition(char c) noexcept {
  if (c == '\n') {
    if (!previous_cr_) ++line_;  // the LF of a CRLF was counted at its CR
    column_ = 1;
    previous_cr_ = false;
  } else if (c == '\r') {
    ++line_;
    column_ = 1;
    previous_cr_ = true;
  } else {
    ++column_;
    previous_cr_ = false;
  }
}

CsvReader::Step CsvReader::Append(std::string_view text) {
  if (buffer_.size() - field_start_ + text.size() > limits_.max_field_bytes) {
    std::string what = "field " + std::to_string(ends_.size() + 1) + " is longer than " +
                       std::to_string(limits_.max_field_bytes) + " bytes";
    if (state_ != State::kUnquoted) {
      what += " (does the quote opened on line " + std::to_string(quote_line_) + ", column " +
              std::to_string(quote_column_) + " ever close?)";
    }
    return SyntaxError(std::move(what));
  }
  if (buffer_.size() + text.size() > limits_.max_record_bytes) {
    return SyntaxError("record starting on line " + std::to_string(record_line_) +
                       " is longer than " + std::to_string(limits_.max_record_bytes) + " bytes");
  }
  buffer_.append(text);
  return Step::kMore;
}

CsvReader::Step CsvReader::Append(char c) { return Append(std::string_view(&c, 1)); }

CsvReader::Step CsvReader::EndField() {
  if (ends_.size() >= limits_.max_fields) {
    return SyntaxError("more than " + std::to_string(limits_.max_fields) + " fields in a record");
  }
  ends_.push_back(buffer_.size());
  field_start_ = buffer_.size();
  state_ = State::kFieldStart;
  return Step::kMore;
}

CsvReader::Step CsvReader::EndRecord() {
  if (EndField() == Step::kError) return Step::kError;
  return Step::kRecordEnd;
}

CsvReader::Step CsvReader::Feed(char c) {
  switch (state_) {
    case State::kFieldStart:
      if (IsLineEnd(c)) {
        // A line with nothing on it (also the LF of a CRLF) is no record.
        return record_has_content_ ? EndRecord() : Step::kMore;
      }
      if (!record_has_content_) {
        record_has_content_ = true;
        record_line_ = line_;
      }
      if (c == ',') return EndField();
      if (c == '"') {
        state_ = State::kQuoted;
        quote_line_ = line_;
        quote_column_ = column_;
        return Step::kMore;
      }
      state_ = State::kUnquoted;
      return Append(c);
    case State::kUnquoted:
      if (c == ',') return EndField();
      if (IsLineEnd(c)) return EndRecord();
      return Append(c);
    case State::kQuoted:
      if (c == '"') {
        state_ = State::kQuotedQuote;
        return Step::kMore;
      }
      if (c == '\\') {
        state_ = State::kQuotedBackslash;
        return Step::kMore;
      }
      return Append(c);
    case State::kQuotedQuote:
      if (c == '"') {
        state_ = State::kQuoted;
        return Append('"');
      }
      if (c == ',') return EndField();
      if (IsLineEnd(c)) return EndRecord();
      return SyntaxError("unexpected " + Describe(c) + " after the closing quote of field " +
                         std::to_string(ends_.size() + 1));
    case State::kQuotedBackslash:
      if (c == '"') {
        state_ = State::kQuotedBackslashQuote;
        return Step::kMore;
      }
      state_ = State::kQuoted;
      if (Append('\\') == Step::kError) return Step::kError;
      return Feed(c);
    case State::kQuotedBackslashQuote:
      if (c == '"') {
        state_ = State::kQuotedBackslashQuoteQuote;
        return Step::kMore;
      }
      state_ = State::kQuoted;
      if (Append('"') == Step::kError) return Step::kError;
      return Feed(c);
    case State::kQuotedBackslashQuoteQuote:
      if (c == ',' || IsLineEnd(c)) {
        // `\"` then the closing quote: the backslash dialect.
        if (Append('"') == Step::kError) return Step::kError;
        return c == ',' ? EndField() : EndRecord();
      }
      // A literal backslash, then `""`: RFC 4180.
      state_ = State::kQuoted;
      if (Append("\\\"") == Step::kError) return Step::kError;
      return Feed(c);
  }
  return Step::kError;
}

// Copies a run of ordinary characters in one go; the state machine sees only the bytes that
// can change its state.
void CsvReader::AppendRun() {
  const char* begin = chunk_.data() + chunk_pos_;
  const char* end = chunk_.data() + chunk_.size();
  const char* p = begin;
  if (state_ == State::kUnquoted) {
    while (p != end && *p != ',' && *p != '\n' && *p != '\r') ++p;
  } else {
    while (p != end && *p != '"' && *p != '\\' && *p != '\n' && *p != '\r') ++p;
  }
  // Past a limit, the byte-wise path reports the exact byte that crosses it.
  const size_t room = std::min(limits_.max_field_bytes - (buffer_.size() - field_start_),
                               limits_.max_record_bytes - buffer_.size());
  const size_t length = std::min(static_cast<size_t>(p - begin), room);
  if (length == 0) return;
  buffer_.append(begin, length);
  chunk_pos_ += length;
  column_ += length;
  previous_cr_ = false;
}

Result<bool> CsvReader::Finish() {
  switch (state_) {
    case State::kFieldStart:
      if (!record_has_content_) return false;
      break;
    case State::kUnquoted:
    case State::kQuotedQuote:
      break;
    case State::kQuotedBackslashQuote:
      // `\"` at the very end: only a backslash and the closing quote make sense.
      if (Append('\\') == Step::kError) return Failed();
      break;
    case State::kQuotedBackslashQuoteQuote:
      if (Append('"') == Step::kError) return Failed();
      break;
    case State::kQuoted:
    case State::kQuotedBackslash:
      error_ = Status(StatusCode::kDataError,
                      entry_path_ + ": line " + std::to_string(quote_line_) + ", column " +
                          std::to_string(quote_column_) +
                          ": the quoted field opened here is not closed before the end of the "
                          "file");
      return Failed();
  }
  if (EndField() == Step::kError) return Failed();
  return CompleteRecord();
}

bool CsvReader::CompleteRecord() {
  record_has_content_ = false;
  size_t start = 0;
  for (const size_t end : ends_) {
    fields_.emplace_back(buffer_.data() + start, end - start);
    start = end;
  }
  return true;
}

// The input did not start with a whole byte order mark: the bytes that looked like one are
// data (they are never quotes, commas or line ends).
CsvReader::Step CsvReader::ReplayBomPrefix() {
  at_start_ = false;
  for (size_t i = 0; i < bom_matched_; ++i) {
    if (Feed(kBom[i]) == Step::kError) return Step::kError;
    AdvancePosition(kBom[i]);
  }
  return Step::kMore;
}

Result<bool> CsvReader::Next() {
  if (error_) return Failed();
  buffer_.clear();
  ends_.clear();
  fields_.clear();
  field_start_ = 0;
  state_ = State::kFieldStart;
  record_has_content_ = false;
  for (;;) {
    if (chunk_pos_ == chunk_.size()) {
      if (at_end_) {
        if (at_start_ && ReplayBomPrefix() == Step::kError) return Failed();
        return Finish();
      }
      Result<std::string_view> chunk = stream_.Read();
      if (!chunk) {
        error_ = chunk.error();
        return Failed();
      }
      chunk_ = *chunk;
      chunk_pos_ = 0;
      if (chunk_.empty()) {
        at_end_ = true;
      } else if (progress_) {
        progress_(stream_.position());
      }
      continue;
    }
    if (state_ == State::kUnquoted || state_ == State::kQuoted) {
      AppendRun();
      if (chunk_pos_ == chunk_.size()) continue;
    }
    const char c = chunk_[chunk_pos_++];
    if (at_start_) {
      if (c == kBom[bom_matched_]) {
        if (++bom_matched_ == kBom.size()) at_start_ = false;
        continue;
      }
      if (ReplayBomPrefix() == Step::kError) return Failed();
    }
    const Step step = Feed(c);
    if (step == Step::kError) return Failed();
    AdvancePosition(c);
    if (step == Step::kRecordEnd) return CompleteRecord();
  }
}

CsvHeader::CsvHeader(std::span<const std::string_view> record) {
  names_.reserve(record.size());
  for (const std::string_view name : record) names_.push_back(NormalizeHeaderName(name));
}

std::optional<size_t> CsvHeader::Find(std::string_view name) const {
  const std::string wanted = NormalizeHeaderName(name);
  for (size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == wanted) return i;
  }
  return std::nullopt;
}

}  // namespace touchpoint
