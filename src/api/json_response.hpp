#pragma once

#include <boost/json/value.hpp>
#include <string>

#include "http/message.hpp"

namespace regie::api {

http::Response json_response(int status, const boost::json::value& body);
http::Response json_response(int status, std::string serialized_body);

// True when the request declares a JSON body: application/json, optionally with parameters.
bool declares_json(const http::Request& request);

}  // namespace regie::api
