#include "connectors/linkedin/api_snapshot.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <utility>

#include "connectors/common/archive_reader.h"
#include "connectors/common/json_fields.h"
#include "connectors/linkedin/linkedin_importer.h"

namespace touchpoint::linkedin {
namespace {

constexpr char kEntryName[] = "messages.csv";

class StringStream final : public EntryStream {
 public:
  explicit StringStream(const std::string& content) : content_(content) {}
  Result<std::string_view> Read() override {
    const std::string_view rest = std::string_view(content_).substr(position_);
    position_ = content_.size();
    return rest;
  }
  uint64_t position() const noexcept override { return position_; }

 private:
  const std::string& content_;
  size_t position_ = 0;
};

// One messages.csv held in memory, so that the archive importer can read API rows.
class MemoryArchive final : public ArchiveReader {
 public:
  explicit MemoryArchive(std::string csv)
      : ArchiveReader(kSnapshotInboxSource, {ArchiveEntry{kEntryName, csv.size()}}),
        csv_(std::move(csv)) {}

  Result<std::unique_ptr<EntryStream>> OpenEntry(const ArchiveEntry& entry) override {
    if (entry.path != kEntryName) return Fail(StatusCode::kUsage, entry.path + ": no such entry");
    return std::unique_ptr<EntryStream>(new StringStream(csv_));
  }
  Result<std::string> ContentHash() override {
    return Fail(StatusCode::kUsage, "an API snapshot has no content hash");
  }

 private:
  std::string csv_;
};

// Every field quoted, quotes doubled: values may hold commas, quotes and line breaks.
void AppendField(std::string& csv, std::string_view value) {
  csv += '"';
  for (const char c : value) {
    if (c == '"') csv += '"';
    csv += c;
  }
  csv += '"';
}

std::string ValueText(const rapidjson::Value& value) {
  if (value.IsString()) return std::string(value.GetString(), value.GetStringLength());
  if (value.IsNull()) return {};
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Marks the importer's events as coming from the API.
class SourceSink final : public EventSink {
 public:
  explicit SourceSink(EventSink& sink) : sink_(sink) {}
  Status Emit(Event event) override {
    event.source = kSnapshotInboxSource;
    return sink_.Emit(std::move(event));
  }
  void Skip(std::string_view reason) override { sink_.Skip(reason); }
  void Progress(uint64_t) override {}

 private:
  EventSink& sink_;
};

}  // namespace

void InboxSnapshot::AddElements(const rapidjson::Value& elements) {
  for (const rapidjson::Value& element : elements.GetArray()) {
    const std::string_view domain = StringField(element, "snapshotDomain");
    const rapidjson::Value* data = ArrayField(element, "snapshotData");
    if (data == nullptr || (!domain.empty() && domain != "INBOX")) {
      ++skipped_;
      continue;
    }
    for (const rapidjson::Value& row : data->GetArray()) {
      if (!row.IsObject()) {
        ++skipped_;
        continue;
      }
      std::vector<std::pair<std::string, std::string>> fields;
      for (const auto& member : row.GetObject()) {
        std::string column(member.name.GetString(), member.name.GetStringLength());
        if (std::find(columns_.begin(), columns_.end(), column) == columns_.end()) {
          columns_.push_back(column);
        }
        fields.emplace_back(std::move(column), ValueText(member.value));
      }
      rows_.push_back(std::move(fields));
    }
  }
}

Result<Identity> InboxSnapshot::Emit(const Identity* known_owner, EventSink& sink) const {
  std::string csv;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (i > 0) csv += ',';
    AppendField(csv, columns_[i]);
  }
  csv += '\n';
  for (const auto& row : rows_) {
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (i > 0) csv += ',';
      const auto field = std::find_if(row.begin(), row.end(),
                                      [&](const auto& pair) { return pair.first == columns_[i]; });
      if (field != row.end()) AppendField(csv, field->second);
    }
    csv += '\n';
  }
  MemoryArchive archive(std::move(csv));
  LinkedinImporter importer;
  if (!importer.Recognizes(archive)) {
    return Fail(StatusCode::kDataError,
                std::string(kSnapshotInboxSource) + ": rows without the messages.csv columns");
  }
  Result<ArchivePlan> plan = importer.Plan(archive, known_owner);
  if (!plan) return Fail(plan.error());
  SourceSink marked(sink);
  for (const ArchiveEntry& entry : plan->entries) {
    if (Status read = importer.ReadEntry(archive, entry, marked); !read.ok()) return Fail(read);
  }
  return plan->owner;
}

}  // namespace touchpoint::linkedin
