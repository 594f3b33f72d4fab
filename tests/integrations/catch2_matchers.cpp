// Catch2 matchers on views and on real library objects, and what they print: built against
// Debian's Catch2 2.13 and, when ../shared/vendor has it, Catch2 v3.7.1 (HTTPSTATUS_TEST_CATCH2_V3),
// whose header comes first, as a user of v3 includes it.
#if defined(HTTPSTATUS_TEST_CATCH2_V3)
#include "catch_amalgamated.hpp"
#endif
#include <httpstatus/catch2.hpp>

#include "fixtures.hpp"

namespace hs = httpstatus;
using fixtures::bare;
using fixtures::created;
using fixtures::partial;
using fixtures::ranged;
using hs::catch2::conforms;
using hs::catch2::has_status;

namespace {
// Catch2's substring matcher, named as each version names it.
auto contains(const std::string& text) {
#if CATCH_VERSION_MAJOR >= 3
  return Catch::Matchers::ContainsSubstring(text);
#else
  return Catch::Contains(text);
#endif
}
}  // namespace

TEST_CASE("conforms() passes a conforming response, in each edition") {
  const hs::response_view response(201, created);
  REQUIRE_THAT(response, conforms());
  REQUIRE_THAT(response, conforms(hs::edition::rfc9110));
  REQUIRE_THAT(hs::response_view(206, partial, 10), conforms(hs::request_view("GET", ranged)));
}

TEST_CASE("conforms() fails a broken response and says why") {
  const hs::response_view response(401, bare);
  auto matcher = conforms();
  CHECK_FALSE(matcher.match(response));
  const std::string text = matcher.toString();
  CHECK_THAT(text, contains("conforms to RFC 2616"));
  CHECK_THAT(text, contains("actual status: 401 Unauthorized"));
  CHECK_THAT(text, contains("[WWW-Authenticate] (RFC 2616 §10.4.2)"));
  CHECK_THAT(text, contains("1 error, 0 warnings, 0 info"));

  auto with_request = conforms(hs::request_view("GET"), hs::edition::rfc9110);
  CHECK_FALSE(with_request.match(hs::response_view(206, partial, 10)));
  CHECK_THAT(with_request.toString(), contains("error [Range] (RFC 9110 §15.3.7) request.range"));
}

TEST_CASE("conforms(request) keeps a temporary request_view; refuses other temporaries") {
  auto matcher = conforms(hs::request_view("GET", ranged), hs::edition::rfc9110);
  CHECK(matcher.match(hs::response_view(206, partial, 10)));  // the temporary is gone by now
  auto missing_range = conforms(hs::request_view("GET"), hs::edition::rfc9110);
  CHECK_FALSE(missing_range.match(hs::response_view(206, partial, 10)));
}

TEST_CASE("has_status and the class matchers") {
  const hs::response_view response(201, created);
  REQUIRE_THAT(response, has_status(201));
  REQUIRE_THAT(response, has_status(hs::code::created));
  REQUIRE_THAT(response, hs::catch2::is_successful());
  auto wrong = has_status(404);
  CHECK_FALSE(wrong.match(response));
  CHECK(wrong.toString() == "has status 404 Not Found (actual status: 201 Created)");
  auto not_client_error = hs::catch2::is_client_error();
  CHECK_FALSE(not_client_error.match(response));
  CHECK(not_client_error.toString() ==
        "has a status of class client_error (actual status: 201 Created)");
  CHECK(hs::catch2::is_informational().match(hs::response_view(103)));
  CHECK(hs::catch2::is_redirection().match(hs::response_view(308)));
  CHECK(hs::catch2::is_server_error().match(hs::response_view(599)));
  CHECK_FALSE(hs::catch2::is_server_error().match(hs::response_view(600)));
}

TEST_CASE("string makers print views, findings and so reports") {
  const hs::response_view response = hs::response_view(201, created, 0).with_reason("Made");
  CHECK(Catch::Detail::stringify(response) ==
        "response 201 Created \"Made\" {Location: http://example.org/items/1; Date: Sun, 06 Nov "
        "1994 08:49:37 GMT} with 0 bytes of content");
  CHECK(Catch::Detail::stringify(hs::request_view("GET", ranged).with_version(1, 1)) ==
        "request GET HTTP/1.1 {Range: bytes=0-9}");
  const hs::report r = hs::validate(hs::response_view(401, bare));
  CHECK(Catch::Detail::stringify(r) ==
        "{ error: a header field the status code calls for is missing [WWW-Authenticate] "
        "(RFC 2616 §10.4.2) }");
}

namespace {
// What a matcher says after matching, within one full expression: Catch2 v3's composed
// matchers hold references to their parts, which must not outlive the statement.
template <class Matcher>
std::string after_match(const Matcher& matcher, const hs::response_view& response, bool& matched) {
  matched = matcher.match(response);
  return matcher.toString();
}
}  // namespace

TEST_CASE("the matchers compose with &&, || and !") {
  const hs::response_view response(201, created);
  REQUIRE_THAT(response, hs::catch2::is_successful() && !has_status(204));
  REQUIRE_THAT(response, has_status(404) || has_status(201));
  REQUIRE_THAT(response, conforms() && conforms(hs::edition::rfc9110));
  REQUIRE_THAT(hs::response_view(401, bare), !conforms());
  bool matched = true;
  const std::string both = after_match(hs::catch2::is_successful() && has_status(204), response, matched);
  CHECK_FALSE(matched);
  CHECK_THAT(both, contains("has status 204 No Content"));
  CHECK_THAT(both, contains(" and "));
  const std::string either = after_match(has_status(404) || hs::catch2::is_server_error(), response, matched);
  CHECK_FALSE(matched);
  CHECK_THAT(either, contains(" or "));
  after_match(!has_status(201), hs::response_view(404, bare), matched);
  CHECK(matched);
  after_match(!has_status(201), response, matched);
  CHECK_FALSE(matched);
}
