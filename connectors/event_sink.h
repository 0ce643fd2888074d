#pragma once

#include <cstdint>
#include <string_view>

#include "core/event.h"
#include "core/status.h"

namespace touchpoint {

// Where a connector puts what it reads. Connectors never see the store behind it.
class EventSink {
 public:
  virtual ~EventSink() = default;
  // Takes one normalized event. An error stops the current archive entry.
  virtual Status Emit(Event event) = 0;
  // Counts an item that was read but is not a touchpoint, by a short reason ("retweet").
  virtual void Skip(std::string_view reason) = 0;
  // Bytes of the current entry consumed so far, for progress display.
  virtual void Progress(uint64_t entry_bytes_done) = 0;
};

}  // namespace touchpoint
