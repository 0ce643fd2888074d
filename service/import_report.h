#pragma once

#include <string>

#include "connectors/archive_import.h"
#include "service/json_writer.h"

namespace touchpoint {

// "ok", "partial" or "failed".
std::string_view ImportState(const FileImportReport& report);

// An entry's message with the archive's display name in front, unless it is there already.
std::string WithFile(const std::string& file, const std::string& message);

// One file's import report as the JSON object `touchpoint import --json` lists under "files"
// and the daemon's import method returns.
void WriteImportReport(JsonWriter& writer, const FileImportReport& report);

}  // namespace touchpoint
