// A test that fails on purpose: ctest checks that doctest prints the expression, the response
// and each finding with its field and citation (see tests/integrations/expect_output.cmake).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <httpstatus/doctest.hpp>

TEST_CASE("a 405 without Allow") {
  static constexpr httpstatus::field fields[] = {{"Content-Length", "3"}};
  const httpstatus::response_view response(405, fields, 4);
  HTTPSTATUS_CHECK_CONFORMS(response, httpstatus::edition::rfc9110);
}
