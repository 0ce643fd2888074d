#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/thread_pool.hpp>

#include "core/status.h"
#include "core/store.h"

namespace touchpoint {

// The daemon's database threads: one writer (imports, scoring, decisions; SQLite allows one
// writer at a time, and one thread keeps the order of writes obvious) and a few readers
// with their own connections, which WAL lets answer queries while the writer works. Jobs
// run in the order posted to each side. Post from any thread.
class DatabaseWorkers {
 public:
  using Job = std::function<void(Store&)>;

  // Opens (creating and migrating) the database for the writer, then one connection per
  // reader. Errors are Store::Open's.
  static Result<std::unique_ptr<DatabaseWorkers>> Open(const std::filesystem::path& path,
                                                       const StoreOptions& options,
                                                       int reader_threads);
  ~DatabaseWorkers();

  void Write(Job job);
  void Read(Job job);
  // Writer jobs posted and not finished yet.
  int writer_backlog() const { return writer_backlog_.load(); }
  // Lets queued jobs finish, then joins the threads. Idempotent.
  void Stop();

 private:
  DatabaseWorkers(Store writer, std::vector<Store> readers);

  Store writer_store_;
  boost::asio::io_context writer_context_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> writer_work_;
  std::thread writer_thread_;
  std::atomic<int> writer_backlog_{0};

  std::mutex readers_mutex_;
  std::vector<Store> idle_readers_;
  boost::asio::thread_pool reader_pool_;
  bool stopped_ = false;
};

}  // namespace touchpoint
