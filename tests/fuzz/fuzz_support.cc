#include "tests/fuzz/fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

#include "core/event.h"
#include "tests/support/fake_clock.h"
#include "tests/support/string_entry_stream.h"

namespace touchpoint::fuzz {
namespace {

std::vector<ArchiveEntry> EntriesOf(const MemoryArchive::Files& files) {
  std::vector<ArchiveEntry> entries;
  for (const auto& [path, content] : files) entries.push_back({path, content.size()});
  return entries;
}

// A chunk size in [1, 61], or 4096, picked from the input: stable for one input, and varied
// as the fuzzer mutates it.
size_t ChunkSizeFor(std::string_view input) noexcept {
  const unsigned char first = input.empty() ? 0 : static_cast<unsigned char>(input.front());
  const unsigned char last = input.empty() ? 0 : static_cast<unsigned char>(input.back());
  const size_t mix = input.size() * 131 + first * 7 + last;
  return mix % 5 == 0 ? 4096 : 1 + mix % 61;
}

void Append(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

void Append(std::string& out, const Identity& who) {
  for (std::string_view field :
       {std::string_view(who.user_id), std::string_view(who.handle), std::string_view(who.name),
        std::string_view(who.profile_url), std::string_view(who.email)}) {
    Append(out, field);
  }
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

void CheckLimiterWaits(const HttpResponse& response, std::string_view bucket,
                       const RateLimitOptions& options) {
  test::FakeClock clock;
  for (const bool throttled : {false, true}) {
    RateLimiter limiter(clock, options);
    const auto ready = limiter.Observe(bucket, response, throttled);
    if (ready - clock.Now() > options.max_wait) {
      InvariantFailed("RateLimiter::Observe", "a wait beyond max_wait");
    }
  }
}

void CheckVerdict(const FetchVerdict& verdict, long status) {
  const bool success = verdict.kind == FetchVerdict::Kind::kSuccess;
  if (success != verdict.status.ok()) {
    InvariantFailed("JudgeResponse", "success and status disagree: " + verdict.status.message());
  }
  if (success && (status < 200 || status >= 300)) {
    InvariantFailed("JudgeResponse", "an error status judged a success");
  }
}

void CheckDataStatus(const Status& status, std::string_view where, StatusCode allowed) {
  if (status.ok() || status.code() == allowed) return;
  InvariantFailed(where, std::string(StatusCodeName(status.code())) + ": " + status.message());
}

Status CheckingSink::Emit(Event event) {
  if (event.platform.empty()) InvariantFailed("event without platform", event.external_id);
  if (event.external_id.empty()) InvariantFailed("event without external_id", event.source);
  if (event.source.empty()) InvariantFailed("event without source", event.external_id);
  fingerprint_ += "\nemit ";
  for (std::string_view field :
       {std::string_view(event.platform), std::string_view(event.external_id),
        EventKindName(event.kind), DirectionName(event.direction),
        std::string_view(event.conversation_key), std::string_view(event.parent_id),
        std::string_view(event.text), std::string_view(event.source)}) {
    Append(fingerprint_, field);
  }
  Append(fingerprint_, std::to_string(event.occurred_at_ms));
  Append(fingerprint_, event.author);
  for (const Identity& counterpart : event.counterparts) Append(fingerprint_, counterpart);
  return Status::Ok();
}

void CheckingSink::Skip(std::string_view reason) {
  if (reason.empty()) InvariantFailed("skip without a reason", "");
  fingerprint_ += "\nskip ";
  fingerprint_ += reason;
}

void CheckingSink::Record(const Status& status) {
  fingerprint_ += "\nstatus ";
  fingerprint_ += StatusCodeName(status.code());
  fingerprint_ += ' ';
  fingerprint_ += status.message();
}

void CheckingSink::Record(std::string_view text) {
  fingerprint_ += "\nnote ";
  fingerprint_ += text;
}

void SameForAnyChunking(std::string_view input,
                        const std::function<void(size_t chunk, CheckingSink& sink)>& read) {
  CheckingSink whole;
  read(input.size() + 1, whole);
  const size_t chunk = ChunkSizeFor(input);
  if (chunk > input.size()) return;  // one chunk again: nothing to compare
  CheckingSink cut;
  read(chunk, cut);
  if (cut.fingerprint() != whole.fingerprint()) {
    InvariantFailed("chunked reading differs from whole reading",
                    "chunk " + std::to_string(chunk) + "\n--- whole:" + whole.fingerprint() +
                        "\n--- chunked:" + cut.fingerprint());
  }
}

}  // namespace touchpoint::fuzz
