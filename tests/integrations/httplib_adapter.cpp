// Validation of real cpp-httplib objects through the adapter.
#include <httpstatus/adapters/httplib.hpp>
#include <httpstatus/catch2.hpp>

#include <type_traits>
#include <utility>

namespace hs = httpstatus;

namespace {
// Whether conforms(T) compiles: a temporary httplib::Request would leave the matcher pointing
// into a destroyed object, so it must not.
template <class T, class = void>
struct can_conform : std::false_type {};
template <class T>
struct can_conform<T, std::void_t<decltype(hs::catch2::conforms(std::declval<T>()))>>
    : std::true_type {};
}  // namespace

static_assert(can_conform<const httplib::Request&>::value, "a named request is accepted");
static_assert(!can_conform<httplib::Request&&>::value, "a temporary request is refused");
static_assert(can_conform<hs::request_view&&>::value, "a temporary view is kept by value");

TEST_CASE("an httplib response and request are validated like views") {
  httplib::Response res;
  res.status = 206;
  res.set_content("0123456789", "text/plain");
  httplib::Request req;
  req.method = "GET";
  req.version = "HTTP/1.1";

  hs::report r = hs::validate(res, req, hs::edition::rfc9110);
  CHECK(r.find("field.missing", "Content-Range")->level == hs::level::error);
  CHECK(r.find("request.range")->citation == "RFC 9110 §15.3.7");

  res.set_header("Content-Range", "bytes 0-9/100");
  req.set_header("Range", "bytes=0-9");
  r = hs::validate(res, req, hs::edition::rfc9110);
  CHECK(r.ok());
  REQUIRE_THAT(res, hs::catch2::conforms(req, hs::edition::rfc9110));
  REQUIRE_THAT(res, hs::catch2::has_status(hs::code::partial_content));
}

TEST_CASE("an httplib response's redirect and content are what validation sees") {
  httplib::Response res;
  res.set_redirect("/elsewhere", 301);
  res.set_header("Date", "Sun, 06 Nov 1994 08:49:37 GMT");
  // RFC 9110 §10.2.2 takes a relative reference; RFC 2616 §14.30 an absolute URI only
  REQUIRE_THAT(res, hs::catch2::conforms(hs::edition::rfc9110));
  CHECK(hs::validate(res, hs::edition::rfc9110).empty());
  CHECK(hs::validate(res).has("field.invalid", "Location"));

  httplib::Response head;
  head.status = 200;
  head.set_content("body", "text/plain");
  httplib::Request req;
  req.method = "HEAD";
  CHECK(hs::validate(head, req).has("content.head"));

  httplib::Response unset;  // status -1 until a handler sets it
  CHECK(hs::validate(unset).has("status.invalid"));
}

TEST_CASE("an httplib request's version is read from its string") {
  httplib::Response res;
  res.status = 101;
  res.set_header("Upgrade", "websocket");
  res.set_header("Connection", "Upgrade");
  httplib::Request req;
  req.method = "GET";
  req.set_header("Upgrade", "websocket");
  req.version = "HTTP/1.0";
  CHECK(hs::validate(res, req).has("request.http-1.0"));
  req.version = "HTTP/1.1";
  CHECK(hs::validate(res, req).ok());
  req.version = "garbage";  // unknown: not held against the response
  CHECK(hs::validate(res, req).ok());
}
