#include "cli/json_output.h"

#include <cstdio>

namespace touchpoint::cli {

void PrintDocument(const rapidjson::StringBuffer& buffer) {
  std::fwrite(buffer.GetString(), 1, buffer.GetSize(), stdout);
  std::fputc('\n', stdout);
}

}  // namespace touchpoint::cli
