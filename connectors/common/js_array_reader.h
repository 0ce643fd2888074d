#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "connectors/common/archive_reader.h"
#include "connectors/common/entry_json_input.h"
#include "core/status.h"

namespace touchpoint {

// Streams the items of a JSON array that a JavaScript file assigns to a variable, the way
// Twitter archives store their data: `window.YTD.tweets.part0 = [ {...}, {...} ]`. Everything
// up to the first '=' on the first line is the variable name; a trailing ';' is allowed.
// Only one item is held in memory at a time, so huge files stream in flat memory. Numbers are
// kept as strings, so ids beyond 2^53 never pass through a double. Not thread-safe.
class JsArrayReader {
 public:
  // Checks the variable name before the '='; returns false to reject the file.
  using NameCheck = std::function<bool(std::string_view variable)>;
  // Called with the bytes consumed so far whenever a new chunk is read.
  using ProgressFn = EntryJsonInput::ProgressFn;

  // `entry_path` prefixes every error message.
  JsArrayReader(EntryStream& stream, std::string entry_path, ProgressFn progress = {});
  ~JsArrayReader();

  // Reads the assignment up to the opening '['. kDataError when line 1 holds no '=', when
  // `check` rejects the variable name (the message quotes it and `expected`), or when no
  // array follows.
  Status Open(const NameCheck& check, std::string_view expected);

  // Parses the next item. Returns nullptr after the closing ']' (and verifies that nothing but
  // whitespace or ';' follows). The value stays valid until the next call. Errors name the
  // entry, the 1-based item number, and the line, column and byte offset.
  Result<const rapidjson::Value*> Next();

  // Items returned so far.
  int64_t items() const noexcept { return items_; }

  // The variable name read by Open(), trimmed.
  const std::string& variable() const noexcept { return variable_; }

 private:
  Status Error(std::string_view what) const;
  Status ErrorAtItem(std::string_view what) const;

  std::unique_ptr<EntryJsonInput> input_;
  std::string entry_path_;
  std::string variable_;
  rapidjson::MemoryPoolAllocator<> pool_;
  std::optional<rapidjson::Document> document_;
  int64_t items_ = 0;
  bool done_ = false;
};

}  // namespace touchpoint
