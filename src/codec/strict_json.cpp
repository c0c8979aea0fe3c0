#include "codec/strict_json.hpp"

#include <algorithm>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>
#include <string>
#include <vector>

#include "service/errors.hpp"

namespace regie::codec {
namespace {

namespace json = boost::json;
using json::error_code;
using json::string_view;

class StrictHandler {
 public:
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  json::value_stack stack;
  std::string duplicate_path;  // set when a repeated key stopped the parse

  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }

  bool on_object_begin(error_code&) {
    frames_.push_back({false, 0, {}, {}});
    return true;
  }
  bool on_object_end(std::size_t n, error_code&) {
    frames_.pop_back();
    stack.push_object(n);
    return value_done();
  }
  bool on_array_begin(error_code&) {
    frames_.push_back({true, 0, {}, {}});
    return true;
  }
  bool on_array_end(std::size_t n, error_code&) {
    frames_.pop_back();
    stack.push_array(n);
    return value_done();
  }

  bool on_key_part(string_view s, std::size_t, error_code&) {
    stack.push_chars(s);
    key_.append(s.data(), s.size());
    return true;
  }
  bool on_key(string_view s, std::size_t, error_code& ec) {
    key_.append(s.data(), s.size());
    Frame& frame = frames_.back();
    if (std::ranges::find(frame.keys, key_) != frame.keys.end()) {
      frame.current_key = key_;
      duplicate_path = path();
      ec = json::error::syntax;
      return false;
    }
    frame.keys.push_back(key_);
    frame.current_key = std::move(key_);
    key_.clear();
    stack.push_key(s);
    return true;
  }

  bool on_string_part(string_view s, std::size_t, error_code&) {
    stack.push_chars(s);
    return true;
  }
  bool on_string(string_view s, std::size_t, error_code&) {
    stack.push_string(s);
    return value_done();
  }
  bool on_number_part(string_view, error_code&) { return true; }
  bool on_int64(std::int64_t i, string_view, error_code&) {
    stack.push_int64(i);
    return value_done();
  }
  bool on_uint64(std::uint64_t u, string_view, error_code&) {
    stack.push_uint64(u);
    return value_done();
  }
  bool on_double(double d, string_view, error_code&) {
    stack.push_double(d);
    return value_done();
  }
  bool on_bool(bool b, error_code&) {
    stack.push_bool(b);
    return value_done();
  }
  bool on_null(error_code&) {
    stack.push_null();
    return value_done();
  }
  bool on_comment_part(string_view, error_code&) { return true; }
  bool on_comment(string_view, error_code&) { return true; }

 private:
  struct Frame {
    bool is_array;
    std::size_t index;  // arrays: the element being parsed
    std::string current_key;
    std::vector<std::string> keys;  // objects: keys seen so far
  };

  bool value_done() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
    return true;
  }

  std::string path() const {
    std::string out;
    for (const auto& frame : frames_) {
      if (frame.is_array) {
        out += "[" + std::to_string(frame.index) + "]";
      } else {
        if (!out.empty()) out += '.';
        out += frame.current_key;
      }
    }
    return out;
  }

  std::vector<Frame> frames_;
  std::string key_;
};

std::string position(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const auto before = text.substr(0, offset);
  const auto line = 1 + std::ranges::count(before, '\n');
  const auto last_newline = before.rfind('\n');
  const auto column = offset - (last_newline == std::string_view::npos ? 0 : last_newline + 1) + 1;
  return "regel " + std::to_string(line) + ", kolom " + std::to_string(column);
}

}  // namespace

json::value parse_strict_json(std::string_view text) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw service::BadRequest("De invoer is leeg: verwacht een JSON-object.");
  }
  json::basic_parser<StrictHandler> parser{json::parse_options{}};
  parser.handler().stack.reset();
  error_code ec;
  const std::size_t consumed = parser.write_some(false, text.data(), text.size(), ec);
  if (!parser.handler().duplicate_path.empty()) {
    throw service::BadRequest(
        "Een veld komt meer dan één keer voor in de invoer.",
        {{parser.handler().duplicate_path, "Dit veld komt dubbel voor; geef het één keer op."}});
  }
  if (ec || consumed != text.size()) {
    throw service::BadRequest("De invoer is geen geldige JSON (fout bij " + position(text, consumed) + ").");
  }
  return parser.handler().stack.release();
}

}  // namespace regie::codec
