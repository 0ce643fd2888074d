// touchpoint: the command-line client. Talks to touchpointd when it answers, else works on
// the SQLite database directly.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace touchpoint::cli {

int ReportError(const Status& status) {
  std::fprintf(stderr, "touchpoint: %s\n", status.message().c_str());
  return ExitCodeFor(status.code());
}

namespace {

int Main(int argc, char** argv) {
  CLI::App app{
      "touchpoint: your social-network conversations in one local database, and the ones worth "
      "a phone call.\n\nExit codes: 0 ok, 2 usage, 65 bad input data, 66 input missing, 74 I/O "
      "error, 69 daemon unreachable, 75 busy, 77 permission denied, 78 bad config."};
  app.set_version_flag("--version", std::string("touchpoint ") + TOUCHPOINT_VERSION);
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions options;
  app.add_option("--db", options.db,
                 "SQLite database (default: $XDG_STATE_HOME/touchpoint/touchpoint.db)");
  app.add_flag("--json", options.json, "Print one JSON document on stdout");
  app.add_flag("-q,--quiet", options.quiet, "No progress bar");
  app.add_option("--config", options.config,
                 "Config file (default: $XDG_CONFIG_HOME/touchpoint/touchpoint.toml)");
  app.add_option("--socket", options.socket,
                 "The daemon's socket (default: $TOUCHPOINT_SOCKET, "
                 "$XDG_RUNTIME_DIR/touchpoint.sock, /run/touchpoint.sock); without an answering "
                 "daemon, commands open the database directly");

  std::vector<std::string> paths;
  CLI::App* import = app.add_subcommand(
      "import", "Import export archives (zip files or extracted folders); idempotent");
  import->add_option("paths", paths, "Archive files or folders")->required();
  CLI::App* export_events = app.add_subcommand(
      "export", "Print every event as one JSON object per line, oldest first");
  CLI::App* stats = app.add_subcommand("stats", "Counts of events, conversations and imports");
  std::string as_of;
  CLI::App* calls = app.add_subcommand(
      "calls", "New conversations worth a phone call, best first, with the reasons");
  calls->add_option("--as-of", as_of,
                    "Judge 'new' and 'silence' as of this time (2026-05-13 or ISO 8601 UTC)");
  int64_t call_id = 0;
  std::string until;
  struct DecisionCommand {
    const char* name;
    const char* help;
    CLI::App* app = nullptr;
  };
  DecisionCommand decisions[] = {
      {"ack", "Acknowledge a call: keep it, marked as seen"},
      {"snooze", "Hide a call until --until (default: a week)"},
      {"dismiss", "Not worth a call; similar ones will score lower"},
      {"called", "Done: you called"},
  };
  for (DecisionCommand& command : decisions) {
    command.app = app.add_subcommand(command.name, command.help);
    command.app->add_option("id", call_id, "The call's id, as `touchpoint calls` shows it")
        ->required();
    if (std::string_view(command.name) == "snooze") {
      command.app->add_option("--until", until, "Show it again from this time");
    }
  }
  CLI::App* people = app.add_subcommand("people", "Everyone you have been in touch with");
  std::string reference, other, query;
  bool why = false;
  CLI::App* person = app.add_subcommand(
      "person", "One person: identities on every platform, introductions, timeline");
  person->add_option("who", reference, "Person id, @handle, profile URL, e-mail or name")
      ->required();
  person->add_flag("--why", why, "Show why identities were merged");
  int64_t limit = 0;
  CLI::App* timeline = app.add_subcommand("timeline", "One person's events on every platform");
  timeline->add_option("who", reference, "Person id, @handle, profile URL, e-mail or name")
      ->required();
  timeline->add_option("--limit", limit, "At most this many events (default 200)");
  CLI::App* search = app.add_subcommand("search", "Full-text search over every message");
  search->add_option("text", query, "Words, \"a phrase\", prefix*, OR, NOT")->required();
  CLI::App* graph = app.add_subcommand("graph", "The introduction graph as Graphviz DOT");
  CLI::App* link = app.add_subcommand("link", "Make two identities one person");
  CLI::App* unlink = app.add_subcommand("unlink", "Keep two identities apart, for good");
  for (CLI::App* command : {link, unlink}) {
    command->add_option("a", reference, "An identity: @handle, profile URL, e-mail, name or #id")
        ->required();
    command->add_option("b", other, "The other identity")->required();
  }
  CLI::App* config = app.add_subcommand("config", "Show or check the configuration");
  CLI::App* config_default =
      config->add_subcommand("default", "Print the documented config file with every default");
  std::string config_file;
  CLI::App* config_check = config->add_subcommand(
      "check", "Validate a config file (default: --config or the default location); exit 78 "
               "on error");
  config_check->add_option("file", config_file, "The file to check");
  config->require_subcommand(1);
  CLI::App* status = app.add_subcommand(
      "status", "The daemon's state and each connector's health (needs the daemon)");
  CLI::App* reload = app.add_subcommand(
      "reload", "Make the daemon re-read its config; a bad config is reported and not used");
  CLI::App* db = app.add_subcommand("db", "The database file: backup and check");
  std::string backup_file;
  CLI::App* db_backup = db->add_subcommand(
      "backup", "Copy the database while it is in use (SQLite online backup)");
  db_backup->add_option("file", backup_file, "Where to write the copy")->required();
  CLI::App* db_check = db->add_subcommand(
      "check", "Run SQLite's integrity and foreign-key checks; exit 65 on problems");
  db->require_subcommand(1);
  CLI::App* rescore = app.add_subcommand(
      "rescore", "Recompute every conversation's features (after changing scoring rules)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);  // prints help/version to stdout, errors to stderr
    return code == 0 ? 0 : 2;          // CLI11's own codes (e.g. 109) are not ours
  }
  if (import->parsed()) return RunImport(options, paths);
  if (export_events->parsed()) return RunExport(options);
  if (stats->parsed()) return RunStats(options);
  if (calls->parsed()) return RunCalls(options, as_of);
  for (const DecisionCommand& command : decisions) {
    if (command.app->parsed()) return RunDecision(options, command.name, call_id, until);
  }
  if (rescore->parsed()) return RunRescore(options);
  if (config_default->parsed()) return RunConfigDefault();
  if (config_check->parsed()) return RunConfigCheck(options, config_file);
  if (people->parsed()) return RunPeople(options);
  if (person->parsed()) return RunPerson(options, reference, why);
  if (timeline->parsed()) return RunTimeline(options, reference, limit);
  if (search->parsed()) return RunSearch(options, query);
  if (status->parsed()) return RunStatus(options);
  if (db_backup->parsed()) return RunDbBackup(options, backup_file);
  if (db_check->parsed()) return RunDbCheck(options);
  if (reload->parsed()) return RunReload(options);
  if (graph->parsed()) return RunGraph(options);
  if (link->parsed()) return RunLink(options, reference, other, true);
  if (unlink->parsed()) return RunLink(options, reference, other, false);
  return 2;
}

}  // namespace
}  // namespace touchpoint::cli

int main(int argc, char** argv) {
  try {
    return touchpoint::cli::Main(argc, argv);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "touchpoint: internal error: %s\n", error.what());
    return 1;
  }
}
