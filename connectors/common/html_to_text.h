#pragma once

#include <string>
#include <string_view>

namespace touchpoint {

// Reduces message content that may be HTML to readable plain text.
//
// Content counts as HTML when it holds at least one tag of a known HTML element (<p>, <br>,
// <a href=...>, <div>, <span>, ...), so "I <3 it" or "a<b" stay text. HTML is reduced as a
// browser would show it: tags removed (any tag, also unknown ones such as <o:p>), comments and
// the contents of <head>, <style> and <script> dropped, runs of white space collapsed, <br>
// and the block elements (<p>, <div>, <li>, <h1>, <tr>, ...) turned into line breaks, list
// items prefixed with "- ", and a link's target appended in parentheses when the link text
// does not already show it.
//
// Both kinds then get character references decoded (UnescapeHtml) and white space tidied:
// CRLF and CR become LF, no-break spaces become spaces, spaces at line ends are dropped, at
// most one empty line is kept in a row, and the text is trimmed. HTML lines also lose their
// leading spaces; plain text keeps its indentation (except on the first line). Any input is
// safe: the work is linear in its size.
std::string HtmlToText(std::string_view content);

}  // namespace touchpoint
