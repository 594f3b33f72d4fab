// A test that fails on purpose: ctest checks that GoogleTest prints the actual status and
// each finding with its field and citation (see tests/integrations/expect_output.cmake).
#include <httpstatus/gtest.hpp>

#include <gtest/gtest.h>

TEST(FailureOutput, A405WithoutAllow) {
  static constexpr httpstatus::field fields[] = {{"Content-Length", "3"}};
  const httpstatus::response_view response(405, fields, 4);
  EXPECT_THAT(response, httpstatus::testing::Conforms(httpstatus::edition::rfc9110));
}
