#pragma once

#include <string>
#include <string_view>

#include "service/json_writer.h"

namespace touchpoint::cli {

// Builds a method's params object: ParamsBuilder().Add("id", 7).Text() is {"id":7}. Empty
// strings are left out, so optional flags the user did not give stay absent.
class ParamsBuilder {
 public:
  ParamsBuilder() : writer_(buffer_) { writer_.StartObject(); }

  ParamsBuilder& Add(std::string_view key, std::string_view value) {
    if (!value.empty()) WriteMember(writer_, key, value);
    return *this;
  }
  ParamsBuilder& Add(std::string_view key, int64_t value) {
    WriteMember(writer_, key, value);
    return *this;
  }

  std::string Text() {
    writer_.EndObject();
    return ToString(buffer_);
  }

 private:
  rapidjson::StringBuffer buffer_;
  JsonWriter writer_;
};

}  // namespace touchpoint::cli
