#pragma once
// Checks a JSON response against the schema the OpenAPI document gives for it: types, required fields,
// enumerations, nullability, nested objects and arrays (the subset of OpenAPI 3.0 the document uses).

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "support/http_client.hpp"

namespace regie::testing {

class SchemaControle {
 public:
  explicit SchemaControle(boost::json::object document) : doc_(std::move(document)) {}

  // What is wrong with `body` as the response `status` of `method` on `pattern`; empty when it conforms.
  // An undocumented status is a problem too.
  std::vector<std::string> controleer(const std::string& method, const std::string& pattern, int status,
                                      const boost::json::value& body) const;
  // The same for a whole response: a JSON body as above, any other body by its media type.
  std::vector<std::string> controleer(const std::string& method, const std::string& pattern, int status,
                                      const HttpResponse& antwoord) const;

 private:
  // The documented response (its $ref followed), or none when the status is not documented.
  const boost::json::value* response(const std::string& method, const std::string& pattern, int status) const;
  const boost::json::value& volg(const boost::json::value& schema) const;
  void waarde(const boost::json::value& schema, const boost::json::value& v, const std::string& pad,
              std::vector<std::string>& fouten) const;

  boost::json::object doc_;
};

}  // namespace regie::testing
