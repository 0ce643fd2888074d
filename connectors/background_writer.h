#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "core/event.h"
#include "core/import_session.h"
#include "core/status.h"

namespace touchpoint {

// Runs an ImportSession on a thread of its own, so that parsing (the caller's thread) and
// SQLite writes overlap on two cores. Events travel in small batches through a bounded
// queue, so memory stays flat however large the archive. Entry boundaries are synchronous:
// BeginEntry/CommitEntry/AbortEntry return once the writer has done them. One producer
// thread only.
class BackgroundWriter {
 public:
  struct EntryCounts {
    int64_t added = 0;
    int64_t present = 0;
  };

  explicit BackgroundWriter(ImportSession& session);
  ~BackgroundWriter();
  BackgroundWriter(const BackgroundWriter&) = delete;
  BackgroundWriter& operator=(const BackgroundWriter&) = delete;

  Status BeginEntry();
  // Queues one event. Returns the writer's error if an earlier write of this entry failed
  // (the caller then stops reading the entry), otherwise Ok.
  Status Write(Event event);
  // Writes everything queued and commits; the counts are the entry's.
  Result<EntryCounts> CommitEntry();
  // Drops everything queued and rolls the entry back.
  void AbortEntry();

 private:
  struct Task {
    std::vector<Event> events;           // a batch to write, or
    std::function<void()> control;       // an entry boundary, run in order with the batches
  };

  void Run();
  void Push(Task task);
  // Runs `work` on the writer thread after everything queued before it, and waits for it.
  void RunSynchronously(std::function<void()> work);
  void Flush();

  ImportSession& session_;
  std::vector<Event> batch_;  // producer side, not yet queued

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Task> queue_;
  bool stopping_ = false;
  Status entry_error_;  // first write error of the current entry (guarded by mutex_)
  std::atomic<bool> entry_failed_{false};  // entry_error_ is set; read without the lock
  EntryCounts counts_;  // writer side

  std::thread thread_;
};

}  // namespace touchpoint
