#include "core/config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>
#include <sstream>
#include <variant>

#include <toml++/toml.h>

#include "core/quote.h"

namespace touchpoint {
namespace {

using Member = std::variant<double ScoringConfig::*, int64_t ScoringConfig::*, int ScoringConfig::*>;

struct Key {
  std::string_view name;
  Member member;
  std::string_view help;
};

// The [scoring] keys, in the order the documented config file lists them.
constexpr Key kScoringKeys[] = {
    {"threshold", &ScoringConfig::threshold, "Flag conversations scoring at least this (0-100)."},
    {"new_days", &ScoringConfig::new_days, "Their last message must be at most this many days old."},
    {"silence_days", &ScoringConfig::silence_days,
     "Days without contact after which a conversation counts as re-engagement."},
    {"cross_platform_days", &ScoringConfig::cross_platform_days,
     "The same person writing on another platform within this many days counts."},
    {"fast_reply_minutes", &ScoringConfig::fast_reply_minutes,
     "A median answer time at most this long counts as quick replies."},
    {"mass_mention", &ScoringConfig::mass_mention,
     "A public message addressing this many people is a broadcast."},
    {"copies", &ScoringConfig::copies, "Other people sending one wording make it a template."},
    {"outreach_cues", &ScoringConfig::outreach_cues,
     "This many parts of a pitch in their messages make cold outreach (see cold_outreach)."},
    {"outreach_cues_unanswered", &ScoringConfig::outreach_cues_unanswered,
     "The same, for a first contact nobody answered."},
    {"own_need_cues", &ScoringConfig::own_need_cues,
     "A problem of their own (their prices, 'no idea what to charge') cancels this many parts."},
    {"bias", &ScoringConfig::bias, "Weights below are log-odds; the score is 100/(1+e^-(bias+sum))."},
    {"ask", &ScoringConfig::ask, "They asked for a call, meeting, chat, rates, feedback or help."},
    {"owner_ask_answered", &ScoringConfig::owner_ask_answered, "You proposed one and they answered."},
    {"reciprocity", &ScoringConfig::reciprocity, "Both sides wrote."},
    {"turns", &ScoringConfig::turns, "Three or more changes of direction."},
    {"many_turns", &ScoringConfig::many_turns, "Six or more changes of direction."},
    {"substance", &ScoringConfig::substance, "Two or more real messages from them."},
    {"first_contact", &ScoringConfig::first_contact, "The first contact with this person."},
    {"reengagement", &ScoringConfig::reengagement, "Back after silence_days or more."},
    {"fast_reply", &ScoringConfig::fast_reply, "Quick replies."},
    {"cross_platform", &ScoringConfig::cross_platform, "They also wrote on another platform."},
    {"introduction", &ScoringConfig::introduction, "A known contact introduced them."},
    {"recruiter", &ScoringConfig::recruiter, "A recruiter's template."},
    {"promotional", &ScoringConfig::promotional, "A sales or marketing pitch."},
    {"automated", &ScoringConfig::automated, "Written by a machine."},
    {"hostile", &ScoringConfig::hostile, "Insults or aggression."},
    {"mass_mentioned", &ScoringConfig::mass_mentioned, "You were one of many addressed."},
    {"closed", &ScoringConfig::closed, "Their last message ended the conversation."},
    {"declined", &ScoringConfig::declined, "They withdrew or declined."},
    {"idle", &ScoringConfig::idle,
     "No ask and no question from them (unless introduced or cross-platform)."},
    {"social", &ScoringConfig::social,
     "Someone you know wrote, and nothing they wrote names a work matter (prices, a project, a "
     "client, a talk): plans between friends."},
    {"group", &ScoringConfig::group, "Three or more others and no ask: a group chat."},
    {"dismissed_sender", &ScoringConfig::dismissed_sender, "You dismissed this person before."},
    {"dismissed_template", &ScoringConfig::dismissed_template,
     "You dismissed a message of the same wording before."},
    {"copied", &ScoringConfig::copied,
     "The same wording reached you elsewhere: pasted on two platforms, or sent by `copies` "
     "other people."},
    {"cold_outreach", &ScoringConfig::cold_outreach,
     "Cold outreach: an offer, its audience, price, link, booking prompt, opt-out or reminder."},
    {"seller_words", &ScoringConfig::seller_words,
     "Nobody answered them, and they write like the sellers touchpoint learned from (a word "
     "model trained on its labelled conversations)."},
};

std::string Where(const std::filesystem::path& path, const toml::source_region& source) {
  return path.string() + ":" + std::to_string(source.begin.line) + ":" +
         std::to_string(source.begin.column);
}

std::string FormatNumber(double value) {
  std::ostringstream out;
  out << value;
  std::string text = out.str();
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

// A whole number from an integer, or from a float with a whole value ("7.0"). toml++ turns a
// float into an integer with an unchecked cast, undefined for values beyond int64_t
// ("new_days = 11e94", found by tests/fuzz config_fuzzer): floats are converted here.
std::optional<int64_t> WholeNumber(const toml::node& node) {
  if (const toml::value<double>* number = node.as_floating_point()) {
    const double value = number->get();
    if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0) ||
        value != std::floor(value)) {
      return std::nullopt;
    }
    return static_cast<int64_t>(value);
  }
  return node.value<int64_t>();
}

Status SetKey(const std::filesystem::path& path, const Key& key, const toml::node& node,
              ScoringConfig& scoring) {
  const std::string where = Where(path, node.source()) + ": scoring." + std::string(key.name);
  return std::visit(
      [&](auto member) -> Status {
        using Value = std::remove_reference_t<decltype(scoring.*member)>;
        if constexpr (std::is_same_v<Value, double>) {
          if (auto value = node.value<double>()) {
            scoring.*member = *value;
            return Status::Ok();
          }
          return Status(StatusCode::kConfigError, where + ": expected a number");
        } else {
          // Range-checked for the int members too: 3000000000 must not wrap to a negative.
          if (auto value = WholeNumber(node);
              value && *value >= 0 && *value <= std::numeric_limits<Value>::max()) {
            scoring.*member = static_cast<Value>(*value);
            return Status::Ok();
          }
          return Status(StatusCode::kConfigError, where + ": expected a whole number >= 0");
        }
      },
      key.member);
}

// A key of the sections other than [scoring]: where it lives in Config, how to read it
// from TOML and how to print its default.
struct Field {
  std::string_view section;  // "daemon", "connectors.twitter", ...
  std::string_view name;
  std::string_view help;
  Status (*set)(Config& config, const toml::node& node, const std::string& where);
  std::string (*show)(const Config& config);
  std::string_view choices = {};  // for strings: the allowed values, '|'-separated
};

Status Assign(int64_t& target, const toml::node& node, const std::string& where) {
  // toml++ would read true as 1.
  if (auto value = node.is_integer() ? node.value<int64_t>() : std::nullopt; value && *value >= 0) {
    target = *value;
    return Status::Ok();
  }
  return Status(StatusCode::kConfigError, where + ": expected a whole number >= 0");
}

Status Assign(bool& target, const toml::node& node, const std::string& where) {
  if (auto value = node.value<bool>()) {
    target = *value;
    return Status::Ok();
  }
  return Status(StatusCode::kConfigError, where + ": expected true or false");
}

Status Assign(std::string& target, const toml::node& node, const std::string& where) {
  if (auto value = node.value<std::string>()) {
    target = *value;
    return Status::Ok();
  }
  return Status(StatusCode::kConfigError, where + ": expected a string");
}

Status Assign(std::vector<std::string>& target, const toml::node& node,
              const std::string& where) {
  const toml::array* array = node.as_array();
  if (array == nullptr) return Status(StatusCode::kConfigError, where + ": expected an array");
  std::vector<std::string> values;
  for (const toml::node& element : *array) {
    auto value = element.value<std::string>();
    if (!value) return Status(StatusCode::kConfigError, where + ": expected strings");
    values.push_back(*value);
  }
  target = std::move(values);
  return Status::Ok();
}

// 900, "900s", "15m", "1h" or "1d"; at least one second.
Status Assign(DurationSeconds& target, const toml::node& node, const std::string& where) {
  if (auto value = node.is_integer() ? node.value<int64_t>() : std::nullopt; value && *value >= 1) {
    target.seconds = *value;
    return Status::Ok();
  }
  const std::string text = node.value<std::string>().value_or("");
  size_t digits = 0;
  while (digits < text.size() && digits < 9 && text[digits] >= '0' && text[digits] <= '9') {
    ++digits;
  }
  const std::string_view unit = std::string_view(text).substr(digits);
  int64_t scale = 0;
  if (unit == "s") scale = 1;
  if (unit == "m") scale = 60;
  if (unit == "h") scale = 3600;
  if (unit == "d") scale = 86400;
  if (digits == 0 || scale == 0 || std::stoll(text.substr(0, digits)) == 0) {
    return Status(StatusCode::kConfigError,
                  where + ": expected a duration: seconds (900) or \"90s\", \"15m\", \"1h\"");
  }
  target.seconds = std::stoll(text.substr(0, digits)) * scale;
  return Status::Ok();
}

std::string Show(int64_t value) { return std::to_string(value); }
std::string Show(DurationSeconds value) {
  const int64_t s = value.seconds;
  if (s % 3600 == 0) return Quote(std::to_string(s / 3600) + "h");
  if (s % 60 == 0) return Quote(std::to_string(s / 60) + "m");
  return Quote(std::to_string(s) + "s");
}
std::string Show(bool value) { return value ? "true" : "false"; }
std::string Show(const std::string& value) { return Quote(value); }
std::string Show(const std::vector<std::string>& values) {
  std::string text = "[";
  for (const std::string& value : values) text += (text.size() > 1 ? ", " : "") + Quote(value);
  return text + "]";
}

template <auto kSection, auto kMember>
constexpr Field MakeField(std::string_view section, std::string_view name, std::string_view help,
                          std::string_view choices = {}) {
  return Field{section, name, help,
               [](Config& config, const toml::node& node, const std::string& where) {
                 return Assign((config.*kSection).*kMember, node, where);
               },
               [](const Config& config) { return Show((config.*kSection).*kMember); }, choices};
}

#define TOUCHPOINT_CONNECTOR_FIELD(platform, member, help)                                     \
  MakeField<&Config::platform, &ConnectorConfig::member>("connectors." #platform, #member, help)

// The keys every connector has, then its own.
#define TOUCHPOINT_CONNECTOR_FIELDS(platform, host)                                            \
  TOUCHPOINT_CONNECTOR_FIELD(platform, enabled, "Poll this platform's API."),                  \
      TOUCHPOINT_CONNECTOR_FIELD(                                                              \
          platform, poll_interval,                                                             \
          "Time between polls: seconds, or with a unit: \"90s\", \"15m\", \"1h\" (a random "     \
          "jitter of up to a tenth is added)."),                                               \
      TOUCHPOINT_CONNECTOR_FIELD(platform, api_base_url,                                      \
                                 "API host; empty: the platform's real one, " host "."),      \
      TOUCHPOINT_CONNECTOR_FIELD(                                                              \
          platform, token_file,                                                                \
          "File holding the access token (relative: in the credentials directory); empty: "   \
          "touchpoint." #platform ".token there.")

#define TOUCHPOINT_SECRET_FILE_FIELD(platform, help)                                           \
  TOUCHPOINT_CONNECTOR_FIELD(platform, client_secret_file,                                     \
                             help " Empty: touchpoint." #platform ".client_secret, if present.")

// Every key outside [scoring], in the order the documented config file lists them.
const Field kFields[] = {
    MakeField<&Config::daemon, &DaemonConfig::socket>(
        "daemon", "socket",
        "Socket path when not socket-activated; empty: $XDG_RUNTIME_DIR/touchpoint.sock, or "
        "/run/touchpoint.sock for root."),
    MakeField<&Config::daemon, &DaemonConfig::socket_group>(
        "daemon", "socket_group", "Group allowed to connect (socket mode 0660); empty: 0600."),
    MakeField<&Config::daemon, &DaemonConfig::log_level>(
        "daemon", "log_level", "trace, debug, info, warn or error.", "trace|debug|info|warn|error"),
    MakeField<&Config::daemon, &DaemonConfig::io_timeout_seconds>(
        "daemon", "io_timeout_seconds", "A client silent this long mid-request is dropped."),
    MakeField<&Config::daemon, &DaemonConfig::max_clients>(
        "daemon", "max_clients", "Connections beyond this many are closed at once."),
    MakeField<&Config::daemon, &DaemonConfig::reader_threads>(
        "daemon", "reader_threads", "Threads answering read queries."),
    MakeField<&Config::storage, &StorageConfig::database>(
        "storage", "database",
        "Database file; empty: $STATE_DIRECTORY/touchpoint.db, else "
        "$XDG_STATE_HOME/touchpoint/touchpoint.db."),
    MakeField<&Config::storage, &StorageConfig::synchronous>(
        "storage", "synchronous",
        "normal (safe against crashes; a power cut may lose the last commits, which re-running "
        "an import restores) or full.",
        "normal|full"),
    MakeField<&Config::storage, &StorageConfig::busy_timeout_ms>(
        "storage", "busy_timeout_ms", "How long a writer waits for another one, in ms."),
    MakeField<&Config::watch, &WatchConfig::dirs>(
        "watch", "dirs", "Folders where new export archives are imported once, by content."),
    MakeField<&Config::watch, &WatchConfig::scan_interval_seconds>(
        "watch", "scan_interval_seconds", "How often the folders are looked at."),
    MakeField<&Config::watch, &WatchConfig::settle_seconds>(
        "watch", "settle_seconds", "A file must keep its size this long to count as complete."),
    TOUCHPOINT_CONNECTOR_FIELDS(twitter, "https://api.x.com"),
    TOUCHPOINT_CONNECTOR_FIELD(twitter, refresh_token_file,
                               "File holding the OAuth 2.0 refresh token; empty: "
                               "touchpoint.twitter.refresh_token, if present."),
    TOUCHPOINT_CONNECTOR_FIELD(twitter, client_id,
                               "The OAuth 2.0 client id of your X app (needed to refresh)."),
    TOUCHPOINT_SECRET_FILE_FIELD(twitter,
                                 "File holding the app's client secret (a confidential client)."),
    TOUCHPOINT_CONNECTOR_FIELD(twitter, account,
                               "A name for this account in status and logs; empty: me."),
    TOUCHPOINT_CONNECTOR_FIELDS(facebook, "https://graph.facebook.com"),
    TOUCHPOINT_CONNECTOR_FIELD(facebook, refresh_token_file,
                               "File holding the long-lived user token that a new Page token is "
                               "derived from when the Page token stops working; empty: "
                               "touchpoint.facebook.refresh_token, if present."),
    TOUCHPOINT_SECRET_FILE_FIELD(facebook,
                                 "File holding the app secret (for appsecret_proof)."),
    TOUCHPOINT_CONNECTOR_FIELD(facebook, account,
                               "The id of the Page whose inbox and post comments are polled "
                               "(required)."),
    TOUCHPOINT_CONNECTOR_FIELD(facebook, api_version,
                               "Graph API version; empty: the connector's default (v19.0)."),
    TOUCHPOINT_CONNECTOR_FIELDS(linkedin, "https://api.linkedin.com"),
    TOUCHPOINT_CONNECTOR_FIELD(linkedin, refresh_token_file,
                               "File holding the refresh token (approved apps only); empty: "
                               "touchpoint.linkedin.refresh_token, if present."),
    TOUCHPOINT_CONNECTOR_FIELD(linkedin, client_id,
                               "The client id of your LinkedIn app (needed to refresh)."),
    TOUCHPOINT_SECRET_FILE_FIELD(linkedin, "File holding the app's client secret."),
    TOUCHPOINT_CONNECTOR_FIELD(linkedin, account,
                               "The member whose change log is polled: me, or urn:li:person:ID; "
                               "empty: me."),
    TOUCHPOINT_CONNECTOR_FIELD(linkedin, organization,
                               "An organization (urn:li:organization:ID) whose Page comments "
                               "and mentions are polled too; empty: none."),
    TOUCHPOINT_CONNECTOR_FIELD(linkedin, api_version,
                               "LinkedIn-Version (YYYYMM); empty: the connector's default. A "
                               "retired version makes polls fail until it is raised."),
    MakeField<&Config::credentials, &CredentialsConfig::dir>(
        "credentials", "dir",
        "Where API tokens are read from (files such as touchpoint.twitter.token, mode 0600); "
        "empty: $CREDENTIALS_DIRECTORY, else $XDG_CONFIG_HOME/touchpoint/credentials."),
};
#undef TOUCHPOINT_CONNECTOR_FIELDS
#undef TOUCHPOINT_SECRET_FILE_FIELD
#undef TOUCHPOINT_CONNECTOR_FIELD

const Field* FindField(std::string_view section, std::string_view name) {
  for (const Field& field : kFields) {
    if (field.section == section && field.name == name) return &field;
  }
  return nullptr;
}

bool IsSection(std::string_view section) {
  for (const Field& field : kFields) {
    if (field.section == section) return true;
  }
  return false;
}

// Reads one section's keys (any section but [scoring]).
Status LoadSection(const std::filesystem::path& path, std::string_view section,
                   const toml::table& table, Config& config, std::vector<std::string>* warnings) {
  for (const auto& [name, value] : table) {
    const Field* field = FindField(section, name.str());
    if (field == nullptr) {
      if (warnings) warnings->push_back(Where(path, value.source()) + ": unknown key '" +
                                        std::string(section) + "." + std::string(name.str()) +
                                        "'");
      continue;
    }
    const std::string where =
        Where(path, value.source()) + ": " + std::string(section) + "." + std::string(name.str());
    if (Status status = field->set(config, value, where); !status.ok()) return status;
    if (!field->choices.empty()) {
      const std::string chosen = value.value<std::string>().value_or("");
      bool allowed = false;
      for (size_t start = 0; start <= field->choices.size();) {
        size_t end = field->choices.find('|', start);
        if (end == std::string_view::npos) end = field->choices.size();
        allowed = allowed || field->choices.substr(start, end - start) == chosen;
        start = end + 1;
      }
      if (!allowed) {
        return Status(StatusCode::kConfigError,
                      where + ": expected one of " + std::string(field->choices));
      }
    }
  }
  return Status::Ok();
}

Status LoadScoring(const std::filesystem::path& path, const toml::table& table, Config& config,
                   std::vector<std::string>* warnings) {
  for (const auto& [name, value] : table) {
    const Key* key = nullptr;
    for (const Key& candidate : kScoringKeys) {
      if (candidate.name == name.str()) key = &candidate;
    }
    if (key == nullptr) {
      if (warnings) warnings->push_back(Where(path, value.source()) + ": unknown key 'scoring." +
                                        std::string(name.str()) + "'");
      continue;
    }
    if (Status status = SetKey(path, *key, value, config.scoring); !status.ok()) return status;
  }
  return Status::Ok();
}

// The daemon may run as root: a config others can change would let them point it at any
// file or host. Unreadable files get the system's reason.
Status CheckConfigFile(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || ::access(path.c_str(), R_OK) != 0) {
    return Status(StatusCode::kConfigError,
                  path.string() + ": cannot read the config: " + std::strerror(errno));
  }
  if ((info.st_mode & S_IWOTH) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(info.st_mode & 07777));
    return Status(StatusCode::kConfigError, path.string() + ": mode " + mode +
                                                " lets anyone change the config; chmod o-w " +
                                                path.string());
  }
  return Status::Ok();
}

// Reads the table `parse` returns; `path` names the file in messages.
template <typename Parse>
Result<Config> Load(const std::filesystem::path& path, Parse&& parse,
                    std::vector<std::string>* warnings) {
  toml::table table;
  try {
    table = parse();
  } catch (const toml::parse_error& error) {
    const std::string_view description = error.description();
    if (error.source().begin.line == 0) {
      return Fail(StatusCode::kConfigError, path.string() + ": " + std::string(description));
    }
    return Fail(StatusCode::kConfigError,
                Where(path, error.source()) + ": " + std::string(description));
  }
  Config config;
  for (const auto& [section, node] : table) {
    const std::string name(section.str());
    const toml::table* body = node.as_table();
    Status status;
    if (body != nullptr && name == "scoring") {
      status = LoadScoring(path, *body, config, warnings);
    } else if (body != nullptr && name == "connectors") {
      for (const auto& [platform, platform_node] : *body) {
        const std::string sub = "connectors." + std::string(platform.str());
        if (platform_node.is_table() && IsSection(sub)) {
          status = LoadSection(path, sub, *platform_node.as_table(), config, warnings);
          if (!status.ok()) break;
        } else if (warnings) {
          warnings->push_back(Where(path, platform_node.source()) + ": unknown key '" + sub + "'");
        }
      }
    } else if (body != nullptr && IsSection(name)) {
      status = LoadSection(path, name, *body, config, warnings);
    } else if (warnings) {
      warnings->push_back(Where(path, node.source()) + ": unknown key '" + name + "'");
    }
    if (!status.ok()) return Fail(status);
  }
  return config;
}

}  // namespace

Result<Config> LoadConfig(const std::filesystem::path& path, std::vector<std::string>* warnings) {
  if (Status status = CheckConfigFile(path); !status.ok()) return Fail(status);
  return Load(path, [&path] { return toml::parse_file(path.string()); }, warnings);
}

Result<Config> LoadConfigText(std::string_view text, const std::filesystem::path& name,
                              std::vector<std::string>* warnings) {
  return Load(name, [&] { return toml::parse(text, name.string()); }, warnings);
}

std::string DefaultConfigText() {
  const ScoringConfig defaults;
  std::string text =
      "# touchpoint configuration. Every key is shown with its default.\n\n"
      "# How conversations are scored for the call list (touchpoint calls).\n[scoring]\n";
  for (const Key& key : kScoringKeys) {
    text += "# " + std::string(key.help) + "\n" + std::string(key.name) + " = ";
    std::visit(
        [&](auto member) {
          using Value = std::remove_cv_t<std::remove_reference_t<decltype(defaults.*member)>>;
          if constexpr (std::is_same_v<Value, double>) {
            text += FormatNumber(defaults.*member);
          } else {
            text += std::to_string(defaults.*member);
          }
        },
        key.member);
    text += "\n";
  }
  const Config config;
  std::string_view section;
  for (const Field& field : kFields) {
    if (field.section != section) {
      section = field.section;
      text += "\n[" + std::string(section) + "]\n";
    }
    text += "# " + std::string(field.help) + "\n" + std::string(field.name) + " = " +
            field.show(config) + "\n";
  }
  return text;
}

}  // namespace touchpoint
