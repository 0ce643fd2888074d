#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "connectors/event_sink.h"

namespace touchpoint::test {

// Keeps what a connector emits, in order, and counts skips by reason.
class CollectSink final : public EventSink {
 public:
  Status Emit(Event event) override {
    events.push_back(std::move(event));
    return Status::Ok();
  }
  void Skip(std::string_view reason) override { ++skips[std::string(reason)]; }
  void Progress(uint64_t) override {}

  std::vector<Event> events;
  std::map<std::string, int> skips;
};

}  // namespace touchpoint::test
