// The doctest assertions against the real framework (Debian's doctest-dev 2.4): passing and
// failing (a test marked with doctest's expected_failures passes only when exactly that many
// checks fail), with what they print. doctest_failure_output.cpp fails on purpose.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <httpstatus/doctest.hpp>

#include "fixtures.hpp"

#include <string>

namespace hs = httpstatus;
using fixtures::bare;
using fixtures::created;
using fixtures::partial;
using fixtures::ranged;

TEST_CASE("a conforming response passes, in each edition, with and without its request") {
  const hs::response_view response(201, created);
  HTTPSTATUS_CHECK_CONFORMS(response);
  HTTPSTATUS_CHECK_CONFORMS(response, hs::edition::rfc9110);
  HTTPSTATUS_REQUIRE_CONFORMS(hs::response_view(206, partial, 10), hs::request_view("GET", ranged));
  HTTPSTATUS_REQUIRE_CONFORMS(hs::response_view(206, partial, 10), hs::request_view("GET", ranged),
                              hs::edition::rfc9110);
}

TEST_CASE("a broken response fails each check" * doctest::expected_failures(3)) {
  HTTPSTATUS_CHECK_CONFORMS(hs::response_view(401, bare));
  HTTPSTATUS_CHECK_CONFORMS(hs::response_view(401, bare), hs::edition::rfc9110);
  HTTPSTATUS_CHECK_CONFORMS(hs::response_view(206, partial, 10), hs::request_view("GET"),
                            hs::edition::rfc9110);
}

TEST_CASE("REQUIRE ends the test case" * doctest::expected_failures(1)) {
  HTTPSTATUS_REQUIRE_CONFORMS(hs::response_view(401, bare));
  FAIL("not reached");
}

TEST_CASE("what a failure says: the expression, the response, each finding") {
  const auto failed = hs::doctest_support::conformance("conformance(r)", hs::response_view(401, bare),
                                                        hs::edition::rfc9110);
  CHECK_FALSE(failed.ok);
  CHECK(failed.text ==
        "conformance(r) does not conform to RFC 9110\n"
        "  response 401 Unauthorized {Server: x; Date: Sun, 06 Nov 1994 08:49:37 GMT}\n"
        "error: a header field the status code calls for is missing [WWW-Authenticate] "
        "(RFC 9110 §15.5.2)\n1 error, 0 warnings, 0 info");
  const auto passed = hs::doctest_support::conformance("r", hs::response_view(201, created));
  CHECK(passed.ok);
  CHECK(passed.text.empty());
}

TEST_CASE("string makers print views, findings and reports") {
  CHECK(std::string(doctest::toString(hs::response_view(404, bare, 1)).c_str()) ==
        "response 404 Not Found {Server: x; Date: Sun, 06 Nov 1994 08:49:37 GMT} with 1 byte of "
        "content");
  CHECK(std::string(doctest::toString(hs::request_view("GET", ranged)).c_str()) ==
        "request GET {Range: bytes=0-9}");
  const hs::report found = hs::validate(hs::response_view(401, bare));
  CHECK(std::string(doctest::toString(found[0]).c_str()) ==
        "error: a header field the status code calls for is missing [WWW-Authenticate] "
        "(RFC 2616 §10.4.2)");
  CHECK(std::string(doctest::toString(found).c_str()) ==
        "error: a header field the status code calls for is missing [WWW-Authenticate] "
        "(RFC 2616 §10.4.2)\n1 error, 0 warnings, 0 info");
}
