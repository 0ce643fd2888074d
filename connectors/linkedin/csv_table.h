#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "connectors/common/archive_reader.h"
#include "connectors/common/csv_reader.h"
#include "core/status.h"

namespace touchpoint::linkedin {

// One LinkedIn CSV file being read: whatever precedes the header skipped (Connections.csv
// opens with a "Notes:" preamble), columns found by name, and every row checked against the
// header's width. Holds the entry's stream, so it must be destroyed before the archive opens
// another entry. Not thread-safe.
class CsvTable {
 public:
  // How many records before the header may be preamble.
  static constexpr int kMaxPreambleRecords = 8;

  // Opens `entry` and reads up to its header: the first of the first kMaxPreambleRecords + 1
  // records that has every column in `required`. A file without any record (empty, or line
  // ends only) opens as an empty() table without rows. kDataError naming the entry when
  // there is no such record or the CSV is malformed before it; stream errors as the archive
  // reports them.
  static Result<std::unique_ptr<CsvTable>> Open(ArchiveReader& archive, const ArchiveEntry& entry,
                                                std::span<const std::string_view> required,
                                                CsvReader::ProgressFn progress = {});

  // Reads the next data row: true when there is one, false at the end. kDataError (entry,
  // line, column) when the CSV is malformed or the row's field count differs from the
  // header's. A row that is a single blank field counts as an empty line and is skipped.
  Result<bool> Next();

  // True for a file without any record: it has neither header nor rows.
  bool empty() const noexcept { return !header_; }

  std::optional<size_t> Column(std::string_view name) const {
    return header_ ? header_->Find(name) : std::nullopt;
  }
  // The current row's field in `column` without surrounding spaces and tabs; "" when the
  // header has no such column.
  std::string_view Field(std::optional<size_t> column) const;
  // True when Field(column) equals `value`, ignoring ASCII case.
  bool FieldIs(std::optional<size_t> column, std::string_view value) const;
  // The physical line the current row starts on.
  uint64_t line() const noexcept { return reader_->line(); }
  // "<entry>: line <n>: <what>" as a kDataError.
  Status RowError(std::string_view what) const { return reader_->RecordError(what); }
  const std::string& path() const noexcept { return reader_->entry_path(); }

 private:
  CsvTable() = default;

  std::unique_ptr<EntryStream> stream_;
  std::unique_ptr<CsvReader> reader_;
  std::optional<CsvHeader> header_;
  uint64_t header_line_ = 0;
};

}  // namespace touchpoint::linkedin
