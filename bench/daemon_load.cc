// daemon_load: N concurrent clients on touchpointd's socket, each sending one request at a
// time and waiting for its answer, for a fixed time; prints each method's latency
// percentiles as JSON. One thread and poll(), so that the load generator itself costs little
// next to the daemon on a small machine.
//
// usage: daemon_load SOCKET CLIENTS SECONDS REQUEST_LINE...
//   Each client cycles through the request lines (JSON-RPC objects without "id"; one is
//   added), starting at its own offset.
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Client {
  int fd = -1;
  size_t next = 0;
  std::string method;
  Clock::time_point sent;
  std::string input;
};

int Connect(const char* path) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::snprintf(address.sun_path, sizeof(address.sun_path), "%s", path);
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
    std::perror("connect");
    std::exit(1);
  }
  return fd;
}

// The "method" of a request line, for grouping latencies.
std::string MethodOf(const std::string& line) {
  const size_t key = line.find("\"method\"");
  const size_t open = line.find('"', line.find(':', key) + 1);
  return line.substr(open + 1, line.find('"', open + 1) - open - 1);
}

void Send(Client& client, const std::vector<std::string>& requests, int id) {
  const std::string& request = requests[client.next++ % requests.size()];
  client.method = MethodOf(request);
  // Insert the id after the opening brace.
  const std::string line = "{\"id\":" + std::to_string(id) + "," + request.substr(1) + "\n";
  client.sent = Clock::now();
  if (::send(client.fd, line.data(), line.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(line.size())) {
    std::perror("send");
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: daemon_load SOCKET CLIENTS SECONDS REQUEST_LINE...\n");
    return 2;
  }
  const int count = std::atoi(argv[2]);
  const auto duration = std::chrono::duration<double>(std::atof(argv[3]));
  const std::vector<std::string> requests(argv + 4, argv + argc);
  std::vector<Client> clients(static_cast<size_t>(count));
  std::vector<pollfd> polls(clients.size());
  std::map<std::string, std::vector<double>> latencies;
  int id = 0;
  for (size_t i = 0; i < clients.size(); ++i) {
    clients[i].fd = Connect(argv[1]);
    clients[i].next = i;
    polls[i] = {clients[i].fd, POLLIN, 0};
  }
  const auto stop_at = Clock::now() + duration;
  for (Client& client : clients) Send(client, requests, ++id);
  size_t waiting = clients.size();
  while (waiting > 0) {
    if (::poll(polls.data(), polls.size(), 1000) < 0) {
      std::perror("poll");
      return 1;
    }
    for (size_t i = 0; i < clients.size(); ++i) {
      if (!(polls[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      Client& client = clients[i];
      char buffer[1 << 16];
      const ssize_t n = ::read(client.fd, buffer, sizeof(buffer));
      if (n <= 0) {
        std::fprintf(stderr, "daemon_load: a connection closed\n");
        return 1;
      }
      client.input.append(buffer, static_cast<size_t>(n));
      const size_t end = client.input.find('\n');
      if (end == std::string::npos) continue;
      if (client.input.compare(0, end, "\"error\"") == 0 ||
          client.input.substr(0, end).find("\"error\"") != std::string::npos) {
        std::fprintf(stderr, "daemon_load: error answer: %s\n", client.input.substr(0, end).c_str());
        return 1;
      }
      latencies[client.method].push_back(
          std::chrono::duration<double, std::milli>(Clock::now() - client.sent).count());
      client.input.erase(0, end + 1);
      if (Clock::now() < stop_at) {
        Send(client, requests, ++id);
      } else {
        polls[i].fd = -1;  // done
        --waiting;
      }
    }
  }
  std::printf("{");
  bool first = true;
  for (auto& [method, values] : latencies) {
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values[static_cast<size_t>(q * (values.size() - 1))]; };
    std::printf("%s\"%s\":{\"requests\":%zu,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f}",
                first ? "" : ",", method.c_str(), values.size(), at(0.5), at(0.99), values.back());
    first = false;
  }
  std::printf("}\n");
  for (Client& client : clients) ::close(client.fd);
  return 0;
}
