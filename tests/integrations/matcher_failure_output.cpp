// A test that fails on purpose: ctest checks that Catch2 prints the findings, their fields
// and citations, and the actual status (see tests/integrations/expect_output.cmake).
#if defined(HTTPSTATUS_TEST_CATCH2_V3)
#include "catch_amalgamated.hpp"
#endif
#include <httpstatus/catch2.hpp>

TEST_CASE("a 405 without Allow, checked with conforms()") {
  static constexpr httpstatus::field fields[] = {{"Content-Length", "3"}};
  const httpstatus::response_view response(405, fields, 4);
  REQUIRE_THAT(response, httpstatus::catch2::conforms(httpstatus::edition::rfc9110));
}
