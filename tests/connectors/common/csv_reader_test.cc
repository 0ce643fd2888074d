#include "connectors/common/csv_reader.h"

#include <gtest/gtest.h>

#include <random>

#include "tests/support/string_entry_stream.h"

namespace touchpoint {
namespace {

using test::StringEntryStream;

struct Record {
  uint64_t line;
  std::vector<std::string> fields;
  bool operator==(const Record&) const = default;
};

struct Outcome {
  std::vector<Record> records;
  std::string error;  // empty when the whole input was read
  bool operator==(const Outcome&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Outcome& outcome) {
  for (const Record& record : outcome.records) {
    out << "line " << record.line << ":";
    for (const std::string& field : record.fields) out << " [" << field << "]";
    out << "\n";
  }
  return out << "error: " << outcome.error;
}

Outcome ReadChunked(const std::string& content, size_t chunk, CsvLimits limits = {}) {
  StringEntryStream stream(content, chunk);
  CsvReader reader(stream, "test.csv", limits);
  Outcome outcome;
  for (;;) {
    Result<bool> row = reader.Next();
    if (!row) {
      outcome.error = row.error().message();
      EXPECT_EQ(row.error().code(), StatusCode::kDataError);
      // A failed reader stays failed.
      Result<bool> again = reader.Next();
      EXPECT_EQ(again ? std::string("no error") : again.error().message(), outcome.error);
      return outcome;
    }
    if (!*row) return outcome;
    Record record{reader.line(), {}};
    for (std::string_view field : reader.fields()) record.fields.emplace_back(field);
    outcome.records.push_back(std::move(record));
  }
}

// Reads `content` in chunks of every size from 1 byte to all of it, and checks that every
// chunking gives the same result; returns that result.
Outcome Read(const std::string& content, CsvLimits limits = {}) {
  const Outcome whole = ReadChunked(content, content.size() + 1, limits);
  for (size_t chunk = 1; chunk <= content.size(); ++chunk) {
    const Outcome chunked = ReadChunked(content, chunk, limits);
    EXPECT_EQ(chunked, whole) << "chunk size " << chunk;
    if (chunked != whole) break;
  }
  return whole;
}

Outcome Records(std::vector<Record> records) { return {std::move(records), ""}; }

TEST(CsvReaderTest, ReadsPlainRecordsWithEveryLineEnd) {
  EXPECT_EQ(Read("a,b,c\n1,2,3\n"), Records({{1, {"a", "b", "c"}}, {2, {"1", "2", "3"}}}));
  EXPECT_EQ(Read("a,b\r\n1,2\r\n"), Records({{1, {"a", "b"}}, {2, {"1", "2"}}}));
  EXPECT_EQ(Read("a,b\r1,2\r"), Records({{1, {"a", "b"}}, {2, {"1", "2"}}}));
  EXPECT_EQ(Read("a,b\n1,2\r\n3,4\r5,6"),
            Records({{1, {"a", "b"}}, {2, {"1", "2"}}, {3, {"3", "4"}}, {4, {"5", "6"}}}));
}

TEST(CsvReaderTest, LastRecordNeedsNoLineEnd) {
  EXPECT_EQ(Read("a,b\n1,2"), Records({{1, {"a", "b"}}, {2, {"1", "2"}}}));
  EXPECT_EQ(Read("a,\"b\""), Records({{1, {"a", "b"}}}));
  EXPECT_EQ(Read("a,"), Records({{1, {"a", ""}}}));
  EXPECT_EQ(Read(""), Records({}));
}

TEST(CsvReaderTest, EmptyFieldsAreKept) {
  EXPECT_EQ(Read(",,,,,,07 Jun 2026\n"), Records({{1, {"", "", "", "", "", "", "07 Jun 2026"}}}));
  EXPECT_EQ(Read("\"\",x,\n"), Records({{1, {"", "x", ""}}}));
  EXPECT_EQ(Read("\"\"\n"), Records({{1, {""}}}));
}

TEST(CsvReaderTest, DropsAByteOrderMark) {
  EXPECT_EQ(Read("\xEF\xBB\xBF"
                 "First Name,Last Name\r\nAda,L\r\n"),
            Records({{1, {"First Name", "Last Name"}}, {2, {"Ada", "L"}}}));
  EXPECT_EQ(Read("\xEF\xBB\xBF\"q\"\n"), Records({{1, {"q"}}}));
  // Only a whole mark at the very start is one.
  EXPECT_EQ(Read("\xEF\xBBx,y\n"), Records({{1, {"\xEF\xBBx", "y"}}}));
  EXPECT_EQ(Read("\xEF"), Records({{1, {"\xEF"}}}));
  EXPECT_EQ(Read("a\n\xEF\xBB\xBF"
                 "b\n"),
            Records({{1, {"a"}},
                     {2,
                      {"\xEF\xBB\xBF"
                       "b"}}}));
}

TEST(CsvReaderTest, QuotedFieldsHoldCommasAndLineBreaks) {
  const std::string csv =
      "\"CONVERSATION ID\",\"CONTENT\"\n"
      "\"2-abc\",\"line one\nline two, with a comma\r\nline three\"\n"
      "\"2-def\",\"Jane Doe, PhD\"\n";
  EXPECT_EQ(Read(csv), Records({{1, {"CONVERSATION ID", "CONTENT"}},
                                {2, {"2-abc", "line one\nline two, with a comma\r\nline three"}},
                                {5, {"2-def", "Jane Doe, PhD"}}}));
}

TEST(CsvReaderTest, DoubledQuotesAreEscapes) {
  EXPECT_EQ(Read("\"she said \"\"hi\"\"\",x\n"), Records({{1, {"she said \"hi\"", "x"}}}));
  EXPECT_EQ(Read("\"\"\"\"\n"), Records({{1, {"\""}}}));
}

TEST(CsvReaderTest, BackslashQuotesAreEscapes) {
  EXPECT_EQ(Read("2026-02-09,\"he said \\\"hi\\\" to me\",x\n"),
            Records({{1, {"2026-02-09", "he said \"hi\" to me", "x"}}}));
  // `\"` right before the closing quote.
  EXPECT_EQ(Read("\"he said \\\"hi\\\"\",x\n"), Records({{1, {"he said \"hi\"", "x"}}}));
  EXPECT_EQ(Read("\"ends \\\"quoted\\\"\""), Records({{1, {"ends \"quoted\""}}}));
  // `\",` inside a field is an escaped quote followed by a comma.
  EXPECT_EQ(Read("\"I said \\\"yes\\\", and left\"\n"),
            Records({{1, {"I said \"yes\", and left"}}}));
  // Backslashes before anything but a quote are text.
  EXPECT_EQ(Read("\"C:\\temp\\x \\\\ y\"\n"), Records({{1, {"C:\\temp\\x \\\\ y"}}}));
  EXPECT_EQ(Read("a\\\"b,c\n"), Records({{1, {"a\\\"b", "c"}}}));
}

TEST(CsvReaderTest, BackslashFollowedByDoubledQuoteIsRfcText) {
  // RFC 4180 writing of {\"a\": 1}: a literal backslash before each doubled quote.
  EXPECT_EQ(Read("\"{\\\"\"a\\\"\": 1}\",x\n"), Records({{1, {"{\\\"a\\\": 1}", "x"}}}));
  // RFC 4180 writing of x=\" at the end of a field.
  EXPECT_EQ(Read("\"x=\\\"\"\",y\n"), Records({{1, {"x=\\\"", "y"}}}));
  // A field ending in a backslash is read right at the end of the input.
  EXPECT_EQ(Read("\"C:\\temp\\\""), Records({{1, {"C:\\temp\\"}}}));
}

TEST(CsvReaderTest, QuotesInsideUnquotedFieldsAreText) {
  EXPECT_EQ(Read("5'11\" tall,x\n"), Records({{1, {"5'11\" tall", "x"}}}));
}

TEST(CsvReaderTest, SkipsEmptyLinesButCountsThem) {
  const std::string csv =
      "Notes:\n\"When exporting your connection data, you may notice, that some\"\n\n"
      "First Name,Connected On\r\n\r\nAda,08 Feb 2026\n\n";
  EXPECT_EQ(Read(csv),
            Records({{1, {"Notes:"}},
                     {2, {"When exporting your connection data, you may notice, that some"}},
                     {4, {"First Name", "Connected On"}},
                     {6, {"Ada", "08 Feb 2026"}}}));
}

TEST(CsvReaderTest, TextAfterAClosingQuoteIsAnErrorWithLineAndColumn) {
  const Outcome outcome = Read("a,b\n\"ok\",\"bro\"ken\",c\n");
  ASSERT_EQ(outcome.records.size(), 1u);
  EXPECT_EQ(outcome.error,
            "test.csv: line 2, column 11: unexpected 'k' after the closing quote of field 2");
}

TEST(CsvReaderTest, UnterminatedQuoteNamesWhereItOpened) {
  const Outcome outcome = Read("a,b\nx,\"never\ncloses\n");
  ASSERT_EQ(outcome.records.size(), 1u);
  EXPECT_EQ(outcome.error,
            "test.csv: line 2, column 3: the quoted field opened here is not closed before the "
            "end of the file");
  EXPECT_NE(Read("\"\\").error, "");
}

TEST(CsvReaderTest, FieldsAndRecordsAreBounded) {
  CsvLimits limits;
  limits.max_field_bytes = 8;
  limits.max_record_bytes = 20;
  limits.max_fields = 4;
  EXPECT_EQ(Read("12345678,x\n", limits), Records({{1, {"12345678", "x"}}}));
  EXPECT_EQ(Read("123456789\n", limits).error,
            "test.csv: line 1, column 9: field 1 is longer than 8 bytes");
  EXPECT_EQ(Read("a,\"1234\n56789\"\n", limits).error,
            "test.csv: line 2, column 4: field 2 is longer than 8 bytes (does the quote opened "
            "on line 1, column 3 ever close?)");
  EXPECT_EQ(Read("1234567,1234567,1234567\n", limits).error,
            "test.csv: line 1, column 23: record starting on line 1 is longer than 20 bytes");
  EXPECT_EQ(Read("a,b,c,d,e\n", limits).error,
            "test.csv: line 1, column 10: more than 4 fields in a record");
}

TEST(CsvReaderTest, RecordErrorNamesTheRecordLine) {
  StringEntryStream stream("a\n\"multi\nline\"\nb\n");
  CsvReader reader(stream, "messages.csv");
  ASSERT_TRUE(reader.Next().value());
  ASSERT_TRUE(reader.Next().value());
  ASSERT_TRUE(reader.Next().value());
  EXPECT_EQ(reader.RecordError("bad").message(), "messages.csv: line 4: bad");
  EXPECT_FALSE(reader.Next().value());
}

class FailingStream final : public EntryStream {
 public:
  Result<std::string_view> Read() override {
    if (calls_++ == 0) return std::string_view("a,b\nc,");
    return Fail(StatusCode::kDataError, "data.zip: messages.csv: CRC mismatch");
  }
  uint64_t position() const noexcept override { return 6; }

 private:
  int calls_ = 0;
};

TEST(CsvReaderTest, StreamErrorsComeThrough) {
  FailingStream stream;
  CsvReader reader(stream, "messages.csv");
  ASSERT_TRUE(reader.Next().value());
  Result<bool> row = reader.Next();
  ASSERT_FALSE(row);
  EXPECT_EQ(row.error().message(), "data.zip: messages.csv: CRC mismatch");
}

TEST(CsvReaderTest, ReportsProgressPerChunk) {
  StringEntryStream stream("a,b\nc,d\n", 3);
  std::vector<uint64_t> progress;
  CsvReader reader(stream, "x.csv", {}, [&progress](uint64_t bytes) { progress.push_back(bytes); });
  while (reader.Next().value()) {
  }
  EXPECT_EQ(progress, (std::vector<uint64_t>{3, 6, 8}));
}

TEST(CsvReaderTest, StreamsLargeFilesOneRecordAtATime) {
  std::string csv = "id,text\n";
  for (int i = 0; i < 20000; ++i) csv += std::to_string(i) + ",\"row " + std::to_string(i) + "\"\n";
  StringEntryStream stream(csv, 4096);
  CsvReader reader(stream, "big.csv");
  int rows = 0;
  while (reader.Next().value()) {
    if (rows > 0) {
      ASSERT_EQ(reader.fields()[1], "row " + std::to_string(rows - 1));
      ASSERT_EQ(reader.line(), static_cast<uint64_t>(rows + 1));
    }
    ++rows;
  }
  EXPECT_EQ(rows, 20001);
}

// Random bytes drawn from the characters that matter never crash the reader, and every
// chunking agrees.
TEST(CsvReaderTest, SurvivesAnyInput) {
  std::mt19937 random(7);
  const std::string alphabet = "ab,\"\\\r\n \xEF\xBB\xBF";
  CsvLimits limits;
  limits.max_field_bytes = 16;
  for (int round = 0; round < 300; ++round) {
    std::string input;
    const size_t length = random() % 40;
    for (size_t i = 0; i < length; ++i) input += alphabet[random() % alphabet.size()];
    Read(input, limits);
  }
}

TEST(CsvHeaderTest, FindsColumnsByNameIgnoringCaseSpacesAndBom) {
  const std::vector<std::string_view> record = {
      "\xEF\xBB\xBF"
      "CONVERSATION ID",
      " From ", "inviterProfileUrl"};
  const CsvHeader header(record);
  EXPECT_EQ(header.size(), 3u);
  EXPECT_EQ(header.Find("conversation id"), 0u);
  EXPECT_EQ(header.Find("FROM"), 1u);
  EXPECT_EQ(header.Find("InviterProfileURL"), 2u);
  EXPECT_FALSE(header.Find("TO"));
}

}  // namespace
}  // namespace touchpoint
