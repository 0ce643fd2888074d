#pragma once

#include <string>
#include <string_view>

namespace touchpoint {

// Undoes the encoding bug of Facebook's "Download Your Information" JSON (formats.md 2.3):
// every UTF-8 byte of the original text was written as its own \u00XX escape, so after JSON
// decoding "café" reads "cafÃ©" and an emoji reads as four Latin-1 characters.
//
// `text` is the string as the JSON parser decoded it (UTF-8). When every code point in it is
// at most U+00FF, those code points are taken as bytes; if the bytes are valid UTF-8 (no
// overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence) they are the
// result. Otherwise `text` was not mojibake and is returned unchanged: correct text with a
// character above U+00FF (CJK, emoji, "€"), or Latin-1-looking text whose bytes do not form
// UTF-8 ("café" written correctly, "Ã" on its own), is never altered. Pure ASCII comes back
// as it is.
//
// The one ambiguity is inherent: correct text that happens to be valid UTF-8 when read as
// bytes ("Ã©" typed on purpose) is turned into "é". Facebook files never hold such text,
// because they encode every string, so one repair is always the right one for them.
//
// The result is always valid UTF-8: if `text` itself is not (raw bytes in a hand-edited
// file), each byte that does not start a valid sequence becomes U+FFFD.
std::string RepairMojibake(std::string_view text);

// True when `text` is well-formed UTF-8 (RFC 3629: shortest forms only, no surrogates,
// nothing above U+10FFFF).
bool IsValidUtf8(std::string_view text) noexcept;

}  // namespace touchpoint
