#pragma once

#include <string>
#include <string_view>

namespace touchpoint {

// The canonical spelling of a profile URL, so that one person is one identity however a file
// writes their URL:
//   * scheme "https://"; user info, port, query string and fragment dropped;
//   * host lower-cased; linkedin.com and every *.linkedin.com (uk., de., m., ...) become
//     "www.linkedin.com";
//   * path lower-cased (ASCII letters), runs of '/' merged, trailing '/' dropped;
//   * percent-escapes decoded where that cannot change the meaning: unreserved ASCII
//     (letters, digits, - . _ ~) and complete, valid UTF-8 sequences; every other escape is
//     kept with upper-case hex digits, a stray '%' becomes "%25", and spaces and control
//     characters are escaped.
// A URL without a scheme is accepted when its host has a dot ("www.linkedin.com/in/ada").
// Returns "" for an empty or blank input, a scheme other than http(s), or a host with
// characters a host name cannot have. Never throws (beyond std::bad_alloc).
std::string NormalizeProfileUrl(std::string_view url);

}  // namespace touchpoint
