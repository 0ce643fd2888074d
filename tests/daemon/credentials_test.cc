#include "daemon/credentials.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <type_traits>

#include "tests/daemon/log_capture.h"
#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSentinel = "SENTINEL-t0ken-9f8e7d";

static_assert(!std::is_convertible_v<Secret, std::string>);
static_assert(!std::is_convertible_v<Secret, std::string_view>);
static_assert(!std::is_convertible_v<Secret, const char*>);
static_assert(!std::is_convertible_v<std::string, Secret>);  // explicit on purpose

// Writes a credential file with `mode`.
fs::path WriteCredential(const test::TempDir& dir, const std::string& name,
                         const std::string& content, mode_t mode = 0600) {
  const fs::path path = dir.Write(name, content);
  EXPECT_EQ(::chmod(path.c_str(), mode), 0);
  return path;
}

// Sets $CREDENTIALS_DIRECTORY for the object's lifetime, then restores it.
class ScopedCredentialsDirectory {
 public:
  explicit ScopedCredentialsDirectory(const fs::path& dir) {
    if (const char* value = std::getenv("CREDENTIALS_DIRECTORY")) previous_ = value;
    ::setenv("CREDENTIALS_DIRECTORY", dir.c_str(), 1);
  }
  ~ScopedCredentialsDirectory() {
    if (previous_) {
      ::setenv("CREDENTIALS_DIRECTORY", previous_->c_str(), 1);
    } else {
      ::unsetenv("CREDENTIALS_DIRECTORY");
    }
  }

 private:
  std::optional<std::string> previous_;
};

TEST(CredentialsTest, ReadsTheTokenAndTrimsTrailingWhitespace) {
  test::TempDir dir;
  WriteCredential(dir, "touchpoint.twitter.token", std::string(kSentinel) + " \t\r\n\n");
  Result<std::optional<Secret>> secret = LoadCredential(dir.path(), "touchpoint.twitter.token");
  ASSERT_TRUE(secret) << secret.error().message();
  ASSERT_TRUE(secret->has_value());
  EXPECT_EQ((*secret)->reveal(), kSentinel);
}

TEST(CredentialsTest, AMissingFileIsNoCredential) {
  test::TempDir dir;
  Result<std::optional<Secret>> secret = LoadCredential(dir.path(), "touchpoint.facebook.token");
  ASSERT_TRUE(secret) << secret.error().message();
  EXPECT_FALSE(secret->has_value());
  // A missing folder is the same: no credentials configured yet.
  secret = LoadCredential(dir.path() / "nowhere", "touchpoint.facebook.token");
  ASSERT_TRUE(secret);
  EXPECT_FALSE(secret->has_value());
}

TEST(CredentialsTest, AnEmptyFileIsAConfigError) {
  test::TempDir dir;
  for (const char* content : {"", "\n", "  \n\t"}) {
    WriteCredential(dir, "touchpoint.linkedin.token", content);
    Result<std::optional<Secret>> secret = LoadCredential(dir.path(), "touchpoint.linkedin.token");
    ASSERT_FALSE(secret) << "content '" << content << "'";
    EXPECT_EQ(secret.error().code(), StatusCode::kConfigError);
    EXPECT_EQ(secret.error().message(), (dir.path() / "touchpoint.linkedin.token").string() +
                                            ": empty; it should hold "
                                            "the token");
  }
}

TEST(CredentialsTest, AFileOthersCanReadOrWriteIsRefused) {
  test::TempDir dir;
  const fs::path path = WriteCredential(dir, "touchpoint.twitter.token", kSentinel, 0644);
  Result<std::optional<Secret>> secret = LoadCredential(dir.path(), "touchpoint.twitter.token");
  ASSERT_FALSE(secret);
  EXPECT_EQ(secret.error().code(), StatusCode::kPermission);
  EXPECT_EQ(secret.error().message(), path.string() + ": mode 0644 lets others read it; chmod 600");

  ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
  secret = LoadCredential(dir.path(), "touchpoint.twitter.token");
  ASSERT_FALSE(secret);
  EXPECT_EQ(secret.error().message(), path.string() + ": mode 0640 lets others read it; chmod 600");

  ASSERT_EQ(::chmod(path.c_str(), 0602), 0);
  secret = LoadCredential(dir.path(), "touchpoint.twitter.token");
  ASSERT_FALSE(secret);
  EXPECT_EQ(secret.error().message(),
            path.string() + ": mode 0602 lets others write it; chmod 600");

  for (mode_t mode : {0600, 0400}) {
    ASSERT_EQ(::chmod(path.c_str(), mode), 0);
    secret = LoadCredential(dir.path(), "touchpoint.twitter.token");
    ASSERT_TRUE(secret) << secret.error().message();
    EXPECT_EQ((*secret)->reveal(), kSentinel);
  }
}

TEST(CredentialsTest, SystemdCredentialsDirectoryIsTrustedWhateverTheMode) {
  test::TempDir dir;
  WriteCredential(dir, "touchpoint.twitter.token", kSentinel, 0644);
  {
    ScopedCredentialsDirectory systemd(dir.path());
    // Also when the caller spells the same folder differently.
    Result<std::optional<Secret>> secret =
        LoadCredential(dir.path() / "." / "", "touchpoint.twitter.token");
    ASSERT_TRUE(secret) << secret.error().message();
    EXPECT_EQ((*secret)->reveal(), kSentinel);
  }
  {
    test::TempDir other;
    ScopedCredentialsDirectory systemd(other.path());
    EXPECT_FALSE(LoadCredential(dir.path(), "touchpoint.twitter.token"));
  }
}

TEST(CredentialsTest, RejectsNamesThatAreNotPlainFileNames) {
  test::TempDir dir;
  for (const char* name : {"", ".", "..", "../touchpoint.twitter.token", "a/b"}) {
    Result<std::optional<Secret>> secret = LoadCredential(dir.path(), name);
    ASSERT_FALSE(secret) << name;
    EXPECT_EQ(secret.error().code(), StatusCode::kUsage);
  }
}

TEST(CredentialsTest, RejectsAFolderAndAMultiLineFile) {
  test::TempDir dir;
  dir.Write("touchpoint.twitter.token/inner", "x");
  Result<std::optional<Secret>> secret = LoadCredential(dir.path(), "touchpoint.twitter.token");
  ASSERT_FALSE(secret);
  EXPECT_EQ(secret.error().code(), StatusCode::kConfigError);

  WriteCredential(dir, "touchpoint.facebook.token", std::string(kSentinel) + "\nX-Evil: 1\n");
  secret = LoadCredential(dir.path(), "touchpoint.facebook.token");
  ASSERT_FALSE(secret);
  EXPECT_EQ(secret.error().code(), StatusCode::kConfigError);
}

TEST(CredentialsTest, AFifoIsRefusedWithoutBlocking) {
  test::TempDir dir;
  const fs::path fifo = dir.path() / "touchpoint.twitter.token";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  Result<std::optional<Secret>> secret = LoadCredential(dir.path(), "touchpoint.twitter.token");
  ASSERT_FALSE(secret);
  EXPECT_EQ(secret.error().message(), fifo.string() + ": not a regular file");
}

TEST(CredentialsTest, TheTokenNeverAppearsInStatusMessages) {
  test::TempDir dir;
  const std::string sentinel = kSentinel;
  struct Case {
    std::string name;
    std::string content;
    mode_t mode;
  };
  const Case cases[] = {
      {"group-readable", sentinel, 0644},
      {"two-lines", sentinel + "\n" + sentinel, 0600},
      {"control", sentinel + '\x01', 0600},
      {"huge", sentinel + std::string(70 * 1024, 'x'), 0600},
  };
  for (const Case& c : cases) {
    WriteCredential(dir, c.name, c.content, c.mode);
    Result<std::optional<Secret>> secret = LoadCredential(dir.path(), c.name);
    ASSERT_FALSE(secret) << c.name;
    EXPECT_EQ(secret.error().message().find(sentinel), std::string::npos)
        << c.name << ": " << secret.error().message();
  }
}

TEST(CredentialsTest, FormattingAndLoggingPrintRedacted) {
  test::LogCapture log;
  const Secret secret{std::string(kSentinel)};
  EXPECT_EQ(fmt::format("{}", secret), "[redacted]");
  EXPECT_EQ(fmt::format("token={:>12}", secret), "token=  [redacted]");
  std::ostringstream stream;
  stream << secret;
  EXPECT_EQ(stream.str(), "[redacted]");

  spdlog::trace("token={}", secret);
  spdlog::info("authorization: Bearer {}", secret);
  const std::string text = log.text();
  EXPECT_EQ(text.find(kSentinel), std::string::npos) << text;
  EXPECT_EQ(log.Count("[redacted]"), 2) << text;
}

TEST(CredentialsTest, CopiesAndMovesKeepOrClearTheValue) {
  Secret original{std::string(kSentinel)};
  Secret copy = original;
  EXPECT_EQ(copy.reveal(), kSentinel);
  Secret moved = std::move(original);
  EXPECT_EQ(moved.reveal(), kSentinel);
  EXPECT_TRUE(original.empty());  // NOLINT(bugprone-use-after-move): the contract says so
  copy = Secret(std::string("other"));
  EXPECT_EQ(copy.reveal(), "other");
}

}  // namespace
}  // namespace touchpoint
