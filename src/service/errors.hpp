#pragma once
// The errors a user can cause, thrown in service and api and mapped in one place (api/problem.cpp)
// to RFC 9457 problem+json. Messages are Dutch and never contain personal data.

#include <stdexcept>
#include <string>
#include <vector>

namespace regie::service {

// One field the user got wrong: `name` is the field's path in the input (e.g. "signalen[0].type").
struct InvalidParam {
  std::string name;
  std::string reason;

  friend bool operator==(const InvalidParam&, const InvalidParam&) = default;
};

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;  // what(): the Dutch detail for the user
};

class BadRequest : public Error {
 public:
  explicit BadRequest(std::string detail, std::vector<InvalidParam> invalid_params = {})
      : Error(std::move(detail)), invalid_params_(std::move(invalid_params)) {}
  const std::vector<InvalidParam>& invalid_params() const { return invalid_params_; }

 private:
  std::vector<InvalidParam> invalid_params_;
};

class NotFound : public Error {
 public:
  using Error::Error;
};

class Forbidden : public Error {
 public:
  using Error::Error;
};

class Conflict : public Error {
 public:
  using Error::Error;
};

class Unavailable : public Error {
 public:
  using Error::Error;
};

// No valid session or token (HTTP 401).
class NotAuthenticated : public Error {
 public:
  using Error::Error;
};

// Too many attempts (HTTP 429): try again after `retry_after_seconds`.
class TooManyRequests : public Error {
 public:
  TooManyRequests(std::string detail, int retry_after_seconds)
      : Error(std::move(detail)), retry_after_seconds_(retry_after_seconds) {}
  int retry_after_seconds() const { return retry_after_seconds_; }

 private:
  int retry_after_seconds_;
};

}  // namespace regie::service
