#include "connectors/common/html_text.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

TEST(HtmlTextTest, DecodesTheEntitiesTwitterWrites) {
  EXPECT_EQ(UnescapeHtml("agreed &amp; measured &lt;3 &gt; x"), "agreed & measured <3 > x");
  EXPECT_EQ(UnescapeHtml("&quot;hi&quot; &#39;x&#39; &#x1F600;"), "\"hi\" 'x' \xF0\x9F\x98\x80");
}

TEST(HtmlTextTest, LeavesOrdinaryAmpersandsAndUnknownNamesAlone) {
  EXPECT_EQ(UnescapeHtml("AT&T; R&D & more"), "AT&T; R&D & more");
  EXPECT_EQ(UnescapeHtml("&unknown; &#xZZ; &"), "&unknown; &#xZZ; &");
  EXPECT_EQ(UnescapeHtml("caf\xC3\xA9 &amp;"), "caf\xC3\xA9 &");
}

TEST(HtmlTextTest, InvalidCodePointsBecomeReplacementCharacters) {
  EXPECT_EQ(UnescapeHtml("&#0;&#xD800;&#x110000;"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace touchpoint
