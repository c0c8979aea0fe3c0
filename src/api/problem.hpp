#pragma once
// RFC 9457 problem details (application/problem+json), the one place where errors become responses.

#include <exception>
#include <string_view>
#include <vector>

#include "http/message.hpp"
#include "service/errors.hpp"

namespace regie::api {

inline constexpr std::string_view kProblemContentType = "application/problem+json";
// problem+json `instance`: this prefix and the request's id (also the X-Request-Id header).
inline constexpr std::string_view kInstantieVoorvoegsel = "urn:regie:verzoek:";

// The request body is not declared as JSON (HTTP 415).
class UnsupportedMediaType : public service::Error {
 public:
  using service::Error::Error;
};

http::Response problem(int status, std::string_view detail,
                       const std::vector<service::InvalidParam>& invalid = {});

// How long a client waits before trying again when the database is not available.
inline constexpr int kRetryAfterSeconden = 5;

// 503 with Retry-After: the service is up, the database is not (or not in time).
http::Response niet_beschikbaar(std::string_view detail);

// Maps the exception being handled (inside a catch block) to a problem response. Unknown exceptions
// become a 500 without any detail of their own: their text may not be fit for a user.
http::Response problem_from_current_exception();

}  // namespace regie::api
