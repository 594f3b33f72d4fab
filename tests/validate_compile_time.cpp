// Validation as a constant expression under C++17: the compiler runs these checks.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

namespace hs = httpstatus;
using hs::edition;

namespace {
constexpr hs::field created[] = {{"Location", "http://example.org/items/1"},
                                 {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
constexpr hs::field no_fields[] = {{"Server", "x"}, {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
constexpr hs::field relative[] = {{"Location", "/items/1"}, {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
constexpr hs::field partial[] = {{"Content-Range", "bytes 0-9/100"},
                                 {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
constexpr hs::field range[] = {{"Range", "bytes=0-9"}};
constexpr hs::field both_lengths[] = {{"Content-Length", "3"}, {"Transfer-Encoding", "chunked"}};

constexpr hs::report unauthorized = hs::validate(hs::response_view(401, no_fields));
}  // namespace

static_assert(hs::validate(hs::response_view(201, created)).ok());
static_assert(hs::validate(hs::response_view(201, created), edition::rfc9110).empty());
static_assert(!unauthorized.ok());
static_assert(unauthorized.errors() == 1 && unauthorized.warnings() == 0);
static_assert(unauthorized[0].field == "WWW-Authenticate");
static_assert(unauthorized[0].citation == "RFC 2616 §10.4.2");
static_assert(hs::validate(hs::response_view(206, partial, 10), hs::request_view("GET", range)).ok());
static_assert(!hs::validate(hs::response_view(206, partial, 10), hs::request_view("GET")).ok());
static_assert(hs::validate(hs::response_view(200, both_lengths), edition::rfc9110)
                  .has("framing.transfer-encoding-with-content-length"));
static_assert(hs::validate(hs::response_view(204, no_fields, 1)).has("content.forbidden"));
static_assert(!hs::validate(hs::response_view(700)).ok());
// RFC 2616 §14.30 asks for an absolute URI; RFC 9110 §10.2.2 takes a reference
static_assert(hs::validate(hs::response_view(201, relative)).has("field.invalid", "Location"));
static_assert(hs::validate(hs::response_view(201, relative), edition::rfc9110).empty());
// Date: a warning while the sender's clock is not known, an error from one with a clock
static_assert(hs::validate(hs::response_view(200)).warnings() == 1);
static_assert(hs::validate(hs::response_view(200), {edition::rfc9110, hs::origin_clock::yes})
                  .errors() == 1);
static_assert(hs::validate(hs::response_view(200), {edition::rfc9110, hs::origin_clock::no}).empty());

TEST_CASE("constexpr validation gives the same report at run time") {
  const hs::report runtime = hs::validate(hs::response_view(401, no_fields));
  REQUIRE(runtime.size() == unauthorized.size());
  for (std::size_t i = 0; i < runtime.size(); ++i) {
    CHECK(runtime[i].rule == unauthorized[i].rule);
    CHECK(runtime[i].citation == unauthorized[i].citation);
  }
}
