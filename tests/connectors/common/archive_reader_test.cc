#include "connectors/common/archive_reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/support/temp_dir.h"
#include "tests/support/zip_writer.h"

namespace touchpoint {
namespace {

namespace fs = std::filesystem;
using test::FileSpec;
using test::TempDir;

// Text that deflates like real JSON does (well, but not to nothing), the same for each seed.
std::string MakeContent(size_t size, uint32_t seed) {
  static const char* const kWords[] = {"tweet",      "reply", "@someone", "call", "\"id\": ",
                                       "1234567890", "{",     "}",        ",\n",  "https://t.co/x"};
  std::string text;
  text.reserve(size + 16);
  uint32_t state = seed * 2654435761u + 1;
  while (text.size() < size) {
    state = state * 1664525u + 1013904223u;
    text += kWords[(state >> 24) % std::size(kWords)];
    text += static_cast<char>('a' + (state >> 8) % 26);
  }
  text.resize(size);
  return text;
}

std::string ReadFileBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

fs::path MakeZip(const TempDir& dir, std::string_view name, const std::vector<FileSpec>& files,
                 bool compress = true) {
  const fs::path path = dir.path() / name;
  const Status status = test::WriteZip(path, files, compress);
  EXPECT_TRUE(status.ok()) << status.message();
  return path;
}

std::unique_ptr<ArchiveReader> OpenOrDie(const fs::path& path) {
  Result<std::unique_ptr<ArchiveReader>> reader = ArchiveReader::Open(path);
  if (!reader) {
    ADD_FAILURE() << reader.error().message();
    return nullptr;
  }
  return std::move(*reader);
}

std::vector<std::string> Paths(const ArchiveReader& reader) {
  std::vector<std::string> paths;
  for (const ArchiveEntry& entry : reader.entries()) paths.push_back(entry.path);
  return paths;
}

const ArchiveEntry* Find(const ArchiveReader& reader, std::string_view path) {
  for (const ArchiveEntry& entry : reader.entries()) {
    if (entry.path == path) return &entry;
  }
  ADD_FAILURE() << "no entry " << path;
  return nullptr;
}

struct Streamed {
  std::string bytes;
  size_t chunks = 0;
};

// Reads one entry through EntryStream, checking position() after every chunk.
Result<Streamed> Stream(ArchiveReader& reader, const ArchiveEntry& entry) {
  Result<std::unique_ptr<EntryStream>> stream = reader.OpenEntry(entry);
  if (!stream) return Fail(stream.error());
  Streamed out;
  for (;;) {
    Result<std::string_view> chunk = (*stream)->Read();
    if (!chunk) return Fail(chunk.error());
    if (chunk->empty()) break;
    out.bytes.append(*chunk);
    ++out.chunks;
    EXPECT_EQ((*stream)->position(), out.bytes.size());
  }
  EXPECT_TRUE((*stream)->Read().value_or("error").empty()) << "the end must stay the end";
  return out;
}

// Opens `path` and reads every entry: OK only when all of it could be read.
Status OpenAndReadEverything(const fs::path& path) {
  Result<std::unique_ptr<ArchiveReader>> reader = ArchiveReader::Open(path);
  if (!reader) return reader.error();
  for (const ArchiveEntry& entry : (*reader)->entries()) {
    Result<Streamed> streamed = Stream(**reader, entry);
    if (!streamed) return streamed.error();
  }
  return Status::Ok();
}

// The offset of the first local entry's data (the writer puts it at offset 0).
size_t FirstEntryDataOffset(const std::string& zip) {
  const auto u16 = [&](size_t at) {
    return static_cast<size_t>(static_cast<unsigned char>(zip[at])) |
           static_cast<size_t>(static_cast<unsigned char>(zip[at + 1])) << 8;
  };
  EXPECT_EQ(zip.substr(0, 4), std::string("PK\3\4"));
  return 30 + u16(26) + u16(28);
}

void ExpectError(const Result<std::unique_ptr<ArchiveReader>>& result, StatusCode code,
                 std::string_view needle) {
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), code) << result.error().message();
  EXPECT_NE(result.error().message().find(needle), std::string::npos)
      << result.error().message() << " lacks " << needle;
}

// Zip tests run on stored and on deflated archives.
class ZipTest : public ::testing::TestWithParam<bool> {
 protected:
  bool compress() const { return GetParam(); }
  TempDir dir_;
};

INSTANTIATE_TEST_SUITE_P(StoredAndDeflated, ZipTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& info) {
                           return info.param ? "Deflated" : "Stored";
                         });

TEST_P(ZipTest, ListsRegularFilesInContainerOrder) {
  const fs::path zip = MakeZip(dir_, "export.zip",
                               {{"Your archive.html", "<html>"},
                                {"data/", ""},
                                {"data/tweets.js", "window.YTD.tweets.part0 = []"},
                                {"data/deep/er/account.js", "window.YTD.account.part0 = [{}]"},
                                {"empty.txt", ""}},
                               compress());
  std::unique_ptr<ArchiveReader> reader = OpenOrDie(zip);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->display_name(), zip.string());
  EXPECT_EQ(Paths(*reader), (std::vector<std::string>{"Your archive.html", "data/tweets.js",
                                                      "data/deep/er/account.js", "empty.txt"}));
  EXPECT_EQ(reader->entries()[1].size, 28u);
  EXPECT_EQ(reader->entries()[1].basename(), "tweets.js");
  EXPECT_EQ(reader->entries()[0].basename(), "Your archive.html");
  EXPECT_EQ(reader->total_size(), 6u + 28u + 31u + 0u);

  EXPECT_EQ(reader->ReadAll(reader->entries()[2], 1000).value_or("error"),
            "window.YTD.account.part0 = [{}]");
  EXPECT_EQ(reader->ReadAll(reader->entries()[3], 1000).value_or("error"), "");
}

TEST_P(ZipTest, StreamsMultiMegabyteEntryInChunks) {
  const std::string big = MakeContent(9 * 1024 * 1024 + 17, 1);
  const fs::path zip =
      MakeZip(dir_, "big.zip", {{"a.txt", "before"}, {"data/tweets.js", big}, {"z.txt", "after"}},
              compress());
  std::unique_ptr<ArchiveReader> reader = OpenOrDie(zip);
  ASSERT_NE(reader, nullptr);
  const ArchiveEntry* entry = Find(*reader, "data/tweets.js");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->size, big.size());

  Result<Streamed> streamed = Stream(*reader, *entry);
  ASSERT_TRUE(streamed.has_value()) << streamed.error().message();
  EXPECT_GT(streamed->chunks, 4u);
  EXPECT_EQ(streamed->bytes.size(), big.size());
  EXPECT_TRUE(streamed->bytes == big);
}

TEST_P(ZipTest, ReadsEntriesOneAfterAnotherAndInAnyOrder) {
  const std::vector<FileSpec> files = {{"one.js", MakeContent(300000, 2)},
                                       {"two.js", MakeContent(70000, 3)},
                                       {"three.js", MakeContent(5, 4)}};
  std::unique_ptr<ArchiveReader> reader = OpenOrDie(MakeZip(dir_, "x.zip", files, compress()));
  ASSERT_NE(reader, nullptr);
  ASSERT_EQ(reader->entries().size(), 3u);
  for (size_t i : {0, 1, 2, 2, 0, 1, 0, 2}) {
    Result<std::string> bytes = reader->ReadAll(reader->entries()[i], 1 << 20);
    ASSERT_TRUE(bytes.has_value()) << i << ": " << bytes.error().message();
    EXPECT_TRUE(*bytes == files[i].content) << "entry " << i;
  }
  // An entry abandoned half-way does not disturb the next one.
  {
    Result<std::unique_ptr<EntryStream>> stream = reader->OpenEntry(reader->entries()[0]);
    ASSERT_TRUE(stream.has_value());
    ASSERT_TRUE((*stream)->Read().has_value());
  }
  EXPECT_TRUE(reader->ReadAll(reader->entries()[1], 1 << 20).value_or("") == files[1].content);
}

TEST_P(ZipTest, DuplicateNamesAreReadByPosition) {
  std::unique_ptr<ArchiveReader> reader =
      OpenOrDie(MakeZip(dir_, "dup.zip", {{"a.js", "first"}, {"a.js", "second"}}, compress()));
  ASSERT_NE(reader, nullptr);
  ASSERT_EQ(Paths(*reader), (std::vector<std::string>{"a.js", "a.js"}));
  EXPECT_EQ(reader->ReadAll(reader->entries()[1], 100).value_or("error"), "second");
  EXPECT_EQ(reader->ReadAll(reader->entries()[0], 100).value_or("error"), "first");
}

TEST_P(ZipTest, CorruptedByteInEntryDataIsDataErrorWhenRead) {
  const std::vector<FileSpec> files = {{"data/tweets.js", MakeContent(200000, 5)},
                                       {"data/account.js", "fine"}};
  const fs::path zip = MakeZip(dir_, "x.zip", files, compress());
  std::string bytes = ReadFileBytes(zip);
  bytes[FirstEntryDataOffset(bytes) + 1000] ^= 0x55;
  ASSERT_TRUE(test::WriteFile(zip, bytes).ok());

  std::unique_ptr<ArchiveReader> reader = OpenOrDie(zip);
  ASSERT_NE(reader, nullptr);
  for (int attempt = 0; attempt < 2; ++attempt) {
    Result<Streamed> streamed = Stream(*reader, reader->entries()[0]);
    ASSERT_FALSE(streamed.has_value());
    EXPECT_EQ(streamed.error().code(), StatusCode::kDataError);
    EXPECT_EQ(streamed.error().message().rfind(zip.string() + ": data/tweets.js: ", 0), 0u)
        << streamed.error().message();
    // The other entry stays readable after the error.
    EXPECT_EQ(reader->ReadAll(reader->entries()[1], 100).value_or("error"), "fine");
  }
}

TEST_P(ZipTest, TruncatedZipIsNeverReadSuccessfully) {
  const fs::path zip = MakeZip(
      dir_, "full.zip",
      {{"a.js", MakeContent(50000, 6)}, {"b/c.js", MakeContent(120000, 7)}, {"d.txt", "end"}},
      compress());
  const std::string bytes = ReadFileBytes(zip);
  const size_t n = bytes.size();
  for (size_t keep : {size_t{1}, size_t{4}, size_t{30}, size_t{100}, n / 4, n / 2, n * 3 / 4,
                      n - 100, n - 23, n - 22, n - 21, n - 10, n - 1}) {
    SCOPED_TRACE("kept " + std::to_string(keep) + " of " + std::to_string(n) + " bytes");
    const fs::path cut = dir_.Write("cut.zip", std::string_view(bytes).substr(0, keep));
    const Status status = OpenAndReadEverything(cut);
    EXPECT_EQ(status.code(), StatusCode::kDataError) << status.message();
    EXPECT_NE(status.message().find(cut.string()), std::string::npos) << status.message();
  }
  EXPECT_TRUE(OpenAndReadEverything(zip).ok());
}

TEST(ArchiveReaderTest, ListsNormalizedPathsAndSkipsDotDot) {
  TempDir dir;
  std::unique_ptr<ArchiveReader> reader = OpenOrDie(MakeZip(dir, "paths.zip",
                                                            {{"./lead.txt", "1"},
                                                             {"/abs/olute.txt", "2"},
                                                             {"x//y/./z.txt", "3"},
                                                             {"../evil.txt", "4"},
                                                             {"a/../../evil2.txt", "5"},
                                                             {"a/..", "6"},
                                                             {"ok/..dots", "7"}}));
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(Paths(*reader),
            (std::vector<std::string>{"lead.txt", "abs/olute.txt", "x/y/z.txt", "ok/..dots"}));
  EXPECT_EQ(reader->ReadAll(reader->entries()[2], 10).value_or("error"), "3");
}

// The test program runs in the "C" locale, where libarchive alone drops UTF-8 names.
TEST(ArchiveReaderTest, ListsUtf8NamesInTheCLocale) {
  TempDir dir;
  std::unique_ptr<ArchiveReader> reader =
      OpenOrDie(MakeZip(dir, "utf8.zip", {{"données/été.js", "8"}, {"メッセージ.json", "9"}}));
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(Paths(*reader), (std::vector<std::string>{"données/été.js", "メッセージ.json"}));
  EXPECT_EQ(reader->ReadAll(reader->entries()[1], 10).value_or("error"), "9");
  EXPECT_EQ(::uselocale(locale_t{}), LC_GLOBAL_LOCALE) << "the thread's locale is restored";
}

TEST(ArchiveReaderTest, ReadAllEnforcesTheLimit) {
  TempDir dir;
  std::unique_ptr<ArchiveReader> reader =
      OpenOrDie(MakeZip(dir, "x.zip", {{"a.js", std::string(1000, 'a')}}));
  ASSERT_NE(reader, nullptr);
  EXPECT_TRUE(reader->ReadAll(reader->entries()[0], 1000).has_value());
  Result<std::string> refused = reader->ReadAll(reader->entries()[0], 999);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), StatusCode::kDataError);
  EXPECT_NE(refused.error().message().find("a.js"), std::string::npos);
}

TEST(ArchiveReaderTest, ReadAllEnforcesTheLimitOnBytesNotJustStatedSize) {
  TempDir dir;
  dir.Write("export/a.js", "small");
  std::unique_ptr<ArchiveReader> reader = OpenOrDie(dir.path() / "export");
  ASSERT_NE(reader, nullptr);
  dir.Write("export/a.js", std::string(5000, 'x'));  // grows after the listing
  Result<std::string> refused = reader->ReadAll(reader->entries()[0], 100);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), StatusCode::kDataError);
}

TEST(ArchiveReaderTest, EntryOfAnotherArchiveIsUsageError) {
  TempDir dir;
  std::unique_ptr<ArchiveReader> reader = OpenOrDie(MakeZip(dir, "x.zip", {{"a.js", "a"}}));
  ASSERT_NE(reader, nullptr);
  Result<std::unique_ptr<EntryStream>> stream = reader->OpenEntry(ArchiveEntry{"b.js", 1});
  ASSERT_FALSE(stream.has_value());
  EXPECT_EQ(stream.error().code(), StatusCode::kUsage);
  // A copy of a listed entry is found by its path.
  EXPECT_EQ(reader->ReadAll(ArchiveEntry{"a.js", 1}, 10).value_or("error"), "a");
}

TEST(ArchiveReaderTest, MissingPathIsNoInput) {
  TempDir dir;
  const fs::path missing = dir.path() / "nope.zip";
  ExpectError(ArchiveReader::Open(missing), StatusCode::kNoInput,
              missing.string() + ": No such file or directory");
  const fs::path through_file = dir.Write("file", "x") / "inner.zip";
  ExpectError(ArchiveReader::Open(through_file), StatusCode::kNoInput,
              through_file.string() + ": Not a directory");
}

TEST(ArchiveReaderTest, UnreadableFileIsNoInput) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads files whatever their mode";
  TempDir dir;
  const fs::path zip = MakeZip(dir, "x.zip", {{"a", "a"}});
  fs::permissions(zip, fs::perms::none);
  ExpectError(ArchiveReader::Open(zip), StatusCode::kNoInput, zip.string() + ": Permission denied");
}

TEST(ArchiveReaderTest, EmptyFileIsDataError) {
  TempDir dir;
  const fs::path empty = dir.Write("empty.zip", "");
  ExpectError(ArchiveReader::Open(empty), StatusCode::kDataError,
              empty.string() + ": empty file, not an archive");
}

TEST(ArchiveReaderTest, TextFileIsDataError) {
  TempDir dir;
  const fs::path text = dir.Write("notes.zip", "just some notes\nnot a zip at all\n");
  ExpectError(ArchiveReader::Open(text), StatusCode::kDataError,
              text.string() + ": not a readable archive: ");
}

TEST(ArchiveReaderTest, GarbageIsDataError) {
  TempDir dir;
  // Starts like a zip, then noise: the central directory is what counts.
  const fs::path garbage = dir.Write("garbage.zip", "PK\3\4" + MakeContent(100000, 8));
  ExpectError(ArchiveReader::Open(garbage), StatusCode::kDataError, "not a readable archive");
}

TEST(ArchiveReaderTest, FifoIsRejectedWithoutBlocking) {
  TempDir dir;
  const fs::path fifo = dir.path() / "fifo.zip";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  ExpectError(ArchiveReader::Open(fifo), StatusCode::kDataError, "not a regular file");
}

TEST(ArchiveReaderTest, OpenDescriptorReadsRegularFileAndOwnsIt) {
  TempDir dir;
  const fs::path zip = MakeZip(dir, "x.zip", {{"a.js", "alpha"}, {"b/c.js", "gamma"}});
  const int fd = ::open(zip.c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::lseek(fd, 7, SEEK_SET), 7);  // the descriptor's offset does not matter
  {
    Result<std::unique_ptr<ArchiveReader>> reader = ArchiveReader::OpenDescriptor(fd, "upload #3");
    ASSERT_TRUE(reader.has_value()) << reader.error().message();
    EXPECT_EQ((*reader)->display_name(), "upload #3");
    ASSERT_EQ(Paths(**reader), (std::vector<std::string>{"a.js", "b/c.js"}));
    EXPECT_EQ((*reader)->ReadAll((*reader)->entries()[1], 10).value_or("error"), "gamma");
    EXPECT_EQ((*reader)->ReadAll((*reader)->entries()[0], 10).value_or("error"), "alpha");
    EXPECT_EQ((*reader)->ContentHash().value_or("a"),
              ArchiveReader::Open(zip).value()->ContentHash().value_or("b"));
  }
  errno = 0;
  EXPECT_EQ(::fcntl(fd, F_GETFD), -1) << "the reader closes the descriptor it owns";
  EXPECT_EQ(errno, EBADF);
}

TEST(ArchiveReaderTest, OpenDescriptorErrorsNameTheArchive) {
  TempDir dir;
  const int empty = ::open(dir.Write("e", "").c_str(), O_RDONLY | O_CLOEXEC);
  ExpectError(ArchiveReader::OpenDescriptor(empty, "upload #4"), StatusCode::kDataError,
              "upload #4: empty file, not an archive");
  int pipe_fds[2];
  ASSERT_EQ(::pipe2(pipe_fds, O_CLOEXEC), 0);
  ::close(pipe_fds[1]);
  ExpectError(ArchiveReader::OpenDescriptor(pipe_fds[0], "stdin"), StatusCode::kDataError,
              "stdin: not a readable archive: not a regular file");
  EXPECT_EQ(::fcntl(pipe_fds[0], F_GETFD), -1) << "closed even on failure";
}

TEST(ArchiveReaderTest, ContentHashOfZipDependsOnBytesNotName) {
  TempDir dir;
  const std::vector<FileSpec> files = {{"data/tweets.js", MakeContent(3 << 20, 9)}};
  const fs::path zip = MakeZip(dir, "one.zip", files);
  const fs::path copy = dir.Write("other name.zip", ReadFileBytes(zip));
  const fs::path changed = MakeZip(dir, "changed.zip", {{"data/tweets.js", "[]"}});

  Result<std::string> hash = OpenOrDie(zip)->ContentHash();
  ASSERT_TRUE(hash.has_value()) << hash.error().message();
  EXPECT_EQ(hash->size(), 32u);
  EXPECT_EQ(hash->find_first_not_of("0123456789abcdef"), std::string::npos) << *hash;
  EXPECT_EQ(OpenOrDie(copy)->ContentHash().value_or(""), *hash);
  EXPECT_NE(OpenOrDie(changed)->ContentHash().value_or(*hash), *hash);
}

TEST(ArchiveReaderTest, FolderListsRegularFilesSortedAndSkipsSymlinks) {
  TempDir dir;
  const fs::path root = dir.path() / "export";
  ASSERT_TRUE(test::WriteFolder(root, {{"data/tweets.js", "tweets"},
                                       {"Your archive.html", "<html>"},
                                       {"data/deep/account.js", "account"},
                                       {"assets/", ""},
                                       {"data/a.js", ""}})
                  .ok());
  const fs::path outside = dir.Write("outside/secret.txt", "secret");
  fs::create_symlink(outside, root / "link.txt");
  fs::create_directory_symlink(outside.parent_path(), root / "data/linked-dir");

  std::unique_ptr<ArchiveReader> reader = OpenOrDie(root);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->display_name(), root.string());
  EXPECT_EQ(Paths(*reader), (std::vector<std::string>{"Your archive.html", "data/a.js",
                                                      "data/deep/account.js", "data/tweets.js"}));
  EXPECT_EQ(reader->total_size(), 6u + 0u + 7u + 6u);
  EXPECT_EQ(reader->ReadAll(*Find(*reader, "data/deep/account.js"), 100).value_or("error"),
            "account");
  EXPECT_EQ(reader->ReadAll(*Find(*reader, "data/a.js"), 100).value_or("error"), "");
}

TEST(ArchiveReaderTest, FolderStreamsLargeFileInChunks) {
  TempDir dir;
  const std::string big = MakeContent(3 * 1024 * 1024 + 5, 10);
  dir.Write("export/data/tweets.js", big);
  std::unique_ptr<ArchiveReader> reader = OpenOrDie(dir.path() / "export");
  ASSERT_NE(reader, nullptr);
  Result<Streamed> streamed = Stream(*reader, reader->entries()[0]);
  ASSERT_TRUE(streamed.has_value()) << streamed.error().message();
  EXPECT_GT(streamed->chunks, 1u);
  EXPECT_TRUE(streamed->bytes == big);
}

TEST(ArchiveReaderTest, FolderFileRemovedAfterListingIsNoInput) {
  TempDir dir;
  dir.Write("export/a.js", "a");
  std::unique_ptr<ArchiveReader> reader = OpenOrDie(dir.path() / "export");
  ASSERT_NE(reader, nullptr);
  fs::remove(dir.path() / "export/a.js");
  Result<std::unique_ptr<EntryStream>> stream = reader->OpenEntry(reader->entries()[0]);
  ASSERT_FALSE(stream.has_value());
  EXPECT_EQ(stream.error().code(), StatusCode::kNoInput);
  EXPECT_NE(stream.error().message().find("a.js"), std::string::npos);
}

TEST(ArchiveReaderTest, ContentHashOfFolderDependsOnPathsAndBytes) {
  TempDir dir;
  const auto hash_of = [&](std::string_view name, const std::vector<FileSpec>& files) {
    EXPECT_TRUE(test::WriteFolder(dir.path() / name, files).ok());
    return OpenOrDie(dir.path() / name)->ContentHash().value_or("error");
  };
  const std::string base = hash_of("base", {{"a.js", "1"}, {"b/c.js", "2"}});
  EXPECT_EQ(base.size(), 32u);
  EXPECT_EQ(hash_of("same", {{"b/c.js", "2"}, {"a.js", "1"}}), base);
  EXPECT_NE(hash_of("bytes", {{"a.js", "1"}, {"b/c.js", "3"}}), base);
  EXPECT_NE(hash_of("moved", {{"a.js", "1"}, {"b/d.js", "2"}}), base);
  // File boundaries count: "b\0" inside a.js must not pass for a file named b.
  EXPECT_NE(hash_of("joined", {{"a", std::string("1b\0"
                                                 "2",
                                                 4)}}),
            hash_of("split", {{"a", "1"}, {"b", "2"}}));
}

}  // namespace
}  // namespace touchpoint
