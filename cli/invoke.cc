#include "cli/invoke.h"

#include <cstdio>
#include <cstdlib>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli/commands.h"
#include "cli/daemon_client.h"
#include "core/config.h"
#include "service/methods.h"

namespace touchpoint::cli {
namespace {

Result<rapidjson::Document> ParseResult(const std::string& text) {
  rapidjson::Document document;
  if (document.Parse(text.data(), text.size()).HasParseError()) {
    return Fail(StatusCode::kInternal, "a method returned invalid JSON");
  }
  return document;
}

Result<rapidjson::Document> InvokeDirect(const GlobalOptions& options, std::string_view name,
                                         const std::string& params_json) {
  const MethodSpec* method = FindMethod(name);
  if (method == nullptr) return Fail(StatusCode::kInternal, "no method " + std::string(name));
  rapidjson::Document params;
  if (params.Parse(params_json.data(), params_json.size()).HasParseError()) {
    return Fail(StatusCode::kInternal, "invalid params");
  }
  Result<Store> store = OpenExisting(options);
  if (!store) return Fail(store.error());
  Result<Config> config = LoadCliConfig(options);
  if (!config) return Fail(config.error());
  if (method->needs_scores) {
    if (Status status = CatchUpScores(store->connection()); !status.ok()) return Fail(status);
  }
  MethodContext context{store->connection(), *config, NowMs()};
  Result<std::string> result = RunMethod(*method, context, &params);
  if (!result) return Fail(result.error());
  return ParseResult(*result);
}

}  // namespace

Result<rapidjson::Document> InvokeDaemon(const GlobalOptions& options, std::string_view method,
                                         const std::string& params_json) {
  Result<DaemonClient> client = DaemonClient::Connect(DiscoverSocket(options.socket));
  if (!client) return Fail(client.error());
  return client->Call(method, params_json);
}

Result<std::optional<DaemonClient>> ConnectIfAnswering(const GlobalOptions& options) {
  if (!options.db.empty()) return std::optional<DaemonClient>();
  Result<DaemonClient> client = DaemonClient::Connect(DiscoverSocket(options.socket));
  if (client) return std::optional<DaemonClient>(std::move(*client));
  // A socket the user named (flag or environment) must answer; the default may be absent.
  const char* env = std::getenv("TOUCHPOINT_SOCKET");
  const bool requested = !options.socket.empty() || (env != nullptr && env[0] != '\0');
  if (client.error().code() != StatusCode::kUnavailable || requested) return Fail(client.error());
  return std::optional<DaemonClient>();
}

Result<rapidjson::Document> Invoke(const GlobalOptions& options, std::string_view method,
                                   const std::string& params_json) {
  Result<std::optional<DaemonClient>> daemon = ConnectIfAnswering(options);
  if (!daemon) return Fail(daemon.error());
  if (*daemon) return (*daemon)->Call(method, params_json);
  return InvokeDirect(options, method, params_json);
}

void PrintDocument(const rapidjson::Value& document) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  document.Accept(writer);
  std::fwrite(buffer.GetString(), 1, buffer.GetSize(), stdout);
  std::fputc('\n', stdout);
}

}  // namespace touchpoint::cli
