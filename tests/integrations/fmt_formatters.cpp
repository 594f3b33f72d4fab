// fmt formatters: code, finding, report.
#include <httpstatus/fmt.hpp>
// after the header: fmt.hpp must not lose its report formatter to fmt's range formatter
#include <fmt/ranges.h>

#include <catch2/catch.hpp>

#include <vector>

namespace hs = httpstatus;

TEST_CASE("fmt formats a code as its number and phrase") {
  CHECK(fmt::format("{}", hs::code::not_found) == "404 Not Found");
  CHECK(fmt::format("{}", hs::code::content_too_large) == "413 Request Entity Too Large");
  CHECK(fmt::format("{}", hs::code{471}) == "471");
  CHECK(fmt::format("[{}]", hs::code::unused_418) == "[418 (Unused)]");
}

TEST_CASE("fmt formats a finding on one line with its field and citation") {
  constexpr hs::field fields[] = {{"Server", "x"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"}};
  const hs::report r = hs::validate(hs::response_view(405, fields));
  REQUIRE(r.size() == 1);
  CHECK(fmt::format("{}", r[0]) ==
        "error: a header field the status code calls for is missing [Allow] (RFC 2616 §10.4.6)");
  const hs::report temporary = hs::validate(hs::response_view(413, fields), hs::edition::rfc9110);
  CHECK(fmt::format("{}", temporary[0]) ==
        "info: a header field the status code calls for is missing, if the condition is "
        "temporary [Retry-After] (RFC 9110 §15.5.14)");
}

TEST_CASE("fmt formats a report as its findings and the counts") {
  constexpr hs::field fields[] = {{"Content-Length", "5"},
                                  {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"}};
  const hs::report r = hs::validate(hs::response_view(204, fields, 5), hs::edition::rfc9110);
  CHECK(fmt::format("{}", r) ==
        "error: the response carries content that its status code does not allow "
        "(RFC 9110 §15.3.5)\n"
        "error: Content-Length is sent in a 1xx or 204 response [Content-Length] "
        "(RFC 9110 §8.6)\n"
        "2 errors, 0 warnings, 0 info");
  CHECK(fmt::format("{}", hs::validate(hs::response_view(200), {hs::edition::rfc2616,
                                                                 hs::origin_clock::no})) ==
        "0 errors, 0 warnings, 0 info");
  // A deprecated code (a warning) with another phrase (info), in a report with room for one.
  constexpr hs::field dated[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"}};
  const auto small = hs::validate_view<1>(hs::response_view(305, dated).with_reason("Proxy"),
                                          nullptr, hs::edition::rfc9110);
  CHECK(fmt::format("{}", small) ==
        "warning: the status code is deprecated (RFC 9110 §15.4.6)\n"
        "0 errors, 1 warning, 1 info (1 finding not stored: HTTPSTATUS_REPORT_CAPACITY)");
}

TEST_CASE("with <fmt/ranges.h> included too, a report is still one text") {
  static constexpr hs::field bare[] = {{"Server", "x"}, {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
  const hs::report r = hs::validate(hs::response_view(401, bare), hs::edition::rfc9110);
  CHECK(fmt::format("{}", r) ==
        "error: a header field the status code calls for is missing [WWW-Authenticate] "
        "(RFC 9110 §15.5.2)\n1 error, 0 warnings, 0 info");
  // and fmt's ranges still work on a range of codes
  const std::vector<hs::code> codes = {hs::code::ok, hs::code::not_found};
  CHECK(fmt::format("{}", fmt::join(codes, ", ")) == "200 OK, 404 Not Found");
  CHECK(fmt::format("{}", codes) == "[200 OK, 404 Not Found]");
}

TEST_CASE("a format spec picks the edition of a code's phrase") {
  CHECK(fmt::format("{:rfc9110}", hs::code::content_too_large) == "413 Content Too Large");
  CHECK(fmt::format("{:rfc2616}", hs::code::content_too_large) == "413 Request Entity Too Large");
  CHECK(fmt::format("{}", hs::code::content_too_large) == "413 Request Entity Too Large");
  CHECK(fmt::format("{:rfc9110}", hs::code{471}) == "471");
  CHECK(fmt::format("{:rfc9110} and {}", hs::code::ok, hs::code::found) == "200 OK and 302 Found");
  // an unknown spec is refused (at compile time with FMT_STRING / format strings checked)
  CHECK_THROWS_AS(fmt::format(fmt::runtime("{:rfc7231}"), hs::code::ok), fmt::format_error);
}
