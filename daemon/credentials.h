#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/secret.h"
#include "core/status.h"

namespace touchpoint {

// Reads the credential `name` (a file name such as "touchpoint.twitter.token") from `dir`:
// $CREDENTIALS_DIRECTORY under systemd's LoadCredential=, else the configured credentials
// folder (see DefaultCredentialsDir()). Trailing whitespace and newlines are trimmed.
//   - nullopt: there is no such file (the connector is then not polled);
//   - kPermission: the file's mode lets group or others read or write it ("<path>: mode 0644
//     lets others read it; chmod 600"), unless `dir` is $CREDENTIALS_DIRECTORY, which systemd
//     already protects; or it cannot be opened for lack of permission;
//   - kConfigError: it is empty, not a regular file, larger than 64 KiB, or holds control
//     characters (a second line would end up in an HTTP header);
//   - kUsage: `name` is not a plain file name;
//   - kIoError: reading failed.
// No message ever contains the file's content. Thread-safe.
Result<std::optional<Secret>> LoadCredential(const std::filesystem::path& dir,
                                             std::string_view name);

}  // namespace touchpoint
