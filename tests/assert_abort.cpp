// A program that fails on purpose: the default handler prints the findings and aborts (ctest
// checks the text and the failure, see tests/integrations/expect_output.cmake).
#undef NDEBUG
#include <httpstatus/assert.hpp>

int main() {
  static constexpr httpstatus::field fields[] = {{"Content-Length", "3"}};
  const httpstatus::response_view response(405, fields, 3);
  HTTPSTATUS_ASSERT_CONFORMS(response, httpstatus::edition::rfc9110);
  return 0;  // not reached
}
