#include "connectors/linkedin/csv_table.h"

#include "connectors/linkedin/text.h"

namespace touchpoint::linkedin {
namespace {

std::string Join(std::span<const std::string_view> names) {
  std::string joined;
  for (const std::string_view name : names) {
    if (!joined.empty()) joined += ", ";
    joined += name;
  }
  return joined;
}

}  // namespace

Result<std::unique_ptr<CsvTable>> CsvTable::Open(ArchiveReader& archive, const ArchiveEntry& entry,
                                                 std::span<const std::string_view> required,
                                                 CsvReader::ProgressFn progress) {
  std::unique_ptr<CsvTable> table(new CsvTable());
  Result<std::unique_ptr<EntryStream>> stream = archive.OpenEntry(entry);
  if (!stream) return Fail(stream.error());
  table->stream_ = std::move(*stream);
  table->reader_ =
      std::make_unique<CsvReader>(*table->stream_, entry.path, CsvLimits{}, std::move(progress));
  for (int record = 0; record <= kMaxPreambleRecords; ++record) {
    Result<bool> row = table->reader_->Next();
    if (!row) return Fail(row.error());
    if (!*row && record == 0) return table;
    if (!*row) break;
    CsvHeader header(table->reader_->fields());
    bool complete = true;
    for (const std::string_view name : required) complete = complete && header.Find(name);
    if (complete) {
      table->header_.emplace(std::move(header));
      table->header_line_ = table->reader_->line();
      return table;
    }
  }
  return Fail(StatusCode::kDataError, entry.path + ": no header row with the columns " +
                                          Join(required) + " in its first " +
                                          std::to_string(kMaxPreambleRecords + 1) + " records");
}

Result<bool> CsvTable::Next() {
  if (empty()) return false;
  for (;;) {
    Result<bool> row = reader_->Next();
    if (!row || !*row) return row;
    const auto fields = reader_->fields();
    if (fields.size() == 1 && TrimBlanks(fields[0]).empty()) continue;
    if (fields.size() != header_->size()) {
      return Fail(RowError(std::to_string(fields.size()) + " fields, but the header on line " +
                           std::to_string(header_line_) + " has " +
                           std::to_string(header_->size())));
    }
    return true;
  }
}

std::string_view CsvTable::Field(std::optional<size_t> column) const {
  if (!column || *column >= reader_->fields().size()) return {};
  return TrimBlanks(reader_->fields()[*column]);
}

bool CsvTable::FieldIs(std::optional<size_t> column, std::string_view value) const {
  return EqualsIgnoringCase(Field(column), value);
}

}  // namespace touchpoint::linkedin
