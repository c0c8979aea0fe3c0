#pragma once
// Strict reading of a JSON object into typed values. Every problem is collected (not only the first) as
// an InvalidParam naming the field's path, with a Dutch reason. Fields that were never asked for are
// reported as unknown by finish(), so a typo can never be ignored silently. A JSON null counts as
// "absent" for optional fields.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codes.hpp"
#include "service/errors.hpp"

namespace regie::codec {

class JsonReader {
 public:
  // `path` is the object's own path ("" for the document, "signalen[0]" for an element).
  JsonReader(const boost::json::object& object, std::string path, std::vector<service::InvalidParam>& errors);

  std::optional<bool> boolean(std::string_view name, bool required);
  std::optional<long long> integer(std::string_view name, bool required, long long min, long long max);
  const boost::json::array* array(std::string_view name, bool required, std::size_t max_size);
  std::optional<std::string> text(std::string_view name, bool required);
  const boost::json::object* object(std::string_view name, bool required);

  template <typename E>
  std::optional<E> code(std::string_view name, bool required) {
    const boost::json::value* v = take(name, required);
    if (v == nullptr) return std::nullopt;
    if (const auto* s = v->if_string()) {
      if (auto e = domain::from_code<E>(std::string_view{s->data(), s->size()})) return e;
      // Nothing chosen (a form's empty choice) is said in words; a wrong code only reaches a program.
      if (s->empty()) {
        fail(name, "Maak een keuze.");
      } else {
        fail(name, "Onbekende waarde; kies uit: " + domain::allowed_codes<E>() + ".");
      }
      return std::nullopt;
    }
    fail(name, "Moet een tekst zijn; kies uit: " + domain::allowed_codes<E>() + ".");
    return std::nullopt;
  }

  bool has(std::string_view name) const;  // present and not null
  std::string field_path(std::string_view name) const;
  void fail(std::string_view name, std::string reason);

  // Reports every field of the object that no accessor asked for.
  void finish();

 private:
  const boost::json::value* take(std::string_view name, bool required);

  const boost::json::object& object_;
  std::string path_;
  std::vector<service::InvalidParam>& errors_;
  std::vector<std::string> known_;
};

// The document must be an object; else a BadRequest is thrown.
const boost::json::object& require_object(const boost::json::value& document);

// "signalen[2]"
std::string element_path(const std::string& array_path, std::size_t index);

}  // namespace regie::codec
