// Bytes as an archive file handed to the daemon (ImportDescriptor on an in-memory file):
// libarchive's zip reader behind ArchiveReader, each connector's Recognizes() probe, Plan()
// and every planned entry, written into a fresh SQLite store. Whatever the bytes, the import
// either succeeds or fails with kDataError, and what it counts adds up.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <system_error>

#include "connectors/archive_import.h"
#include "core/store.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace touchpoint;

namespace fs = std::filesystem;

// A migrated, empty database made once per process; each input gets a fresh copy, which is
// much faster than migrating anew. The store needs WAL, so it cannot be ":memory:"; it lives
// on /dev/shm when there is one.
class ScratchStores {
 public:
  ScratchStores() {
    const fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    dir_ = base / ("touchpoint-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Result<Store> store = Store::Open(dir_ / "template.db");
    if (!store) fuzz::InvariantFailed("template store", store.error().message());
  }  // closing the only connection checkpoints the WAL into template.db
  ~ScratchStores() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  Store Fresh() {
    Remove();
    // Not fs::copy_file: libFuzzer's SIGALRM (-timeout) interrupts its sendfile, and it
    // fails with EINTR instead of retrying; file streams retry.
    std::ifstream from(dir_ / "template.db", std::ios::binary);
    std::ofstream to(dir_ / "input.db", std::ios::binary | std::ios::trunc);
    if (!(to << from.rdbuf()) || !to.flush()) {
      fuzz::InvariantFailed("scratch store", "cannot copy the template database");
    }
    to.close();
    Result<Store> store = Store::Open(dir_ / "input.db");
    if (!store) fuzz::InvariantFailed("scratch store", store.error().message());
    return std::move(*store);
  }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      fs::remove(dir_ / ("input.db" + std::string(suffix)));
    }
  }

  fs::path dir_;
};

// An anonymous in-memory file holding `data`, or -1.
int MemoryFile(const uint8_t* data, size_t size) {
  const int fd = ::memfd_create("fuzz-archive", MFD_CLOEXEC);
  if (fd < 0) return -1;
  for (size_t done = 0; done < size;) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n <= 0) {
      ::close(fd);
      return -1;
    }
    done += static_cast<size_t>(n);
  }
  return fd;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static ScratchStores stores;
  std::optional<Store> store = stores.Fresh();
  const int fd = MemoryFile(data, size);
  if (fd < 0) fuzz::InvariantFailed("memfd", "cannot create or write it");
  ImportOptions options;
  options.now_ms = [] { return int64_t{1'763'700'000'000}; };  // fixed: runs repeat exactly
  const FileImportReport report = ImportDescriptor(fd, "fuzz.zip", *store, options);
  ::close(fd);
  store.reset();
  fuzz::CheckDataStatus(report.status, "ImportDescriptor");
  for (const EntryFailure& failure : report.failures) {
    fuzz::CheckDataStatus(failure.status, failure.entry);
  }
  if (report.added + report.present != report.read) {
    fuzz::InvariantFailed("import counts", "added + present != read");
  }
  if (report.status.ok() && report.note.empty() && report.import_id == 0) {
    fuzz::InvariantFailed("import", "succeeded without an import record");
  }
  return 0;
}
