#include "service/params.h"

namespace touchpoint {
namespace {

Status WrongType(std::string_view name, std::string_view expected) {
  return Status(StatusCode::kUsage,
                "params." + std::string(name) + ": expected " + std::string(expected));
}

Status Missing(std::string_view name) {
  return Status(StatusCode::kUsage, "params." + std::string(name) + ": required");
}

}  // namespace

Status Params::CheckObject() const {
  if (params_ == nullptr || params_->IsObject()) return Status::Ok();
  return Status(StatusCode::kUsage, "params: expected an object");
}

const rapidjson::Value* Params::Find(std::string_view name) const {
  if (params_ == nullptr || !params_->IsObject()) return nullptr;
  auto member = params_->FindMember(
      rapidjson::Value(rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size()))));
  if (member == params_->MemberEnd() || member->value.IsNull()) return nullptr;
  return &member->value;
}

Result<std::optional<std::string>> Params::String(std::string_view name) const {
  const rapidjson::Value* value = Find(name);
  if (value == nullptr) return std::optional<std::string>();
  if (!value->IsString()) return Fail(WrongType(name, "a string"));
  return std::optional<std::string>(std::string(value->GetString(), value->GetStringLength()));
}

Result<std::optional<int64_t>> Params::Int(std::string_view name) const {
  const rapidjson::Value* value = Find(name);
  if (value == nullptr) return std::optional<int64_t>();
  if (!value->IsInt64()) return Fail(WrongType(name, "an integer"));
  return std::optional<int64_t>(value->GetInt64());
}

Result<std::optional<bool>> Params::Bool(std::string_view name) const {
  const rapidjson::Value* value = Find(name);
  if (value == nullptr) return std::optional<bool>();
  if (!value->IsBool()) return Fail(WrongType(name, "true or false"));
  return std::optional<bool>(value->GetBool());
}

Result<std::string> Params::RequiredString(std::string_view name) const {
  Result<std::optional<std::string>> value = String(name);
  if (!value) return Fail(value.error());
  if (!*value) return Fail(Missing(name));
  return **value;
}

Result<int64_t> Params::RequiredInt(std::string_view name) const {
  Result<std::optional<int64_t>> value = Int(name);
  if (!value) return Fail(value.error());
  if (!*value) return Fail(Missing(name));
  return **value;
}

}  // namespace touchpoint
