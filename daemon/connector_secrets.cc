#include "daemon/connector_secrets.h"

#include <openssl/evp.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "daemon/credentials.h"

namespace touchpoint {
namespace {

namespace fs = std::filesystem;

// Where one secret comes from: the configured file, else the default name.
fs::path SecretPath(const fs::path& dir, const std::string& configured, std::string_view name,
                    std::string_view suffix) {
  if (configured.empty()) return dir / ("touchpoint." + std::string(name) + std::string(suffix));
  const fs::path path(configured);
  return path.is_absolute() ? path : dir / path;
}

// The secret in `path`; nullopt when the file does not exist.
Result<std::optional<Secret>> ReadSecret(const fs::path& path) {
  return LoadCredential(path.parent_path(), path.filename().string());
}

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xf];
  }
  return hex;
}

}  // namespace

Result<ConnectorSecrets> LoadConnectorSecrets(const fs::path& credentials_dir,
                                              std::string_view name,
                                              const ConnectorConfig& config) {
  struct Wanted {
    const std::string& configured;
    std::string_view suffix;
    Secret ConnectorSecrets::*member;
  };
  const Wanted wanted[] = {
      {config.token_file, ".token", &ConnectorSecrets::access_token},
      {config.refresh_token_file, ".refresh_token", &ConnectorSecrets::refresh_token},
      {config.client_secret_file, ".client_secret", &ConnectorSecrets::client_secret},
  };
  ConnectorSecrets secrets;
  std::string fingerprinted;
  for (const Wanted& secret : wanted) {
    const fs::path path = SecretPath(credentials_dir, secret.configured, name, secret.suffix);
    Result<std::optional<Secret>> read = ReadSecret(path);
    if (!read) return Fail(read.error());
    // A file the config names must be there; so must the access token.
    if (!*read && (!secret.configured.empty() || secret.suffix == ".token")) {
      return Fail(StatusCode::kNoInput, std::string(name) + ": no credential file " +
                                            path.string());
    }
    if (*read) secrets.*secret.member = std::move(**read);
    // The client secret is not part of the grant: changing it keeps the rotated tokens.
    if (secret.member != &ConnectorSecrets::client_secret) {
      fingerprinted += (secrets.*secret.member).reveal();
      fingerprinted += '\0';
    }
  }
  secrets.fingerprint = Sha256Hex(fingerprinted);
  secrets.client_secret_fingerprint = Sha256Hex(secrets.client_secret.reveal());
  std::fill(fingerprinted.begin(), fingerprinted.end(), '\0');
  return secrets;
}

}  // namespace touchpoint
