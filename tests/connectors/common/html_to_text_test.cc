#include "connectors/common/html_to_text.h"

#include <gtest/gtest.h>

namespace touchpoint {
namespace {

TEST(HtmlToTextTest, PlainTextKeepsItsShapeAndDecodesEntities) {
  EXPECT_EQ(HtmlToText("Thanks &amp; see you at 5 &lt;3"), "Thanks & see you at 5 <3");
  EXPECT_EQ(HtmlToText("line one\r\nline two\rline three"), "line one\nline two\nline three");
  EXPECT_EQ(HtmlToText("  hi  \n\n\n\n    indented   \n\n"), "hi\n\n    indented");
  EXPECT_EQ(HtmlToText("a\xC2\xA0"
                       "b&nbsp;c"),
            "a b c");
  EXPECT_EQ(HtmlToText(""), "");
  EXPECT_EQ(HtmlToText(" \r\n\t "), "");
}

TEST(HtmlToTextTest, AngleBracketsThatAreNoTagsStayText) {
  EXPECT_EQ(HtmlToText("I <3 it, a<b and b>c"), "I <3 it, a<b and b>c");
  EXPECT_EQ(HtmlToText("use <your-name> here"), "use <your-name> here");
}

TEST(HtmlToTextTest, SponsoredSpinmailBecomesLines) {
  const std::string html =
      "<p class=\"spinmail-quill-editor__spin-break\">Hi %FIRSTNAME%,</p>"
      "<p class=\"spinmail-quill-editor__spin-break\"><br></p>"
      "<p class=\"spinmail-quill-editor__spin-break\">Our   <strong>new</strong>\n"
      "course &amp; more:</p><p>Reply <em>today</em>!</p>";
  EXPECT_EQ(HtmlToText(html), "Hi %FIRSTNAME%,\n\nOur new course & more:\nReply today!");
}

TEST(HtmlToTextTest, BreaksListsAndLinks) {
  EXPECT_EQ(HtmlToText("one<br>two<BR/>three<br />four"), "one\ntwo\nthree\nfour");
  EXPECT_EQ(HtmlToText("<div>Agenda:<ul><li>intro</li><li>demo</li></ul></div>"),
            "Agenda:\n- intro\n- demo");
  EXPECT_EQ(HtmlToText("See <a href=\"https://example.com/x?a=1&amp;b=2\">the docs</a>."),
            "See the docs (https://example.com/x?a=1&b=2).");
  EXPECT_EQ(HtmlToText("<a href='https://example.com'>https://example.com</a>"),
            "https://example.com");
  EXPECT_EQ(HtmlToText("<a href=\"#top\">top</a> <span>x</span>"), "top x");
}

TEST(HtmlToTextTest, DropsCommentsStylesScriptsAndUnknownTags) {
  EXPECT_EQ(HtmlToText("<!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style>"
                       "</head><body><!-- note --><p>Hello<o:p></o:p></p>"
                       "<script>alert(1)</script></body></html>"),
            "Hello");
  EXPECT_EQ(HtmlToText("<p>&lt;p&gt; is a tag</p>"), "<p> is a tag");
}

TEST(HtmlToTextTest, BrokenMarkupIsSafe) {
  EXPECT_EQ(HtmlToText("<p>open <a href=\"x"), "open <a href=\"x");
  EXPECT_EQ(HtmlToText("<b>bold</b> <style>never closed"), "bold");
  EXPECT_EQ(HtmlToText("<p>x</p><!-- unterminated"), "x");
  std::string hostile = "<p>";
  for (int i = 0; i < 20000; ++i) hostile += "<a x=\"";
  EXPECT_FALSE(HtmlToText(hostile).empty());
}

}  // namespace
}  // namespace touchpoint
