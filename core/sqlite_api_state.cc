#include "core/sqlite_api_state.h"

#include <utility>

namespace touchpoint {
namespace {

constexpr std::string_view kReadCursor =
    "SELECT value FROM cursors WHERE connector = ?1 AND account = ?2 AND name = ?3";

constexpr std::string_view kReadCursors =
    "SELECT name, value FROM cursors WHERE connector = ?1 AND account = ?2";

constexpr std::string_view kWriteCursor =
    "INSERT INTO cursors(connector, account, name, value, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)"
    " ON CONFLICT(connector, account, name) DO UPDATE SET value = excluded.value,"
    " updated_at = excluded.updated_at";

constexpr std::string_view kWritePollSuccess =
    "INSERT INTO connector_health(connector, account, state, detail, until,"
    " consecutive_failures, last_ok_at, last_new_at, last_emitted, last_added, last_present,"
    " updated_at) VALUES (?1, ?2, ?3, '', NULL, 0, ?4, ?5, ?6, ?7, ?8, ?4)"
    " ON CONFLICT(connector, account) DO UPDATE SET state = excluded.state, detail = '',"
    " until = NULL, consecutive_failures = 0, last_ok_at = excluded.last_ok_at,"
    " last_new_at = coalesce(excluded.last_new_at, last_new_at),"
    " last_emitted = excluded.last_emitted, last_added = excluded.last_added,"
    " last_present = excluded.last_present, updated_at = excluded.updated_at";

// Only the outcome columns: what the last committed poll did stays for `status`.
constexpr std::string_view kWritePollProblem =
    "INSERT INTO connector_health(connector, account, state, detail, until,"
    " consecutive_failures, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
    " ON CONFLICT(connector, account) DO UPDATE SET state = excluded.state,"
    " detail = excluded.detail, until = excluded.until,"
    " consecutive_failures = consecutive_failures + excluded.consecutive_failures,"
    " updated_at = excluded.updated_at";

constexpr std::string_view kSaveTokens =
    "INSERT INTO api_tokens(connector, account, access_token, refresh_token, access_expires_at,"
    " refresh_expires_at, updated_at, seeded_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
    " ON CONFLICT(connector, account) DO UPDATE SET access_token = excluded.access_token,"
    " refresh_token = excluded.refresh_token, access_expires_at = excluded.access_expires_at,"
    " refresh_expires_at = excluded.refresh_expires_at, updated_at = excluded.updated_at,"
    " seeded_from = coalesce(excluded.seeded_from, seeded_from)";

constexpr std::string_view kLoadTokens =
    "SELECT access_token, refresh_token, access_expires_at, refresh_expires_at, updated_at,"
    " seeded_from FROM api_tokens WHERE connector = ?1 AND account = ?2";

constexpr std::string_view kReadHealth =
    "SELECT h.connector, h.account, h.state, h.detail, h.until, h.consecutive_failures,"
    " h.last_ok_at, h.last_new_at, h.last_emitted, h.last_added, h.last_present,"
    " t.access_expires_at, t.refresh_expires_at, h.updated_at"
    " FROM connector_health h LEFT JOIN api_tokens t"
    " ON t.connector = h.connector AND t.account = h.account"
    " WHERE ?3 OR (h.connector = ?1 AND h.account = ?2) ORDER BY h.connector, h.account";

std::string Where(const PollSource& source) { return source.connector + "/" + source.account; }

Statement& BindOptional(Statement& statement, int index, const std::optional<int64_t>& value) {
  return value ? statement.Bind(index, *value) : statement.BindNull(index);
}

std::optional<int64_t> OptionalInt(const Statement& statement, int column) {
  if (statement.IsNull(column)) return std::nullopt;
  return statement.Int(column);
}

// Restores the connection's synchronous level when a durable write is done.
class ScopedFullSync {
 public:
  ScopedFullSync(Connection& db, int64_t previous) : db_(db), previous_(previous) {}
  ScopedFullSync(const ScopedFullSync&) = delete;
  ScopedFullSync& operator=(const ScopedFullSync&) = delete;
  ~ScopedFullSync() { db_.Exec("PRAGMA synchronous=" + std::to_string(previous_)); }

 private:
  Connection& db_;
  int64_t previous_;
};

}  // namespace

Status CheckPollSource(const PollSource& source) {
  if (source.connector.empty() || source.account.empty()) {
    return Status(StatusCode::kUsage,
                  "a connector account needs a connector and an account ('" + Where(source) + "')");
  }
  return Status::Ok();
}

Result<std::optional<std::string>> ReadCursor(Connection& db, const PollSource& source,
                                              std::string_view stream) {
  Result<Statement> read = db.Prepare(kReadCursor);
  if (!read) return Fail(read.error());
  read->Bind(1, source.connector).Bind(2, source.account).Bind(3, stream);
  Result<bool> row = read->Step();
  if (!row) return Fail(row.error().WithContext(Where(source) + ": reading cursor"));
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(std::string(read->Text(0)));
}

Result<StoredCursor> ReadCursors(Connection& db, const PollSource& source) {
  Result<Statement> read = db.Prepare(kReadCursors);
  if (!read) return Fail(read.error());
  read->Bind(1, source.connector).Bind(2, source.account);
  StoredCursor cursor;
  for (;;) {
    Result<bool> row = read->Step();
    if (!row) return Fail(row.error().WithContext(Where(source) + ": reading cursors"));
    if (!*row) return cursor;
    cursor.emplace(std::string(read->Text(0)), std::string(read->Text(1)));
  }
}

Status WriteCursor(Connection& db, const PollSource& source, std::string_view stream,
                   std::string_view value, int64_t now_ms) {
  Result<Statement> write = db.Prepare(kWriteCursor);
  if (!write) return write.error();
  write->Bind(1, source.connector)
      .Bind(2, source.account)
      .Bind(3, stream)
      .Bind(4, value)
      .Bind(5, now_ms);
  if (Status status = write->Run(); !status.ok()) {
    return status.WithContext(Where(source) + ": writing cursor " + std::string(stream));
  }
  return Status::Ok();
}

Status WritePollSuccess(Connection& db, const PollSource& source, const PollCounts& counts,
                        int64_t now_ms) {
  Result<Statement> write = db.Prepare(kWritePollSuccess);
  if (!write) return write.error();
  const ConnectorState state = counts.added > 0 ? ConnectorState::kOk : ConnectorState::kQuiet;
  write->Bind(1, source.connector).Bind(2, source.account).Bind(3, ConnectorStateName(state));
  write->Bind(4, now_ms);
  BindOptional(*write, 5, counts.added > 0 ? std::optional<int64_t>(now_ms) : std::nullopt);
  write->Bind(6, counts.emitted).Bind(7, counts.added).Bind(8, counts.present);
  if (Status status = write->Run(); !status.ok()) {
    return status.WithContext(Where(source) + ": recording the poll");
  }
  return Status::Ok();
}

Status SaveApiTokens(Connection& db, const PollSource& source, const ApiTokens& tokens,
                     int64_t now_ms) {
  if (Status status = CheckPollSource(source); !status.ok()) return status;
  const std::string where = Where(source) + ": saving tokens";
  if (tokens.access_token.empty()) {
    return Status(StatusCode::kUsage, where + ": the access token is empty");
  }
  // Inside another transaction the tokens would become durable only with it, which may be
  // never: refuse rather than hand back a token that is not stored yet.
  if (sqlite3_get_autocommit(db.get()) == 0) {
    return Status(StatusCode::kInternal, where + ": a transaction is open on this connection");
  }
  Result<Statement> save = db.Prepare(kSaveTokens);
  if (!save) return save.error().WithContext(where);
  // A rotated refresh token lost to a power cut breaks the token chain for good (the old one
  // is spent), so this commit is synced whatever the store's synchronous setting; it happens
  // once per refresh.
  Result<int64_t> synchronous = db.QueryInt("PRAGMA synchronous");
  if (!synchronous) return synchronous.error().WithContext(where);
  ScopedFullSync full_sync(db, *synchronous);
  if (Status status = db.Exec("PRAGMA synchronous=FULL"); !status.ok()) {
    return status.WithContext(where);
  }
  Transaction transaction(db);
  if (Status status = transaction.Begin(); !status.ok()) return status.WithContext(where);
  save->Bind(1, source.connector)
      .Bind(2, source.account)
      .Bind(3, tokens.access_token.reveal())
      .BindOptional(4, tokens.refresh_token.reveal());
  BindOptional(*save, 5, tokens.access_expires_ms);
  BindOptional(*save, 6, tokens.refresh_expires_ms);
  save->Bind(7, now_ms);
  save->BindOptional(8, tokens.seeded_from);  // NULL keeps the stored fingerprint
  if (Status status = save->Run(); !status.ok()) return status.WithContext(where);
  if (Status status = transaction.Commit(); !status.ok()) return status.WithContext(where);
  return Status::Ok();
}

Result<std::optional<ApiTokens>> LoadApiTokens(Connection& db, const PollSource& source) {
  Result<Statement> load = db.Prepare(kLoadTokens);
  if (!load) return Fail(load.error());
  load->Bind(1, source.connector).Bind(2, source.account);
  Result<bool> row = load->Step();
  if (!row) return Fail(row.error().WithContext(Where(source) + ": loading tokens"));
  if (!*row) return std::optional<ApiTokens>();
  ApiTokens tokens;
  tokens.access_token = Secret(std::string(load->Text(0)));
  tokens.refresh_token = Secret(std::string(load->Text(1)));
  tokens.access_expires_ms = OptionalInt(*load, 2);
  tokens.refresh_expires_ms = OptionalInt(*load, 3);
  tokens.updated_ms = load->Int(4);
  tokens.seeded_from = std::string(load->Text(5));
  return std::optional<ApiTokens>(std::move(tokens));
}

Status WritePollProblem(Connection& db, const PollSource& source, const PollProblem& problem) {
  if (Status status = CheckPollSource(source); !status.ok()) return status;
  if (problem.state == ConnectorState::kOk || problem.state == ConnectorState::kQuiet) {
    return Status(StatusCode::kUsage, Where(source) + ": a poll problem cannot be '" +
                                          std::string(ConnectorStateName(problem.state)) + "'");
  }
  Result<Statement> write = db.Prepare(kWritePollProblem);
  if (!write) return write.error();
  write->Bind(1, source.connector)
      .Bind(2, source.account)
      .Bind(3, ConnectorStateName(problem.state))
      .Bind(4, problem.detail);
  BindOptional(*write, 5, problem.until_ms);
  write->Bind(6, int64_t{problem.state == ConnectorState::kRateLimited ? 0 : 1});
  write->Bind(7, problem.at_ms);
  if (Status status = write->Run(); !status.ok()) {
    return status.WithContext(Where(source) + ": recording a poll problem");
  }
  return Status::Ok();
}

Result<std::vector<ConnectorHealth>> ReadHealth(Connection& db,
                                                const std::optional<PollSource>& source) {
  Result<Statement> read = db.Prepare(kReadHealth);
  if (!read) return Fail(read.error());
  if (source) read->Bind(1, source->connector).Bind(2, source->account);
  read->Bind(3, int64_t{source ? 0 : 1});
  std::vector<ConnectorHealth> all;
  for (;;) {
    Result<bool> row = read->Step();
    if (!row) return Fail(row.error().WithContext("reading connector health"));
    if (!*row) break;
    ConnectorHealth health;
    health.source = {std::string(read->Text(0)), std::string(read->Text(1))};
    health.state = ParseConnectorState(read->Text(2)).value_or(ConnectorState::kFailing);
    health.detail = std::string(read->Text(3));
    health.until_ms = OptionalInt(*read, 4);
    health.consecutive_failures = read->Int(5);
    health.last_ok_ms = OptionalInt(*read, 6);
    health.last_new_ms = OptionalInt(*read, 7);
    health.last_counts = {read->Int(8), read->Int(9), read->Int(10)};
    health.token_expires_ms = OptionalInt(*read, 11);
    health.refresh_expires_ms = OptionalInt(*read, 12);
    health.updated_ms = read->Int(13);
    all.push_back(std::move(health));
  }
  return all;
}

}  // namespace touchpoint
