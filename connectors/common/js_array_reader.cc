#include "connectors/common/js_array_reader.h"

#include <algorithm>

#include <rapidjson/error/en.h>

namespace touchpoint {
namespace {

constexpr size_t kMaxAssignmentBytes = 1024;  // "window.YTD.<name>.partN = " is far shorter
constexpr size_t kPoolChunkBytes = 64 * 1024;
constexpr unsigned kParseFlags =
    rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseNumbersAsStringsFlag;

std::string_view Trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

JsArrayReader::JsArrayReader(EntryStream& stream, std::string entry_path, ProgressFn progress)
    : input_(std::make_unique<EntryJsonInput>(stream, std::move(progress))),
      entry_path_(std::move(entry_path)),
      pool_(kPoolChunkBytes) {}

JsArrayReader::~JsArrayReader() = default;

Status JsArrayReader::Error(std::string_view what) const {
  return input_->ErrorAt(entry_path_, what);
}

Status JsArrayReader::ErrorAtItem(std::string_view what) const {
  return Error("item " + std::to_string(items_ + 1) + ": " + std::string(what));
}

Status JsArrayReader::Open(const NameCheck& check, std::string_view expected) {
  std::string assignment;
  for (char c = input_->Take(); c != '='; c = input_->Take()) {
    if (c == '\0' || c == '\n' || assignment.size() > kMaxAssignmentBytes) {
      if (!input_->read_error().ok()) return input_->read_error();
      return Status(StatusCode::kDataError,
                    entry_path_ + ": line 1: expected '" + std::string(expected) +
                        " = [' (a JavaScript assignment of a JSON array)");
    }
    assignment += c;
  }
  variable_ = std::string(Trim(assignment));
  if (!check(variable_)) {
    return Status(StatusCode::kDataError, entry_path_ + ": line 1: unexpected variable '" +
                                              variable_ + "', expected '" +
                                              std::string(expected) + "'");
  }
  input_->SkipWhitespace();
  if (input_->Peek() != '[') return Error("expected '[' after '='");
  input_->Take();
  return Status::Ok();
}

Result<const rapidjson::Value*> JsArrayReader::Next() {
  if (done_) return nullptr;
  input_->SkipWhitespace();
  if (items_ > 0) {
    if (input_->Peek() == ',') {
      input_->Take();
      input_->SkipWhitespace();
    } else if (input_->Peek() != ']') {
      return Fail(ErrorAtItem("expected ',' or ']' after the previous item"));
    }
  }
  if (input_->Peek() == ']') {
    input_->Take();
    input_->SkipWhitespace();
    if (input_->Peek() == ';') input_->Take();
    input_->SkipWhitespace();
    if (!input_->AtEnd()) return Fail(Error("unexpected content after the closing ']'"));
    if (!input_->read_error().ok()) return Fail(input_->read_error());
    done_ = true;
    return nullptr;
  }
  // A fresh document per item on a pool that is emptied each time keeps memory flat.
  document_.reset();
  pool_.Clear();
  document_.emplace(&pool_);
  document_->ParseStream<kParseFlags>(*input_);
  if (document_->HasParseError()) {
    return Fail(ErrorAtItem(rapidjson::GetParseError_En(document_->GetParseError())));
  }
  ++items_;
  return static_cast<const rapidjson::Value*>(&*document_);
}

}  // namespace touchpoint
