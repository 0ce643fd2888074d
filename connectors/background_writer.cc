#include "connectors/background_writer.h"

#include <future>

namespace touchpoint {
namespace {

constexpr size_t kBatchEvents = 256;
constexpr size_t kMaxQueuedTasks = 8;  // bounds memory to a few thousand events in flight

}  // namespace

BackgroundWriter::BackgroundWriter(ImportSession& session)
    : session_(session), thread_([this] { Run(); }) {}

BackgroundWriter::~BackgroundWriter() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void BackgroundWriter::Run() {
  for (;;) {
    Task task;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    changed_.notify_all();
    if (task.control) {
      task.control();
      continue;
    }
    for (const Event& event : task.events) {
      if (entry_failed_.load(std::memory_order_relaxed)) break;  // the entry is lost anyway
      Result<WriteOutcome> outcome = session_.Write(event);
      if (!outcome) {
        std::lock_guard lock(mutex_);
        entry_error_ = outcome.error();
        entry_failed_ = true;
        break;
      }
      ++(*outcome == WriteOutcome::kAdded ? counts_.added : counts_.present);
    }
  }
}

void BackgroundWriter::Push(Task task) {
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return queue_.size() < kMaxQueuedTasks; });
    queue_.push_back(std::move(task));
  }
  changed_.notify_all();
}

void BackgroundWriter::RunSynchronously(std::function<void()> work) {
  Flush();
  std::promise<void> done;
  Push(Task{{}, [&] {
              work();
              done.set_value();
            }});
  done.get_future().wait();
}

void BackgroundWriter::Flush() {
  if (batch_.empty()) return;
  Push(Task{std::move(batch_), {}});
  batch_.clear();
  batch_.reserve(kBatchEvents);
}

Status BackgroundWriter::BeginEntry() {
  Status status;
  RunSynchronously([&] {
    counts_ = {};
    {
      std::lock_guard lock(mutex_);
      entry_error_ = Status::Ok();
      entry_failed_ = false;
    }
    status = session_.BeginEntry();
  });
  return status;
}

Status BackgroundWriter::Write(Event event) {
  if (entry_failed_.load(std::memory_order_relaxed)) {
    std::lock_guard lock(mutex_);
    return entry_error_;
  }
  batch_.push_back(std::move(event));
  if (batch_.size() >= kBatchEvents) Flush();
  return Status::Ok();
}

Result<BackgroundWriter::EntryCounts> BackgroundWriter::CommitEntry() {
  Result<EntryCounts> result;
  RunSynchronously([&] {
    Status error;
    {
      std::lock_guard lock(mutex_);
      error = entry_error_;
    }
    if (!error.ok()) {
      session_.AbortEntry();
      result = Fail(error);
      return;
    }
    if (Status status = session_.CommitEntry(); !status.ok()) {
      session_.AbortEntry();
      result = Fail(status);
      return;
    }
    result = counts_;
  });
  return result;
}

void BackgroundWriter::AbortEntry() {
  batch_.clear();
  RunSynchronously([&] { session_.AbortEntry(); });
}

}  // namespace touchpoint
