#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "connectors/common/archive_reader.h"
#include "core/status.h"

namespace touchpoint {

// Bounds that keep a hostile or broken file from growing memory: a quote that never closes
// would otherwise swallow the rest of the file into one field.
struct CsvLimits {
  size_t max_field_bytes = 1 << 20;   // one field, after unquoting (default 1 MiB)
  size_t max_record_bytes = 4 << 20;  // all fields of one record together (default 4 MiB)
  size_t max_fields = 1024;           // fields in one record
};

// Streams the records of a comma-separated file from an EntryStream, one record at a time, so
// memory stays flat however large the file is. Reads RFC 4180 and the deviations seen in
// LinkedIn exports and their Excel re-saves:
//   * a UTF-8 byte order mark at the start is dropped;
//   * records end at LF, CRLF or a lone CR; the last record needs no line end;
//   * quoted fields may hold commas, quotes and line breaks (kept as written);
//   * inside a quoted field a quote is escaped as "" (RFC 4180) or as \" (backslash). The
//     dialects clash only on a backslash before a quote: `\""` followed by a comma or line end
//     is an escaped quote that ends the field ("said \"hi\""), anywhere else it is a
//     backslash and an escaped quote; `\"` followed by anything else is an escaped quote, so
//     a quoted field whose text ends in a backslash is read correctly only at the end of the
//     input;
//   * a quote inside an unquoted field is kept as a literal character;
//   * lines with no characters at all are skipped, never returned as records.
// Malformed input (text after a closing quote, an unterminated quote, a limit exceeded, a
// stream error) is a kDataError naming the entry, the physical line and the column (bytes,
// 1-based); the reader then stays failed. Not thread-safe.
class CsvReader {
 public:
  // Called with the bytes consumed so far whenever a new chunk is read.
  using ProgressFn = std::function<void(uint64_t bytes)>;

  // `entry_path` prefixes every error message. `stream` must outlive the reader.
  CsvReader(EntryStream& stream, std::string entry_path, CsvLimits limits = {},
            ProgressFn progress = {});

  // Reads the next record: true when one is available through fields(), false at the end of
  // the input. The fields stay valid until the next call.
  Result<bool> Next();

  std::span<const std::string_view> fields() const noexcept { return fields_; }
  // The physical line (1-based) the current record starts on; quoted line breaks count.
  uint64_t line() const noexcept { return record_line_; }
  const std::string& entry_path() const noexcept { return entry_path_; }

  // A kDataError about the current record: "<entry>: line <n>: <what>".
  Status RecordError(std::string_view what) const;

 private:
  enum class State {
    kFieldStart,
    kUnquoted,
    kQuoted,
    kQuotedQuote,                // `"` inside a quoted field: an escape or the closing quote
    kQuotedBackslash,            // `\` inside a quoted field
    kQuotedBackslashQuote,       // `\"`
    kQuotedBackslashQuoteQuote,  // `\""`
  };
  enum class Step { kMore, kRecordEnd, kError };

  Step Feed(char c);
  Step EndField();
  Step EndRecord();
  Step Append(char c);
  Step Append(std::string_view text);
  Result<bool> Finish();
  bool CompleteRecord();
  Step ReplayBomPrefix();
  void AdvancePosition(char c) noexcept;
  void AppendRun();
  Step SyntaxError(std::string what);
  Result<bool> Failed();

  EntryStream& stream_;
  std::string entry_path_;
  CsvLimits limits_;
  ProgressFn progress_;

  std::string_view chunk_;
  size_t chunk_pos_ = 0;
  size_t bom_matched_ = 0;
  bool at_start_ = true;
  bool at_end_ = false;

  State state_ = State::kFieldStart;
  bool record_has_content_ = false;
  std::string buffer_;        // the current record's fields, back to back
  std::vector<size_t> ends_;  // end offset of each finished field in buffer_
  size_t field_start_ = 0;
  std::vector<std::string_view> fields_;

  uint64_t line_ = 1;  // position of the next byte
  uint64_t column_ = 1;
  bool previous_cr_ = false;
  uint64_t record_line_ = 0;
  uint64_t quote_line_ = 0;  // where the open quoted field started
  uint64_t quote_column_ = 0;
  std::optional<Status> error_;
};

// Column positions of a header record, found by name: surrounding spaces, a byte order mark
// and ASCII case are ignored ("CONVERSATION ID" matches " Conversation Id").
class CsvHeader {
 public:
  explicit CsvHeader(std::span<const std::string_view> record);

  // The column of `name`, or nullopt when the header has no such column.
  std::optional<size_t> Find(std::string_view name) const;
  size_t size() const noexcept { return names_.size(); }

 private:
  std::vector<std::string> names_;  // normalized
};

}  // namespace touchpoint
