#include "connectors/facebook/json_entry.h"


#include <rapidjson/error/en.h>

#include "connectors/common/entry_json_input.h"

namespace touchpoint::facebook {
Status ParseJsonEntry(ArchiveReader& archive, const ArchiveEntry& entry,
                      rapidjson::Document& document, const ProgressFn& progress) {
  Result<std::unique_ptr<EntryStream>> stream = archive.OpenEntry(entry);
  if (!stream) return stream.error();
  EntryJsonInput input(**stream, progress);
  document.ParseStream(input);
  if (!input.read_error().ok()) return input.read_error();
  if (!document.HasParseError()) return Status::Ok();
  return input.ErrorAt(entry.path, rapidjson::GetParseError_En(document.GetParseError()));
}

}  // namespace touchpoint::facebook
