#include "daemon/daemon.h"

#include <unistd.h>

#include <boost/asio/post.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/spdlog.h>

#include "connectors/common/timestamp.h"
#include "service/json_writer.h"

// The status method's document.
namespace touchpoint {

std::string Daemon::StatusJson() const {
  const std::shared_ptr<const Config> config = this->config();
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  BeginDocument(writer);
  WriteMember(writer, "pid", static_cast<int64_t>(::getpid()));
  WriteMember(writer, "started_at", FormatIso8601Ms(started_at_ms_));
  WriteMember(writer, "state", state_);
  WriteMember(writer, "database", database_path_.string());
  WriteMember(writer, "socket", server_->path().string());
  WriteMember(writer, "socket_activated", server_->activated());
  WriteMember(writer, "clients", static_cast<int64_t>(server_->clients()));
  writer.Key("connectors");
  writer.StartArray();
  const std::pair<const char*, const ConnectorConfig*> connectors[] = {
      {"twitter", &config->twitter}, {"facebook", &config->facebook},
      {"linkedin", &config->linkedin}};
  for (const auto& [name, settings] : connectors) {
    writer.StartObject();
    WriteMember(writer, "name", name);
    WriteMember(writer, "enabled", settings->enabled);
    auto credential = credentials_.find(name);
    if (!settings->enabled) {
      WriteMember(writer, "health", "disabled");
    } else if (credential == credentials_.end() || !credential->second.secret) {
      WriteMember(writer, "health", "needs credentials");
      if (credential != credentials_.end()) {
        WriteMember(writer, "detail", credential->second.problem);
      }
    } else {
      // The token is there; the poll jobs of the API connectors are not part of this build.
      WriteMember(writer, "health", "no API client");
      WriteMember(writer, "detail", "token loaded; API polling is not implemented yet");
    }
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("watch");
  writer.StartArray();
  for (const WatchedDirStatus& dir : watcher_->Snapshot()) {
    writer.StartObject();
    WriteMember(writer, "dir", dir.dir.string());
    WriteMember(writer, "available", dir.available);
    WriteMember(writer, "imported", dir.imported);
    WriteMember(writer, "already_imported", dir.already_imported);
    WriteMember(writer, "ignored", dir.ignored);
    WriteMember(writer, "failed", dir.failed);
    WriteMember(writer, "settling", dir.settling);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  return ToString(buffer);
}

}  // namespace touchpoint
