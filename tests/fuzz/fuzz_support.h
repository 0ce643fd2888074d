#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "connectors/common/api_fetch.h"
#include "connectors/common/archive_reader.h"
#include "connectors/common/rate_limiter.h"
#include "connectors/event_sink.h"

// Shared pieces of the libFuzzer harnesses (tests/fuzz/README.md).
namespace touchpoint::fuzz {

// Stops the fuzzer with a message when an invariant breaks: libFuzzer reports the abort as a
// crash and saves the input.
[[noreturn]] void InvariantFailed(std::string_view what, std::string_view detail);

// An archive held in memory, so harnesses feed parsers through the real ArchiveReader
// interface without touching the disk. Entries are handed out in chunks of `chunk` bytes,
// so that parsers meet chunk boundaries at every kind of place.
class MemoryArchive final : public ArchiveReader {
 public:
  using Files = std::vector<std::pair<std::string, std::string>>;  // path, content

  MemoryArchive(Files files, size_t chunk);

  Result<std::unique_ptr<EntryStream>> OpenEntry(const ArchiveEntry& entry) override;
  Result<std::string> ContentHash() override;

  // The listed entry with `path` (which must be one of the files).
  const ArchiveEntry& Entry(std::string_view path) const;

 private:
  Files files_;
  size_t chunk_;
};

// Observes `response` with a fresh limiter of `options`, as a 429 and as an ordinary answer:
// whatever its headers say, the wait must stay within max_wait.
void CheckLimiterWaits(const HttpResponse& response, std::string_view bucket,
                       const RateLimitOptions& options);

// What every API's JudgeResponse promises the poller: a success exactly when its status is
// ok, and never for an HTTP error status.
void CheckVerdict(const FetchVerdict& verdict, long status);

// Bad input must come back as kDataError (or `allowed`), never as another status.
void CheckDataStatus(const Status& status, std::string_view where,
                     StatusCode allowed = StatusCode::kDataError);

// Discards what a parser emits, checking what every consumer relies on: an event names its
// platform and has an external id and a source; a skip has a reason. Keeps a fingerprint of
// everything it was given, and of the statuses Record() is told, to compare two runs.
class CheckingSink final : public EventSink {
 public:
  Status Emit(Event event) override;
  void Skip(std::string_view reason) override;
  void Progress(uint64_t) override {}

  // Adds an outcome to the fingerprint: a status with its message, or any text.
  void Record(const Status& status);
  void Record(std::string_view text);
  const std::string& fingerprint() const noexcept { return fingerprint_; }

 private:
  std::string fingerprint_;
};

// Runs `read` twice, with the archive's entries in one chunk and then cut into chunks of 1 to
// 61 (or 4096) bytes chosen from the input, and checks that both runs emit, skip and report
// exactly the same: where chunks fall must change nothing, not even an error's position.
// `read(chunk, sink)` builds its archive with `chunk` and reads it into `sink`.
void SameForAnyChunking(std::string_view input,
                        const std::function<void(size_t chunk, CheckingSink& sink)>& read);

}  // namespace touchpoint::fuzz
