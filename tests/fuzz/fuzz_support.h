#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "connectors/common/archive_reader.h"
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

// A chunk size in [1, 4096] picked from the input, stable for a given input: small chunks
// for some inputs, large for others.
size_t ChunkSizeFor(std::string_view input) noexcept;

// Bad input must come back as kDataError (or `allowed`), never as another status.
void CheckDataStatus(const Status& status, std::string_view where,
                     StatusCode allowed = StatusCode::kDataError);

// Discards what a parser emits, checking what every consumer relies on: an event names its
// platform and has an external id and a source; a skip has a reason.
class CheckingSink final : public EventSink {
 public:
  Status Emit(Event event) override;
  void Skip(std::string_view reason) override;
  void Progress(uint64_t) override {}

  int64_t events() const noexcept { return events_; }

 private:
  int64_t events_ = 0;
};

}  // namespace touchpoint::fuzz
