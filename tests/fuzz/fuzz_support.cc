#include "tests/fuzz/fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <functional>

#include "tests/support/string_entry_stream.h"

namespace touchpoint::fuzz {
namespace {

std::vector<ArchiveEntry> EntriesOf(const MemoryArchive::Files& files) {
  std::vector<ArchiveEntry> entries;
  for (const auto& [path, content] : files) entries.push_back({path, content.size()});
  return entries;
}

}  // namespace

void InvariantFailed(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "invariant broken: %.*s: %.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(detail.size()), detail.data());
  std::abort();
}

MemoryArchive::MemoryArchive(Files files, size_t chunk)
    : ArchiveReader("fuzz-input", EntriesOf(files)), files_(std::move(files)), chunk_(chunk) {}

Result<std::unique_ptr<EntryStream>> MemoryArchive::OpenEntry(const ArchiveEntry& entry) {
  for (const auto& [path, content] : files_) {
    if (path == entry.path) {
      return std::make_unique<test::StringEntryStream>(content, chunk_);
    }
  }
  return Fail(StatusCode::kUsage, entry.path + ": not an entry of this archive");
}

Result<std::string> MemoryArchive::ContentHash() {
  size_t hash = 0;
  for (const auto& [path, content] : files_) {
    hash = hash * 31 + std::hash<std::string>()(path) * 7 + std::hash<std::string>()(content);
  }
  return std::to_string(hash);
}

const ArchiveEntry& MemoryArchive::Entry(std::string_view path) const {
  for (const ArchiveEntry& entry : entries()) {
    if (entry.path == path) return entry;
  }
  InvariantFailed("MemoryArchive::Entry", path);
}

size_t ChunkSizeFor(std::string_view input) noexcept {
  // Sizes near the input's own size would always deliver it whole; mixing in the first and
  // last bytes varies the cut points as the fuzzer mutates.
  const unsigned char first = input.empty() ? 0 : static_cast<unsigned char>(input.front());
  const unsigned char last = input.empty() ? 0 : static_cast<unsigned char>(input.back());
  const size_t mix = input.size() * 131 + first * 7 + last;
  return mix % 5 == 0 ? 4096 : 1 + mix % 61;
}

void CheckDataStatus(const Status& status, std::string_view where, StatusCode allowed) {
  if (status.ok() || status.code() == allowed) return;
  InvariantFailed(where, std::string(StatusCodeName(status.code())) + ": " + status.message());
}

Status CheckingSink::Emit(Event event) {
  if (event.platform.empty()) InvariantFailed("event without platform", event.external_id);
  if (event.external_id.empty()) InvariantFailed("event without external_id", event.source);
  if (event.source.empty()) InvariantFailed("event without source", event.external_id);
  ++events_;
  return Status::Ok();
}

void CheckingSink::Skip(std::string_view reason) {
  if (reason.empty()) InvariantFailed("skip without a reason", "");
}

}  // namespace touchpoint::fuzz
