// HTTPSTATUS_ASSERT_CONFORMS in a debug build: the handler is called with the findings, the
// expression and where; a conforming response calls nothing. (assert_ndebug.cpp: compiled
// out; assert_abort.cpp: the default handler prints and aborts.)
#undef NDEBUG
#include <httpstatus/assert.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace hs = httpstatus;

namespace {
struct call {
  int count = 0;
  std::string expression;
  std::string file;
  int line = 0;
  std::size_t errors = 0;
  std::string first_rule;
};
call last;
void record(const hs::report& findings, const char* expression, const char* file, int line) {
  ++last.count;
  last.expression = expression;
  last.file = file;
  last.line = line;
  last.errors = findings.errors();
  last.first_rule = findings.empty() ? "" : std::string(findings[0].rule);
}
constexpr hs::field created[] = {{"Location", "http://example.org/items/1"},
                                 {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
constexpr hs::field bare[] = {{"Server", "x"}, {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
constexpr hs::field partial[] = {{"Content-Range", "bytes 0-9/100"},
                                 {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
}  // namespace

TEST_CASE("the handler gets the findings, the expression, the file and the line") {
  last = call{};
  const hs::assert_handler before = hs::set_assert_handler(record);
  CHECK(before == hs::print_and_abort);
  const hs::response_view good(201, created);
  HTTPSTATUS_ASSERT_CONFORMS(good);
  HTTPSTATUS_ASSERT_CONFORMS(good, hs::edition::rfc9110);
  CHECK(last.count == 0);

  const hs::response_view broken(401, bare);
  const int line = __LINE__ + 1;
  HTTPSTATUS_ASSERT_CONFORMS(broken, hs::edition::rfc9110);
  CHECK(last.count == 1);
  CHECK(last.expression == "broken, hs::edition::rfc9110");
  CHECK(last.file.find("assert_conforms.cpp") != std::string::npos);
  CHECK(last.line == line);
  CHECK(last.errors == 1);
  CHECK(last.first_rule == "field.missing");

  // with the request: a 206 to a request without Range
  HTTPSTATUS_ASSERT_CONFORMS(hs::response_view(206, partial, 10), hs::request_view("GET"),
                             hs::edition::rfc9110);
  CHECK(last.count == 2);
  CHECK(last.errors == 1);

  CHECK(hs::set_assert_handler(nullptr) == record);  // back to the default
  CHECK(hs::set_assert_handler(nullptr) == hs::print_and_abort);
}
