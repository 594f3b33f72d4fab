// HTTPSTATUS_ASSERT_CONFORMS under NDEBUG: compiled out, its arguments not evaluated.
#ifndef NDEBUG
#define NDEBUG
#endif
#include <httpstatus/assert.hpp>

#include <catch2/catch.hpp>

namespace hs = httpstatus;

namespace {
int made = 0;
[[maybe_unused]] hs::response_view make_broken() {  // never called: compiled out
  ++made;
  return hs::response_view(405);
}
void must_not_be_called(const hs::report&, const char*, const char*, int) { FAIL("called"); }
}  // namespace

TEST_CASE("under NDEBUG the assertion is compiled out and evaluates nothing") {
  hs::set_assert_handler(must_not_be_called);
  HTTPSTATUS_ASSERT_CONFORMS(make_broken());
  HTTPSTATUS_ASSERT_CONFORMS(make_broken(), hs::edition::rfc9110);
  CHECK(made == 0);
  hs::set_assert_handler(nullptr);
}
