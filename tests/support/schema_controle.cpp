#include "support/schema_controle.hpp"

#include "support/openapi_paden.hpp"

#include <algorithm>
#include <cctype>

namespace regie::testing {

namespace json = boost::json;

const json::value& SchemaControle::volg(const json::value& schema) const {
  const auto* ref = schema.as_object().if_contains("$ref");
  if (ref == nullptr) return schema;
  const std::string pad{ref->as_string()};
  const auto laatste = pad.rfind('/');
  const auto soort =
      pad.substr(std::string{"#/components/"}.size(), laatste - std::string{"#/components/"}.size());
  return volg(doc_.at("components").at(soort).at(pad.substr(laatste + 1)));
}

void SchemaControle::waarde(const json::value& schema_in, const json::value& v, const std::string& pad,
                            std::vector<std::string>& fouten) const {
  const auto& schema = volg(schema_in).as_object();
  const auto* nullable = schema.if_contains("nullable");
  if (v.is_null()) {
    if (!nullable || !nullable->as_bool()) fouten.push_back(pad + ": null zonder nullable");
    return;
  }
  if (const auto* alle = schema.if_contains("allOf")) {
    // One object from all parts (how the document composes a plan version and a plan), or a reference
    // made nullable.
    json::object samen{{"type", "object"}, {"properties", json::object{}}, {"required", json::array{}}};
    for (const auto& deel_ref : alle->as_array()) {
      const auto& deel = volg(deel_ref).as_object();
      if (deel.at("type") != "object") return waarde(deel_ref, v, pad, fouten);
      for (const auto& [k, w] : deel.at("properties").as_object()) samen["properties"].as_object()[k] = w;
      if (const auto* r = deel.if_contains("required")) {
        for (const auto& n : r->as_array()) samen["required"].as_array().push_back(n);
      }
    }
    return waarde(samen, v, pad, fouten);
  }
  const auto* type = schema.if_contains("type");
  if (type == nullptr) return;
  const std::string t{type->as_string()};
  if (t == "string") {
    if (!v.is_string()) return fouten.push_back(pad + ": geen tekst");
    if (const auto* e = schema.if_contains("enum")) {
      if (std::ranges::find(e->as_array(), v) == e->as_array().end())
        fouten.push_back(pad + ": " + std::string{v.as_string()} + " staat niet in de enum");
    }
  } else if (t == "integer") {
    if (!v.is_int64() && !v.is_uint64()) fouten.push_back(pad + ": geen geheel getal");
  } else if (t == "boolean") {
    if (!v.is_bool()) fouten.push_back(pad + ": geen boolean");
  } else if (t == "array") {
    if (!v.is_array()) return fouten.push_back(pad + ": geen lijst");
    for (std::size_t i = 0; i < v.as_array().size(); ++i)
      waarde(schema.at("items"), v.as_array()[i], pad + "[" + std::to_string(i) + "]", fouten);
  } else if (t == "object") {
    if (!v.is_object()) return fouten.push_back(pad + ": geen object");
    const auto& o = v.as_object();
    if (const auto* verplicht = schema.if_contains("required")) {
      for (const auto& naam : verplicht->as_array()) {
        if (!o.contains(naam.as_string()))
          fouten.push_back(pad + "." + std::string{naam.as_string()} + " ontbreekt");
      }
    }
    const auto* props = schema.if_contains("properties");
    if (props == nullptr) return;  // a free-form object
    for (const auto& [naam, w] : o) {
      const auto* p = props->as_object().if_contains(naam);
      if (p == nullptr) {
        fouten.push_back(pad + "." + std::string{naam} + " is niet beschreven");
        continue;
      }
      waarde(*p, w, pad + "." + std::string{naam}, fouten);
    }
  }
}

const json::value* SchemaControle::response(const std::string& method, const std::string& pattern,
                                            int status) const {
  std::string m = method;
  std::ranges::transform(m, m.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto* r = doc_.at("paths")
                      .at(pad_van_route(doc_, pattern))
                      .at(m)
                      .at("responses")
                      .as_object()
                      .if_contains(std::to_string(status));
  return r == nullptr ? nullptr : &volg(*r);
}

std::vector<std::string> SchemaControle::controleer(const std::string& method, const std::string& pattern,
                                                    int status, const json::value& body) const {
  const auto* response = this->response(method, pattern, status);
  if (response == nullptr) return {"status " + std::to_string(status) + " is niet beschreven"};
  const auto* content = response->as_object().if_contains("content");
  if (content == nullptr) {
    if (!body.is_null()) return {"een body die niet is beschreven"};
    return {};
  }
  const auto& media = content->as_object();
  const auto* schema = media.contains("application/json")
                           ? media.at("application/json").as_object().if_contains("schema")
                           : media.at("application/problem+json").as_object().if_contains("schema");
  std::vector<std::string> fouten;
  if (schema != nullptr) waarde(*schema, body, "$", fouten);
  return fouten;
}

std::vector<std::string> SchemaControle::controleer(const std::string& method, const std::string& pattern,
                                                    int status, const HttpResponse& antwoord) const {
  const auto type = antwoord.header("content-type");
  if (antwoord.body.empty() || type.find("json") != std::string::npos)
    return controleer(method, pattern, status,
                      antwoord.body.empty() ? json::value{} : json::parse(antwoord.body));
  const auto* response = this->response(method, pattern, status);
  if (response == nullptr) return {"status " + std::to_string(status) + " is niet beschreven"};
  const auto* content = response->as_object().if_contains("content");
  const auto media = type.substr(0, type.find(';'));
  if (content == nullptr || !content->as_object().contains(media))
    return {"media type " + media + " is niet beschreven"};
  return {};
}

}  // namespace regie::testing
