#pragma once

#include <string>
#include <string_view>

namespace touchpoint::facebook {

// Graph API `appsecret_proof` (apis.md 2.1): lower-case hex of HMAC-SHA256 with the app secret
// as key over the access token. Apps with "Require App Secret" reject calls without it.
std::string AppSecretProof(std::string_view app_secret, std::string_view access_token);

}  // namespace touchpoint::facebook
