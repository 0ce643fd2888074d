#include "connectors/twitter/links.h"

#include "connectors/common/json_fields.h"

namespace touchpoint::twitter {

void ExpandLinks(std::string& text, const rapidjson::Value* urls, std::string_view expanded_key) {
  if (urls == nullptr || !urls->IsArray()) return;
  for (const rapidjson::Value& url : urls->GetArray()) {
    const std::string_view short_url = StringField(url, "url");
    const std::string_view expanded = StringField(url, expanded_key);
    if (short_url.empty() || expanded.empty()) continue;
    const size_t at = text.find(short_url);
    if (at != std::string::npos) text.replace(at, short_url.size(), expanded);
  }
}

}  // namespace touchpoint::twitter
