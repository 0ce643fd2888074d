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
  const std::vector<Scheduler::Health> schedule = scheduler_->Snapshot();
  for (const auto& [name, polling] : polling_) {
    writer.StartObject();
    WriteMember(writer, "name", name);
    WriteMember(writer, "enabled", polling.account != nullptr || !polling.problem.empty());
    WriteMember(writer, "health", HealthOf(name, polling));
    if (!polling.account) {
      if (!polling.problem.empty()) WriteMember(writer, "detail", polling.problem);
      writer.EndObject();
      continue;
    }
    WriteMember(writer, "account", polling.account->source().account);
    for (const Scheduler::Health& entry : schedule) {
      if (entry.account == name && entry.next_at) {
        WriteMember(writer, "next_poll_at", FormatIso8601(*entry.next_at));
      }
    }
    if (const std::optional<ConnectorHealth>& health = polling.health) {
      if (!health->detail.empty()) WriteMember(writer, "detail", health->detail);
      if (health->until_ms) WriteMember(writer, "until", FormatIso8601Ms(*health->until_ms));
      WriteMember(writer, "consecutive_failures", health->consecutive_failures);
      if (health->last_ok_ms) WriteMember(writer, "last_ok_at", FormatIso8601Ms(*health->last_ok_ms));
      if (health->last_new_ms) {
        WriteMember(writer, "last_new_at", FormatIso8601Ms(*health->last_new_ms));
      }
      writer.Key("last_poll");
      writer.StartObject();
      WriteMember(writer, "emitted", health->last_counts.emitted);
      WriteMember(writer, "added", health->last_counts.added);
      WriteMember(writer, "present", health->last_counts.present);
      writer.EndObject();
      if (health->token_expires_ms) {
        WriteMember(writer, "token_expires_at", FormatIso8601Ms(*health->token_expires_ms));
      }
      if (health->refresh_expires_ms) {
        WriteMember(writer, "refresh_token_expires_at",
                    FormatIso8601Ms(*health->refresh_expires_ms));
      }
    }
    writer.Key("partial_errors");
    writer.StartArray();
    for (const std::string& problem : polling.partial_errors) writer.String(problem.c_str());
    writer.EndArray();
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
