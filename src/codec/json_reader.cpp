#include "codec/json_reader.hpp"

#include <algorithm>

namespace regie::codec {
namespace {

namespace json = boost::json;

constexpr std::size_t kMaxNameInMessage = 64;

// A field name is echoed in the error (it must be named), but never long or with control characters.
std::string safe_name(std::string_view name) {
  std::string out;
  for (char c : name.substr(0, kMaxNameInMessage)) {
    out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
  }
  if (name.size() > kMaxNameInMessage) out += "…";
  return out;
}

}  // namespace

JsonReader::JsonReader(const json::object& object, std::string path,
                       std::vector<service::InvalidParam>& errors)
    : object_(object), path_(std::move(path)), errors_(errors) {}

std::string JsonReader::field_path(std::string_view name) const {
  return path_.empty() ? safe_name(name) : path_ + "." + safe_name(name);
}

void JsonReader::fail(std::string_view name, std::string reason) {
  errors_.push_back({field_path(name), std::move(reason)});
}

bool JsonReader::has(std::string_view name) const {
  const auto* v = object_.if_contains(name);
  return v != nullptr && !v->is_null();
}

const json::value* JsonReader::take(std::string_view name, bool required) {
  known_.emplace_back(name);
  const auto* v = object_.if_contains(name);
  if (v == nullptr || v->is_null()) {
    if (required) fail(name, "Dit veld is verplicht.");
    return nullptr;
  }
  return v;
}

std::optional<bool> JsonReader::boolean(std::string_view name, bool required) {
  const json::value* v = take(name, required);
  if (v == nullptr) return std::nullopt;
  if (const auto* b = v->if_bool()) return *b;
  fail(name, "Moet true of false zijn.");
  return std::nullopt;
}

std::optional<long long> JsonReader::integer(std::string_view name, bool required, long long min,
                                             long long max) {
  const json::value* v = take(name, required);
  if (v == nullptr) return std::nullopt;
  std::optional<long long> n;
  if (const auto* i = v->if_int64()) n = *i;
  if (const auto* u = v->if_uint64())
    n = *u > static_cast<std::uint64_t>(max) ? max + 1 : static_cast<long long>(*u);
  if (!n) {
    fail(name, "Moet een geheel getal zijn.");
    return std::nullopt;
  }
  if (*n < min || *n > max) {
    fail(name, "Moet tussen " + std::to_string(min) + " en " + std::to_string(max) + " liggen.");
    return std::nullopt;
  }
  return n;
}

const json::array* JsonReader::array(std::string_view name, bool required, std::size_t max_size) {
  const json::value* v = take(name, required);
  if (v == nullptr) return nullptr;
  const auto* a = v->if_array();
  if (a == nullptr) {
    fail(name, "Moet een lijst zijn.");
    return nullptr;
  }
  if (a->size() > max_size) {
    fail(name, "Bevat meer dan " + std::to_string(max_size) + " elementen.");
    return nullptr;
  }
  return a;
}

std::optional<std::string> JsonReader::text(std::string_view name, bool required) {
  const json::value* v = take(name, required);
  if (v == nullptr) return std::nullopt;
  if (const auto* s = v->if_string()) return std::string{s->data(), s->size()};
  fail(name, "Moet een tekst zijn.");
  return std::nullopt;
}

const json::object* JsonReader::object(std::string_view name, bool required) {
  const json::value* v = take(name, required);
  if (v == nullptr) return nullptr;
  if (const auto* o = v->if_object()) return o;
  fail(name, "Moet een object zijn.");
  return nullptr;
}

void JsonReader::finish() {
  for (const auto& entry : object_) {
    const std::string_view key{entry.key().data(), entry.key().size()};
    if (std::ranges::find(known_, key) == known_.end()) {
      fail(key, "Onbekend veld; controleer de schrijfwijze.");
    }
  }
}

const json::object& require_object(const json::value& document) {
  if (const auto* o = document.if_object()) return *o;
  throw service::BadRequest("De invoer moet een JSON-object zijn ({ … }).");
}

std::string element_path(const std::string& array_path, std::size_t index) {
  return array_path + "[" + std::to_string(index) + "]";
}

}  // namespace regie::codec
