#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/poll_session.h"
#include "core/sqlite.h"

namespace touchpoint {

// The SQLite side of PollTarget: tables cursors, api_tokens and connector_health (see
// schema/0006_api_state.sql) on one connection. Functions that say "in the caller's
// transaction" write nothing durable by themselves; the others are atomic on their own.
// Errors carry the SQLite message and the connector account, never a token. Not thread-safe
// (one connection).

// kUsage when the connector or the account is empty.
Status CheckPollSource(const PollSource& source);

Result<std::optional<std::string>> ReadCursor(Connection& db, const PollSource& source,
                                              std::string_view stream);
// Every cursor value of the account by stream name (empty when it was never polled).
Result<StoredCursor> ReadCursors(Connection& db, const PollSource& source);
// In the caller's transaction.
Status WriteCursor(Connection& db, const PollSource& source, std::string_view stream,
                   std::string_view value, int64_t now_ms);
// In the caller's transaction: state ok (quiet when nothing was added), failures reset.
Status WritePollSuccess(Connection& db, const PollSource& source, const PollCounts& counts,
                        int64_t now_ms);

// See PollTarget for the contracts.
Status SaveApiTokens(Connection& db, const PollSource& source, const ApiTokens& tokens,
                     int64_t now_ms);
Result<std::optional<ApiTokens>> LoadApiTokens(Connection& db, const PollSource& source);
Status WritePollProblem(Connection& db, const PollSource& source, const PollProblem& problem);
// Every account when `source` is nullopt.
Result<std::vector<ConnectorHealth>> ReadHealth(Connection& db,
                                                const std::optional<PollSource>& source);

}  // namespace touchpoint
