#pragma once

#include <chrono>
#include <functional>

#include <boost/asio/io_context.hpp>

namespace touchpoint {

// Runs `io` until `done()` holds or `limit` passes; returns done(). Every daemon test that
// waits on a loop is bounded by it.
inline bool RunUntil(boost::asio::io_context& io, const std::function<bool()>& done,
                     std::chrono::milliseconds limit = std::chrono::seconds(3)) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!done() && std::chrono::steady_clock::now() < deadline) {
    io.restart();
    io.run_for(std::chrono::milliseconds(2));
  }
  return done();
}

// Runs `io` for `duration`, whatever happens.
inline void RunFor(boost::asio::io_context& io, std::chrono::milliseconds duration) {
  io.restart();
  io.run_for(duration);
}

}  // namespace touchpoint
