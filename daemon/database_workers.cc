#include "daemon/database_workers.h"

#include <boost/asio/post.hpp>

namespace touchpoint {

Result<std::unique_ptr<DatabaseWorkers>> DatabaseWorkers::Open(const std::filesystem::path& path,
                                                               const StoreOptions& options,
                                                               int reader_threads) {
  Result<Store> writer = Store::Open(path, options);
  if (!writer) return Fail(writer.error());
  std::vector<Store> readers;
  for (int i = 0; i < std::max(1, reader_threads); ++i) {
    Result<Store> reader = Store::Open(path, options);
    if (!reader) return Fail(reader.error());
    readers.push_back(std::move(*reader));
  }
  return std::unique_ptr<DatabaseWorkers>(
      new DatabaseWorkers(std::move(*writer), std::move(readers)));
}

DatabaseWorkers::DatabaseWorkers(Store writer, std::vector<Store> readers)
    : writer_store_(std::move(writer)),
      writer_work_(boost::asio::make_work_guard(writer_context_)),
      idle_readers_(std::move(readers)),
      reader_pool_(idle_readers_.size()) {
  writer_thread_ = std::thread([this] { writer_context_.run(); });
}

DatabaseWorkers::~DatabaseWorkers() { Stop(); }

void DatabaseWorkers::Write(Job job) {
  ++writer_backlog_;
  boost::asio::post(writer_context_, [this, job = std::move(job)] {
    job(writer_store_);
    --writer_backlog_;
  });
}

void DatabaseWorkers::Read(Job job) {
  boost::asio::post(reader_pool_, [this, job = std::move(job)] {
    // As many connections as pool threads: one is always free here.
    std::unique_lock lock(readers_mutex_);
    Store store = std::move(idle_readers_.back());
    idle_readers_.pop_back();
    lock.unlock();
    job(store);
    lock.lock();
    idle_readers_.push_back(std::move(store));
  });
}

void DatabaseWorkers::Stop() {
  if (stopped_) return;
  stopped_ = true;
  writer_work_.reset();
  if (writer_thread_.joinable()) writer_thread_.join();
  reader_pool_.join();
}

}  // namespace touchpoint
