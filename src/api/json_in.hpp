#pragma once
// Reading request bodies into service input: the strict JsonReader of codec, plus the product's own value
// types (dates, versions, ids). Every problem names its field; all are collected before anything is done.

#include <boost/json.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "codec/json_reader.hpp"
#include "domain/tijd.hpp"

namespace regie::api {

namespace json = boost::json;

class Lezer {
 public:
  // Owns the body it reads (a request's body is a temporary).
  explicit Lezer(json::object body) : eigen_(std::move(body)), lezer_(eigen_, "", fouten_) {}

  codec::JsonReader& r() { return lezer_; }
  std::optional<std::string> tekst(std::string_view naam, bool verplicht);
  std::string tekst_of_leeg(std::string_view naam);  // optional text, "" when absent
  std::optional<domain::Datum> datum(std::string_view naam, bool verplicht);
  std::optional<int> versie(std::string_view naam = "versie");  // required, ≥ 1
  std::optional<bool> boolean(std::string_view naam, bool verplicht) {
    return lezer_.boolean(naam, verplicht);
  }
  template <typename E>
  std::optional<E> code(std::string_view naam, bool verplicht) {
    return lezer_.code<E>(naam, verplicht);
  }
  // Each element of an array of objects, read with its own Lezer (path "naam[i]").
  void lijst(std::string_view naam, bool verplicht, std::size_t max,
             const std::function<void(Lezer&)>& element);
  std::vector<std::string> teksten(std::string_view naam, bool verplicht, std::size_t max);
  // A nested object, read with its own Lezer (path "naam"); false when absent.
  bool object(std::string_view naam, bool verplicht, const std::function<void(Lezer&)>& lees);

  // Throws BadRequest with every problem, also those of nested Lezers.
  void afronden(std::string_view onderwerp);

 private:
  // A nested object: part of the parent's body, which outlives this reader.
  Lezer(const json::object& deel, std::string pad, std::vector<service::InvalidParam>& gedeeld)
      : gedeeld_(&gedeeld), lezer_(deel, std::move(pad), gedeeld) {}
  std::vector<service::InvalidParam>& fouten() { return gedeeld_ ? *gedeeld_ : fouten_; }

  json::object eigen_;
  std::vector<service::InvalidParam> fouten_;
  std::vector<service::InvalidParam>* gedeeld_ = nullptr;
  codec::JsonReader lezer_;
};

}  // namespace regie::api
