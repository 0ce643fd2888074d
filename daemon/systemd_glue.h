#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace touchpoint::systemd {

// All of touchpoint's talk with systemd. Each call does nothing (or finds nothing) when the
// daemon was not started by systemd, and when built with TOUCHPOINT_WITH_SYSTEMD=OFF, so the
// daemon behaves the same from a shell, under systemd-socket-activate, and as a unit.

// Sends a state change to $NOTIFY_SOCKET: "READY=1", "STATUS=...", "STOPPING=1",
// "RELOADING=1", "WATCHDOG=1". Thread-safe.
void Notify(std::string_view state);

// A listening socket handed over by socket activation.
struct ListenFd {
  int fd;
  std::string name;  // FileDescriptorName=, "unknown" when not named
};
// The sockets passed in LISTEN_FDS (unsetting the variables so children do not inherit
// them). Empty when not socket-activated.
std::vector<ListenFd> TakeListenFds();

// The watchdog interval from $WATCHDOG_USEC when it applies to this process; ping at half.
std::optional<std::chrono::microseconds> WatchdogInterval();

// Whether stderr is connected to the journal ($JOURNAL_STREAM matches stderr's device and
// inode, as systemd.exec(5) says to check).
bool StderrIsJournal();

}  // namespace touchpoint::systemd
