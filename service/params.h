#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "core/status.h"

namespace touchpoint {

// Typed access to a method's params object. A missing member is nullopt; a member of the
// wrong type is kUsage naming it ("params.id: expected an integer"). Holds a pointer: the
// value must outlive it.
class Params {
 public:
  // `params` may be null (no params given) or an object.
  explicit Params(const rapidjson::Value* params) : params_(params) {}

  // kUsage when params were given but are not an object.
  Status CheckObject() const;

  Result<std::optional<std::string>> String(std::string_view name) const;
  Result<std::optional<int64_t>> Int(std::string_view name) const;
  Result<std::optional<bool>> Bool(std::string_view name) const;

  // Like String() and Int(), but a missing member is kUsage too.
  Result<std::string> RequiredString(std::string_view name) const;
  Result<int64_t> RequiredInt(std::string_view name) const;

 private:
  const rapidjson::Value* Find(std::string_view name) const;

  const rapidjson::Value* params_;
};

}  // namespace touchpoint
