#pragma once

#include <cstdint>
#include <functional>

#include <rapidjson/document.h>

#include "connectors/common/archive_reader.h"
#include "connectors/common/entry_json_input.h"
#include "core/status.h"

namespace touchpoint::facebook {

// Called with the bytes of the entry consumed so far, once per chunk read.
using ProgressFn = EntryJsonInput::ProgressFn;

// Parses one archive entry that holds a single JSON document (a Facebook export file) into
// `document`, streaming the entry's chunks into the parser: the entry's text is never held
// whole, only the document built from it. `document` may allocate from a pool the caller
// reuses. A UTF-8 byte order mark is skipped. Numbers keep their JSON types (timestamps are
// int64).
//
// Errors, all kDataError unless the container failed (then its own status): the message is
// "<entry path>: <parser message> (line L, column C, byte B)", 1-based line and column, 0-based
// byte offset into the entry, like the YTD reader's.
Status ParseJsonEntry(ArchiveReader& archive, const ArchiveEntry& entry,
                      rapidjson::Document& document, const ProgressFn& progress = {});

}  // namespace touchpoint::facebook
