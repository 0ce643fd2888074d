#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace touchpoint {

// Decodes HTML character references (&amp; &lt; &gt; &quot; &apos; &#39; &#x1F600; ...) into
// UTF-8. Unknown or malformed references are kept as written.
std::string UnescapeHtml(std::string_view text);

// Appends the UTF-8 encoding of `code_point` (U+FFFD for invalid ones).
void AppendUtf8(std::string& out, uint32_t code_point);

}  // namespace touchpoint
