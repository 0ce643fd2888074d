#pragma once

#include <mutex>

namespace touchpoint::test {

// Access to a part of a thread-safe object's state that holds the object's mutex for as long
// as it lives, so that the object need not forward each of the part's methods under its lock:
// `api.oauth()->ExpireAccessToken()`. Keep it within one statement: holding it while the
// object serves a request deadlocks.
template <typename T>
class Locked {
 public:
  Locked(std::mutex& mutex, T& value) : lock_(mutex), value_(value) {}

  T* operator->() const { return &value_; }

 private:
  std::lock_guard<std::mutex> lock_;
  T& value_;
};

}  // namespace touchpoint::test
