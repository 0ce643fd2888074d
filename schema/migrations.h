#pragma once

#include <span>
#include <string_view>

namespace touchpoint {

// One forward-only schema step, embedded from schema/NNNN_name.sql at build time.
struct Migration {
  int version;            // NNNN; versions run 1..N without gaps
  std::string_view file;  // "0001_init.sql"
  std::string_view sql;
};

// Every migration, in version order.
std::span<const Migration> Migrations() noexcept;

}  // namespace touchpoint
