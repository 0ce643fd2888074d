#pragma once

#include <map>
#include <string>
#include <vector>

namespace touchpoint::test {

struct CommandResult {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] is a path) with its stdout and stderr captured, stdin from /dev/null,
// and `env` set on top of this process's environment (an empty value unsets the variable).
// Blocks until the program exits.
CommandResult RunCommand(const std::vector<std::string>& argv,
                         const std::map<std::string, std::string>& env = {});

// The touchpoint binary of this build tree.
std::string TouchpointBinary();

}  // namespace touchpoint::test
