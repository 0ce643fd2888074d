#include "connectors/facebook/app_secret_proof.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace touchpoint::facebook {

std::string AppSecretProof(std::string_view app_secret, std::string_view access_token) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha256(), app_secret.data(), static_cast<int>(app_secret.size()),
       reinterpret_cast<const unsigned char*>(access_token.data()), access_token.size(), digest,
       &length);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xf];
  }
  return hex;
}

}  // namespace touchpoint::facebook
