#include "connectors/common/html_to_text.h"

#include <algorithm>
#include <array>
#include <optional>

#include "connectors/common/html_text.h"

namespace touchpoint {
namespace {

// A tag longer than this is taken for text, which keeps the scan linear on hostile input.
constexpr size_t kMaxTagBytes = 4096;

constexpr std::array<std::string_view, 68> kKnownElements = {
    "a",      "abbr",    "address", "article", "aside",  "b",       "big",   "blockquote", "body",
    "br",     "caption", "center",  "cite",    "code",   "col",     "dd",    "del",        "div",
    "dl",     "dt",      "em",      "figure",  "font",   "footer",  "h1",    "h2",         "h3",
    "h4",     "h5",      "h6",      "head",    "header", "hr",      "html",  "i",          "img",
    "ins",    "kbd",     "li",      "link",    "main",   "mark",    "meta",  "nav",        "ol",
    "p",      "pre",     "q",       "s",       "script", "section", "small", "span",       "strike",
    "strong", "style",   "sub",     "sup",     "table",  "tbody",   "td",    "tfoot",      "th",
    "thead",  "title",   "tr",      "u",       "ul",
};

constexpr std::array<std::string_view, 32> kBlockElements = {
    "address", "article", "aside", "blockquote", "body",   "caption", "center", "dd",
    "div",     "dl",      "dt",    "figure",     "footer", "h1",      "h2",     "h3",
    "h4",      "h5",      "h6",    "header",     "hr",     "li",      "main",   "nav",
    "ol",      "p",       "pre",   "section",    "table",  "title",   "tr",     "ul",
};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Tag {
  std::string name;  // lower-cased
  bool closing = false;
  bool bare_attributes = false;  // an attribute without a value, as in "a<b and c>d"
  std::string href;              // of an opening <a>, raw (references not yet decoded)
  size_t end = 0;                // just past the '>'
};

// Parses tags, with a budget for the bytes that failed parses look at: text such as
// `<a x="<a x="...` would otherwise cost kMaxTagBytes for every '<'. Once the budget is
// spent, a '<' that is not a tag within a few bytes is text.
class TagParser {
 public:
  explicit TagParser(std::string_view text) : text_(text) {}

  // The tag that starts with the '<' at `pos`, or nullopt when the text there is no tag.
  std::optional<Tag> Parse(size_t pos) {
    if (NextGreaterThan(pos) == std::string_view::npos) return std::nullopt;
    size_t scanned = 0;
    std::optional<Tag> tag =
        Parse(pos, std::min(text_.size(), pos + std::min(kMaxTagBytes, budget_)), scanned);
    if (!tag) budget_ -= std::min(budget_, scanned);
    return tag;
  }

  // Where the markup at `pos` (a comment, <!DOCTYPE ...> or <?...?>) ends, or npos if it is
  // no such markup. An unterminated comment runs to the end.
  size_t SkipDeclaration(size_t pos) {
    const std::string_view rest = text_.substr(pos);
    if (rest.starts_with("<!--")) {
      const size_t end = text_.find("-->", pos + 4);
      return end == std::string_view::npos ? text_.size() : end + 3;
    }
    if (!rest.starts_with("<!") && !rest.starts_with("<?")) return std::string_view::npos;
    const size_t end = NextGreaterThan(pos);
    return end == std::string_view::npos || end - pos > kMaxTagBytes ? std::string_view::npos
                                                                     : end + 1;
  }

 private:
  static constexpr size_t kMinBudget = 64;

  std::optional<Tag> Parse(size_t pos, size_t limit, size_t& scanned) const;

  // The first '>' at or after `pos`. Callers ask for rising positions, so the answer is
  // remembered until `pos` passes it: the text is searched once.
  size_t NextGreaterThan(size_t pos) {
    if (pos < searched_from_ || (greater_than_ != std::string_view::npos && greater_than_ < pos)) {
      greater_than_ = text_.find('>', pos);
      searched_from_ = pos;
    }
    return greater_than_;
  }

  std::string_view text_;
  size_t budget_ = (1 << 20) + kMinBudget;
  size_t searched_from_ = std::string_view::npos;
  size_t greater_than_ = 0;
};

std::optional<Tag> TagParser::Parse(size_t pos, size_t limit, size_t& scanned) const {
  const std::string_view text = text_;
  size_t i = pos + 1;
  limit = std::max(limit, std::min(text.size(), pos + kMinBudget));
  Tag tag;
  if (i < limit && text[i] == '/') {
    tag.closing = true;
    ++i;
  }
  if (i >= limit || !IsAsciiAlpha(text[i])) return std::nullopt;
  while (i < limit && (IsAsciiAlpha(text[i]) || (text[i] >= '0' && text[i] <= '9') ||
                       text[i] == ':' || text[i] == '-')) {
    tag.name += AsciiLower(text[i++]);
  }
  if (i < limit && !IsHtmlSpace(text[i]) && text[i] != '/' && text[i] != '>') {
    scanned = i - pos;
    return std::nullopt;
  }
  while (i < limit) {
    const char c = text[i];
    if (c == '>') {
      tag.end = i + 1;
      return tag;
    }
    if (IsHtmlSpace(c) || c == '/') {
      ++i;
      continue;
    }
    std::string attribute;
    while (i < limit && !IsHtmlSpace(text[i]) && text[i] != '=' && text[i] != '>' &&
           text[i] != '/') {
      attribute += AsciiLower(text[i++]);
    }
    while (i < limit && IsHtmlSpace(text[i])) ++i;
    if (i >= limit || text[i] != '=') {
      tag.bare_attributes = true;
      continue;
    }
    ++i;
    while (i < limit && IsHtmlSpace(text[i])) ++i;
    size_t value_start = i, value_end;
    if (i < limit && (text[i] == '"' || text[i] == '\'')) {
      const char quote = text[i];
      value_start = ++i;
      while (i < limit && text[i] != quote) ++i;
      if (i >= limit) break;
      value_end = i++;
    } else {
      while (i < limit && !IsHtmlSpace(text[i]) && text[i] != '>') ++i;
      value_end = i;
    }
    if (attribute == "href" && tag.name == "a" && !tag.closing) {
      tag.href = std::string(text.substr(value_start, value_end - value_start));
    }
  }
  scanned = i - pos;
  return std::nullopt;
}

// HTML when a tag of a known element, with a value for every attribute, appears.
bool HasKnownTag(std::string_view text) {
  TagParser parser(text);
  for (size_t pos = text.find('<'); pos != std::string_view::npos; pos = text.find('<', pos + 1)) {
    const std::optional<Tag> tag = parser.Parse(pos);
    if (tag && !tag->bare_attributes && Contains(kKnownElements, tag->name)) return true;
  }
  return false;
}

// Where the element whose contents are dropped (<style>, ...) closes: just past its end tag.
size_t SkipContents(TagParser& parser, std::string_view text, size_t pos, std::string_view name) {
  for (size_t at = text.find("</", pos); at != std::string_view::npos;
       at = text.find("</", at + 2)) {
    const std::optional<Tag> tag = parser.Parse(at);
    if (tag && tag->name == name) return tag->end;
  }
  return text.size();
}

// The HTML's text with tags resolved; character references are still encoded.
std::string RenderHtml(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  TagParser parser(html);
  bool pending_space = false;
  size_t link_text_start = 0;
  std::string href;
  const auto line_break = [&out, &pending_space] {
    if (!out.empty() && out.back() != '\n') out += '\n';
    pending_space = false;
  };
  size_t pos = 0;
  while (pos < html.size()) {
    const char c = html[pos];
    if (IsHtmlSpace(c)) {
      pending_space = true;
      ++pos;
      continue;
    }
    if (c == '<') {
      if (const size_t end = parser.SkipDeclaration(pos); end != std::string_view::npos) {
        pos = end;
        continue;
      }
      if (std::optional<Tag> tag = parser.Parse(pos)) {
        pos = tag->end;
        if (tag->name == "br") {
          out += '\n';
          pending_space = false;
        } else if (!tag->closing &&
                   (tag->name == "style" || tag->name == "script" || tag->name == "head")) {
          pos = SkipContents(parser, html, pos, tag->name);
        } else if (Contains(kBlockElements, tag->name)) {
          line_break();
          if (tag->name == "li" && !tag->closing) out += "- ";
        } else if (tag->name == "td" || tag->name == "th") {
          pending_space = true;
        } else if (tag->name == "a" && !tag->closing) {
          href = std::move(tag->href);
          link_text_start = out.size();
        } else if (tag->name == "a" && !href.empty()) {
          const bool web = href.starts_with("http://") || href.starts_with("https://") ||
                           href.starts_with("mailto:");
          if (web && out.find(href, link_text_start) == std::string::npos) {
            out += " (" + href + ")";
          }
          href.clear();
        }
        continue;
      }
    }
    if (pending_space && !out.empty() && out.back() != '\n') out += ' ';
    pending_space = false;
    out += c;
    ++pos;
  }
  return out;
}

// Line ends to LF, no-break spaces to spaces, trailing (and for HTML leading and repeated)
// spaces removed, at most one empty line in a row, no blank lines at either end.
std::string Tidy(std::string_view text, bool collapse_spaces) {
  std::string out;
  out.reserve(text.size());
  std::string line;
  bool blank_before = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = text.size();
    line.clear();
    for (size_t i = pos; i < end; ++i) {
      char c = text[i];
      if (c == '\xC2' && i + 1 < end && text[i + 1] == '\xA0') {
        c = ' ';
        ++i;
      }
      const bool space = c == ' ' || c == '\t';
      if (space && collapse_spaces && (line.empty() || line.back() == ' ')) continue;
      line += collapse_spaces && space ? ' ' : c;
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (line.empty()) {
      blank_before = !out.empty();
    } else {
      if (!out.empty()) out += blank_before ? "\n\n" : "\n";
      if (out.empty()) {
        const size_t first = line.find_first_not_of(" \t");
        out.append(line, first);
      } else {
        out += line;
      }
      blank_before = false;
    }
    pos = end + (end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
  }
  return out;
}

}  // namespace

std::string HtmlToText(std::string_view content) {
  if (HasKnownTag(content)) return Tidy(UnescapeHtml(RenderHtml(content)), true);
  return Tidy(UnescapeHtml(content), false);
}

}  // namespace touchpoint
