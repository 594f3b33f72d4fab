// Conversions (to_code, parse_code) and the ostream operators.
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/ostream.hpp>

#include <catch2/catch.hpp>

#include <optional>
#include <sstream>
#include <string>

namespace hs = httpstatus;
using hs::code;

// usable at compile time
static_assert(hs::to_code(404) == code::not_found);
static_assert(!hs::to_code(600).has_value());
static_assert(hs::parse_code("404 Not Found") == code::not_found);
static_assert(hs::parse_code("payload_too_large") == code::content_too_large);

TEST_CASE("to_code: every three-digit status code, registered or not; nothing else") {
  CHECK(hs::to_code(200) == code::ok);
  CHECK(hs::to_code(299) == code{299});  // unregistered, still a status code (RFC 9110 §15)
  CHECK(hs::to_code(100) == code::continue_);
  CHECK(hs::to_code(599) == code{599});
  for (int bad : {-1, 0, 99, 600, 1000, 2147483647}) {
    CAPTURE(bad);
    CHECK_FALSE(hs::to_code(bad).has_value());
  }
}

TEST_CASE("parse_code: a number, a number and its phrase, a phrase, an enumerator's name") {
  CHECK(hs::parse_code("404") == code::not_found);
  CHECK(hs::parse_code(" 404 ") == code::not_found);
  CHECK(hs::parse_code("299") == code{299});
  CHECK(hs::parse_code("404 Not Found") == code::not_found);
  CHECK(hs::parse_code("404 not found") == code::not_found);  // phrases ignore case
  // either edition's phrase
  CHECK(hs::parse_code("413 Request Entity Too Large") == code::content_too_large);
  CHECK(hs::parse_code("413 Content Too Large") == code::content_too_large);
  CHECK(hs::parse_code("Content Too Large") == code::content_too_large);
  CHECK(hs::parse_code("Request Entity Too Large") == code::content_too_large);
  CHECK(hs::parse_code("Not Found") == code::not_found);
  // names and aliases
  CHECK(hs::parse_code("not_found") == code::not_found);
  CHECK(hs::parse_code("request_entity_too_large") == code::content_too_large);
  CHECK(hs::parse_code("unprocessable_entity") == code{422});
  CHECK(hs::parse_code("continue_") == code::continue_);
}

TEST_CASE("parse_code: what names no code, or two, is empty, never a guess") {
  for (const char* bad : {"", "   ", "40", "4044", "600", "099", "404 OK", "299 Whatever",
                          "Not Founds", "NOT_FOUND", "(Unused)", "404x", "x404", "200 OK OK"}) {
    CAPTURE(bad);
    CHECK_FALSE(hs::parse_code(bad).has_value());
  }
}

TEST_CASE("every registered code round-trips through its number, phrase and name") {
  for (const hs::status_info& row : hs::all_statuses()) {
    const int value = hs::to_int(row.value);
    CAPTURE(value);
    CHECK(hs::parse_code(std::to_string(value)) == row.value);
    CHECK(hs::parse_code(hs::enumerator_name(value)) == row.value);
    for (hs::edition e : {hs::edition::rfc2616, hs::edition::rfc9110}) {
      const std::string phrase(hs::reason_phrase(value, e));
      CHECK(hs::parse_code(std::to_string(value) + " " + phrase) == row.value);
      if (!row.reserved) CHECK(hs::parse_code(phrase) == row.value);
    }
  }
}

TEST_CASE("operator<< prints codes, findings, reports and views as the fmt formatters do") {
  const auto text = [](const auto& value) {
    std::ostringstream os;
    os << value;
    return os.str();
  };
  CHECK(text(code::not_found) == "404 Not Found");
  CHECK(text(code{471}) == "471");
  static constexpr hs::field bare[] = {{"Server", "x"}, {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
  const hs::report found = hs::validate(hs::response_view(401, bare), hs::edition::rfc9110);
  CHECK(text(found[0]) == "error: a header field the status code calls for is missing "
                          "[WWW-Authenticate] (RFC 9110 §15.5.2)");
  CHECK(text(found) == "error: a header field the status code calls for is missing "
                       "[WWW-Authenticate] (RFC 9110 §15.5.2)\n1 error, 0 warnings, 0 info");
  CHECK(text(hs::response_view(401, bare, 2)) ==
        "response 401 Unauthorized {Server: x; Date: Sun, 06 Nov 1994 08:49:37 GMT} with 2 bytes "
        "of content");
  CHECK(text(hs::request_view("GET").with_version(1, 0)) == "request GET HTTP/1.0 {}");
}
