// std::formatter for code, finding and report (<httpstatus/format.hpp>). Where the standard
// library has no <format> (g++ 12's and clang 14's libstdc++), the program says so and exits
// 77, which ctest reports as skipped; the test command builds it with clang 16 and libc++ 16,
// where it runs.
#include <httpstatus/format.hpp>

#include <cstdio>

#if HTTPSTATUS_HAS_STD_FORMAT
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <string>

namespace hs = httpstatus;

TEST_CASE("std::format formats a code as its number and the edition's phrase") {
  CHECK(std::format("{}", hs::code::not_found) == "404 Not Found");
  CHECK(std::format("{}", hs::code::content_too_large) == "413 Request Entity Too Large");
  CHECK(std::format("{:rfc2616}", hs::code::content_too_large) == "413 Request Entity Too Large");
  CHECK(std::format("{:rfc9110}", hs::code::content_too_large) == "413 Content Too Large");
  CHECK(std::format("{}", hs::code{471}) == "471");
  CHECK(std::format("[{}]", hs::code::unused_418) == "[418 (Unused)]");
  // an unknown spec is a format error, reported when the format string is checked
  const hs::code c = hs::code::ok;
  CHECK_THROWS_AS(std::vformat("{:rfc7231}", std::make_format_args(c)), std::format_error);
}

TEST_CASE("std::format formats a finding and a report as the other integrations do") {
  constexpr hs::field fields[] = {{"Content-Length", "5"},
                                  {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"}};
  const hs::report r = hs::validate(hs::response_view(204, fields, 5), hs::edition::rfc9110);
  REQUIRE(r.size() == 2);
  CHECK(std::format("{}", r[1]) ==
        "error: Content-Length is sent in a 1xx or 204 response [Content-Length] "
        "(RFC 9110 §8.6)");
  CHECK(std::format("{}", r) ==
        "error: the response carries content that its status code does not allow "
        "(RFC 9110 §15.3.5)\n"
        "error: Content-Length is sent in a 1xx or 204 response [Content-Length] "
        "(RFC 9110 §8.6)\n"
        "2 errors, 0 warnings, 0 info");
  const hs::report::value_type first = r[0];
  CHECK_THROWS_AS(std::vformat("{:x}", std::make_format_args(first)), std::format_error);
}

int main(int argc, char** argv) { return Catch::Session().run(argc, argv); }
#else
int main() {
  std::puts("SKIPPED: this standard library has no <format> (HTTPSTATUS_HAS_STD_FORMAT is 0)");
  return 77;
}
#endif
