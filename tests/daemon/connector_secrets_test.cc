#include "daemon/connector_secrets.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "tests/support/temp_dir.h"

namespace touchpoint {
namespace {

namespace fs = std::filesystem;

constexpr const char* kAccess = "SENTINEL-access-41f0";
constexpr const char* kRefresh = "SENTINEL-refresh-93aa";

void WriteSecret(const test::TempDir& dir, const std::string& name, const std::string& value) {
  const fs::path path = dir.Write(name, value + "\n");
  ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
}

TEST(ConnectorSecretsTest, ReadsTheDefaultFilesOfTheConnector) {
  test::TempDir dir;
  WriteSecret(dir, "touchpoint.twitter.token", kAccess);
  WriteSecret(dir, "touchpoint.twitter.refresh_token", kRefresh);
  Result<ConnectorSecrets> secrets = LoadConnectorSecrets(dir.path(), "twitter", {});
  ASSERT_TRUE(secrets) << secrets.error().message();
  EXPECT_EQ(secrets->access_token.reveal(), kAccess);
  EXPECT_EQ(secrets->refresh_token.reveal(), kRefresh);
  EXPECT_TRUE(secrets->client_secret.empty());
  EXPECT_EQ(secrets->fingerprint.size(), 64u);
  EXPECT_EQ(secrets->fingerprint.find(kAccess), std::string::npos);
}

TEST(ConnectorSecretsTest, TheAccessTokenIsRequiredTheOthersAreNot) {
  test::TempDir dir;
  WriteSecret(dir, "touchpoint.linkedin.refresh_token", kRefresh);
  Result<ConnectorSecrets> secrets = LoadConnectorSecrets(dir.path(), "linkedin", {});
  ASSERT_FALSE(secrets);
  EXPECT_EQ(secrets.error().code(), StatusCode::kNoInput);
  EXPECT_NE(secrets.error().message().find("touchpoint.linkedin.token"), std::string::npos);
}

TEST(ConnectorSecretsTest, ConfiguredFilesAreRequiredAndRelativeToTheDirectory) {
  test::TempDir dir;
  WriteSecret(dir, "page-token", kAccess);
  ConnectorConfig config;
  config.token_file = "page-token";
  config.client_secret_file = (dir.path() / "app-secret").string();
  Result<ConnectorSecrets> secrets = LoadConnectorSecrets(dir.path(), "facebook", config);
  ASSERT_FALSE(secrets);
  EXPECT_NE(secrets.error().message().find("app-secret"), std::string::npos);
  WriteSecret(dir, "app-secret", "s3cret");
  secrets = LoadConnectorSecrets(dir.path(), "facebook", config);
  ASSERT_TRUE(secrets) << secrets.error().message();
  EXPECT_EQ(secrets->access_token.reveal(), kAccess);
  EXPECT_EQ(secrets->client_secret.reveal(), "s3cret");
}

TEST(ConnectorSecretsTest, TheFingerprintFollowsTheTokensOnly) {
  test::TempDir dir;
  WriteSecret(dir, "touchpoint.twitter.token", kAccess);
  WriteSecret(dir, "touchpoint.twitter.refresh_token", kRefresh);
  const std::string first = LoadConnectorSecrets(dir.path(), "twitter", {})->fingerprint;
  EXPECT_EQ(LoadConnectorSecrets(dir.path(), "twitter", {})->fingerprint, first);
  WriteSecret(dir, "touchpoint.twitter.client_secret", "another app secret");
  Result<ConnectorSecrets> with_secret = LoadConnectorSecrets(dir.path(), "twitter", {});
  EXPECT_EQ(with_secret->fingerprint, first);
  WriteSecret(dir, "touchpoint.twitter.refresh_token", "a new grant");
  EXPECT_NE(LoadConnectorSecrets(dir.path(), "twitter", {})->fingerprint, first);
}

TEST(ConnectorSecretsTest, AFileOthersCanReadIsRefusedWithoutItsContent) {
  test::TempDir dir;
  const fs::path path = dir.Write("touchpoint.twitter.token", kAccess);
  ASSERT_EQ(::chmod(path.c_str(), 0644), 0);
  Result<ConnectorSecrets> secrets = LoadConnectorSecrets(dir.path(), "twitter", {});
  ASSERT_FALSE(secrets);
  EXPECT_EQ(secrets.error().code(), StatusCode::kPermission);
  EXPECT_EQ(secrets.error().message().find(kAccess), std::string::npos);
}

}  // namespace
}  // namespace touchpoint
