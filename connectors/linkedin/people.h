#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"

// People as LinkedIn files name them: display names, profile URLs, and lists of both.
namespace touchpoint::linkedin {

// The normalized profile URLs of a RECIPIENT PROFILE URLS field. Exports join them with ','
// and, by one account, with ';': both separate. Empty and unusable URLs are dropped.
std::vector<std::string> SplitProfileUrls(std::string_view field);

// The display names of a TO field, which joins them with ", " although names can contain ", "
// themselves ("Jane Doe, PhD"). `expected` is how many people the row names by URL (0 when
// the file has no URL column). Parts that look like a name suffix (no space, and two capitals
// or a final '.': "PhD", "MBA", "Jr.") are joined to the name before them until the count
// matches; with one expected person the whole field is one name. Returns an empty list when
// the names cannot be matched to `expected` people.
std::vector<std::string> SplitNames(std::string_view to, size_t expected);

// "First Last" from the two columns most files split a name into; either may be empty.
std::string FullName(std::string_view first, std::string_view last);

// At most this many recipients of a row are kept: LinkedIn conversations have far fewer
// people, and a broken row must not turn into thousands of identities.
inline constexpr size_t kMaxRecipients = 256;

// The people a message row is addressed to: names paired with URLs in order when both lists
// agree (an empty position in the URL list, "a,,b", is a person known by name only), URLs
// alone when they cannot be paired, names alone when the file has no URLs.
std::vector<Identity> Recipients(std::string_view to, std::string_view urls);

}  // namespace touchpoint::linkedin
