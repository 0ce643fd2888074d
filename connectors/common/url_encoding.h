#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace touchpoint {

// `text` with every byte but the RFC 3986 unreserved ones (A-Z a-z 0-9 - . _ ~) written as
// %XX (upper-case hex): safe as a query or form value and as a path segment.
std::string PercentEncode(std::string_view text);

// "a=1&b=x%20y": names and values percent-encoded, in the order given. For query strings and
// application/x-www-form-urlencoded bodies alike (spaces as %20, which both accept).
std::string EncodeParams(const std::vector<std::pair<std::string, std::string>>& params);

// Standard base64 with '=' padding (RFC 4648 section 4), for HTTP Basic authentication.
std::string Base64Encode(std::string_view bytes);

}  // namespace touchpoint
