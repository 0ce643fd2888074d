#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "cli/daemon_client.h"
#include "cli/options.h"
#include "core/status.h"

namespace touchpoint::cli {

// The daemon to talk to: a connection when --db was not given and the socket answers; none
// when the database should be opened directly. An explicit --socket or $TOUCHPOINT_SOCKET
// that does not answer, or a socket that refuses us, is an error rather than a fallback.
Result<std::optional<DaemonClient>> ConnectIfAnswering(const GlobalOptions& options);

// Runs a database method (service/methods.h) and returns its result document. Goes through
// the daemon when one answers on the socket (DiscoverSocket) and --db was not given; else
// opens the database directly, catching scores up first when the method needs them. An
// explicit --socket or $TOUCHPOINT_SOCKET that does not answer is kUnavailable, not a
// fallback.
Result<rapidjson::Document> Invoke(const GlobalOptions& options, std::string_view method,
                                   const std::string& params_json);

// Runs a method only the daemon has (status, reload). kUnavailable when it does not answer.
Result<rapidjson::Document> InvokeDaemon(const GlobalOptions& options, std::string_view method,
                                         const std::string& params_json);

// Prints a result document on stdout as one line of JSON.
void PrintDocument(const rapidjson::Value& document);

}  // namespace touchpoint::cli
