#include "tests/support/zip_writer.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <system_error>

#include "tests/support/temp_dir.h"

namespace touchpoint::test {
namespace {

constexpr time_t kFixedTime = 1577836800;  // 2020-01-01T00:00:00Z

Status WriteError(const std::filesystem::path& out, archive* writer) {
  const char* message = archive_error_string(writer);
  return Status(StatusCode::kIoError,
                out.string() + ": " + (message != nullptr ? message : "libarchive error"));
}

}  // namespace

Status WriteZip(const std::filesystem::path& out, const std::vector<FileSpec>& files,
                bool compress) {
  std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(),
                                                                 &archive_write_free);
  std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                      &archive_entry_free);
  archive* a = writer.get();
  // Names are flagged as UTF-8, as the platforms' exporters do.
  if (archive_write_set_format_zip(a) != ARCHIVE_OK ||
      archive_write_set_format_option(a, "zip", "compression", compress ? "deflate" : "store") !=
          ARCHIVE_OK ||
      archive_write_set_format_option(a, "zip", "hdrcharset", "UTF-8") != ARCHIVE_OK ||
      archive_write_open_filename(a, out.c_str()) != ARCHIVE_OK) {
    return WriteError(out, a);
  }
  for (const FileSpec& file : files) {
    const bool is_dir = !file.path.empty() && file.path.back() == '/';
    archive_entry_clear(entry.get());
    archive_entry_set_pathname_utf8(entry.get(), file.path.c_str());
    archive_entry_set_filetype(entry.get(), is_dir ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(entry.get(), is_dir ? 0755 : 0644);
    archive_entry_set_size(entry.get(), is_dir ? 0 : static_cast<la_int64_t>(file.content.size()));
    archive_entry_set_mtime(entry.get(), kFixedTime, 0);
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK) return WriteError(out, a);
    if (is_dir) continue;
    const la_ssize_t written = archive_write_data(a, file.content.data(), file.content.size());
    if (written < 0 || static_cast<size_t>(written) != file.content.size()) {
      return WriteError(out, a);
    }
  }
  if (archive_write_close(a) != ARCHIVE_OK) return WriteError(out, a);
  return Status::Ok();
}

Status WriteFolder(const std::filesystem::path& dir, const std::vector<FileSpec>& files) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status(StatusCode::kIoError, dir.string() + ": " + ec.message());
  for (const FileSpec& file : files) {
    const std::filesystem::path path = dir / file.path;
    if (!file.path.empty() && file.path.back() == '/') {
      std::filesystem::create_directories(path, ec);
      if (ec) return Status(StatusCode::kIoError, path.string() + ": " + ec.message());
      continue;
    }
    if (Status status = WriteFile(path, file.content); !status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace touchpoint::test
