#include "core/status.h"

namespace touchpoint {

Status Status::WithContext(std::string_view context) const {
  if (ok()) return *this;
  std::string message(context);
  message += ": ";
  message += message_;
  return Status(code_, std::move(message));
}

namespace {

struct CodeRow {
  StatusCode code;
  int exit_code;
  std::string_view name;
};

// The one table from status codes to exit codes and names (sysexits.h numbers).
constexpr CodeRow kCodeTable[] = {
    {StatusCode::kOk, 0, "ok"},
    {StatusCode::kUsage, 2, "usage"},
    {StatusCode::kDataError, 65, "data_error"},
    {StatusCode::kNoInput, 66, "no_input"},
    {StatusCode::kUnavailable, 69, "unavailable"},
    {StatusCode::kIoError, 74, "io_error"},
    {StatusCode::kBusy, 75, "busy"},
    {StatusCode::kPermission, 77, "permission"},
    {StatusCode::kConfigError, 78, "config_error"},
    {StatusCode::kInternal, 1, "internal"},
};

const CodeRow& RowFor(StatusCode code) noexcept {
  for (const CodeRow& row : kCodeTable) {
    if (row.code == code) return row;
  }
  return kCodeTable[std::size(kCodeTable) - 1];
}

}  // namespace

int ExitCodeFor(StatusCode code) noexcept { return RowFor(code).exit_code; }

std::string_view StatusCodeName(StatusCode code) noexcept { return RowFor(code).name; }

}  // namespace touchpoint
