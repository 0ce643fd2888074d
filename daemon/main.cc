// touchpointd: the touchpoint service.
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "core/config.h"

int main(int argc, char** argv) {
  CLI::App app{"touchpointd: the touchpoint service."};
  app.set_version_flag("--version", std::string("touchpoint ") + TOUCHPOINT_VERSION);
  bool print_default_config = false;
  app.add_flag("--print-default-config", print_default_config,
               "Print the documented config file with every default and exit");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : 2;
  }
  if (print_default_config) {
    std::fputs(touchpoint::DefaultConfigText().c_str(), stdout);
    return 0;
  }
  return 0;
}
