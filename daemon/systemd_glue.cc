#include "daemon/systemd_glue.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#ifdef TOUCHPOINT_WITH_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

namespace touchpoint::systemd {

#ifdef TOUCHPOINT_WITH_SYSTEMD

void Notify(std::string_view state) {
  const std::string message(state);
  sd_notify(0, message.c_str());
}

std::vector<ListenFd> TakeListenFds() {
  char** names = nullptr;
  const int count = sd_listen_fds_with_names(1, &names);
  std::vector<ListenFd> fds;
  for (int i = 0; i < count; ++i) {
    fds.push_back({SD_LISTEN_FDS_START + i, names != nullptr ? names[i] : "unknown"});
  }
  if (names != nullptr) {
    for (int i = 0; i < count; ++i) std::free(names[i]);
    std::free(names);
  }
  return fds;
}

std::optional<std::chrono::microseconds> WatchdogInterval() {
  uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0) return std::nullopt;
  return std::chrono::microseconds(usec);
}

#else

void Notify(std::string_view) {}
std::vector<ListenFd> TakeListenFds() { return {}; }
std::optional<std::chrono::microseconds> WatchdogInterval() { return std::nullopt; }

#endif

bool StderrIsJournal() {
  const char* stream = std::getenv("JOURNAL_STREAM");
  if (stream == nullptr) return false;
  unsigned long long device = 0, inode = 0;
  if (std::sscanf(stream, "%llu:%llu", &device, &inode) != 2) return false;
  struct stat st;
  if (::fstat(STDERR_FILENO, &st) != 0) return false;
  return st.st_dev == device && st.st_ino == inode;
}

}  // namespace touchpoint::systemd
