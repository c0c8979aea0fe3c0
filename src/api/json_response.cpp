#include "api/json_response.hpp"

#include <boost/json/serialize.hpp>
#include <cctype>

namespace regie::api {

http::Response json_response(int status, std::string serialized_body) {
  http::Response response;
  response.status = status;
  response.set_header("content-type", "application/json");
  response.body = std::move(serialized_body);
  return response;
}

http::Response json_response(int status, const boost::json::value& body) {
  return json_response(status, boost::json::serialize(body));
}

bool declares_json(const http::Request& request) {
  const auto content_type = request.header("content-type");
  if (!content_type) return false;
  std::string media_type;
  for (char c : content_type->substr(0, content_type->find(';'))) {
    if (c != ' ' && c != '\t') media_type += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return media_type == "application/json";
}

}  // namespace regie::api
