#include "core/config.h"

#include <cstdlib>
#include <sstream>
#include <variant>

#include <toml++/toml.h>

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
    {"closed", &ScoringConfig::closed, "The last message ended the conversation."},
    {"declined", &ScoringConfig::declined, "They withdrew or declined."},
    {"idle", &ScoringConfig::idle, "No ask and no question from them (unless introduced or cross-platform)."},
    {"group", &ScoringConfig::group, "Three or more others and no ask: a group chat."},
    {"dismissed_sender", &ScoringConfig::dismissed_sender, "You dismissed this person before."},
    {"dismissed_template", &ScoringConfig::dismissed_template,
     "You dismissed a message of the same wording before."},
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
          if (auto value = node.value<int64_t>(); value && *value >= 0) {
            scoring.*member = static_cast<Value>(*value);
            return Status::Ok();
          }
          return Status(StatusCode::kConfigError, where + ": expected a whole number >= 0");
        }
      },
      key.member);
}

}  // namespace

Result<Config> LoadConfig(const std::filesystem::path& path, std::vector<std::string>* warnings) {
  toml::table table;
  try {
    table = toml::parse_file(path.string());
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
    if (section.str() != "scoring" || !node.is_table()) {
      if (warnings) warnings->push_back(Where(path, node.source()) + ": unknown key '" +
                                        std::string(section.str()) + "'");
      continue;
    }
    for (const auto& [name, value] : *node.as_table()) {
      const Key* key = nullptr;
      for (const Key& candidate : kScoringKeys) {
        if (candidate.name == name.str()) key = &candidate;
      }
      if (key == nullptr) {
        if (warnings) warnings->push_back(Where(path, value.source()) + ": unknown key 'scoring." +
                                          std::string(name.str()) + "'");
        continue;
      }
      if (Status status = SetKey(path, *key, value, config.scoring); !status.ok()) {
        return Fail(status);
      }
    }
  }
  return config;
}

std::filesystem::path DefaultConfigPath() {
  const std::filesystem::path file = std::filesystem::path("touchpoint") / "touchpoint.toml";
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && config[0] == '/') {
    return std::filesystem::path(config) / file;
  }
  if (const char* home = std::getenv("HOME"); home && home[0] == '/') {
    return std::filesystem::path(home) / ".config" / file;
  }
  return {};
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
  return text;
}

}  // namespace touchpoint
