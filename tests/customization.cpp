// The customization point: a user type through ADL, another through a traits specialization.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace my {
struct reply {
  int code;
  std::vector<httpstatus::field> headers;
  std::string body;
};
// Found by argument-dependent lookup.
httpstatus::response_view to_response_view(const reply& r) {
  return httpstatus::response_view(r.code, {r.headers.data(), r.headers.size()}, r.body.size());
}

struct inbound {
  std::string verb;
};
httpstatus::request_view to_request_view(const inbound& r) {
  return httpstatus::request_view(r.verb);
}
}  // namespace my

namespace theirs {
struct message {  // a type whose namespace we may not add to
  int status;
  const char* location;
};
}  // namespace theirs

template <>
struct httpstatus::response_traits<theirs::message> {
  static httpstatus::response_snapshot to_view(const theirs::message& m) noexcept {
    httpstatus::response_snapshot out;
    out.status = m.status;
    if (m.location != nullptr) out.fields.push_back("Location", m.location);
    return out;
  }
};

TEST_CASE("a user type validates through its ADL to_response_view") {
  my::reply r{405, {{"Content-Length", "2"}}, "no"};
  httpstatus::report found = httpstatus::validate(r);
  CHECK(found.has("field.missing", "Allow"));
  r.headers.push_back({"Allow", "GET"});
  CHECK(httpstatus::validate(r).ok());
  CHECK(httpstatus::validate(r, my::inbound{"GET"}).has("request.allow-lists-method"));
  r.body = "longer";
  CHECK(httpstatus::validate(r, httpstatus::edition::rfc9110).has("framing.content-length-mismatch"));
}

TEST_CASE("a type with a response_traits specialization validates") {
  // RFC 9110 takes a relative Location; RFC 2616 §14.30 asks for an absolute URI. Without a
  // Date, a 3xx has a warning (date.missing) and nothing worse.
  CHECK(httpstatus::validate(theirs::message{301, "/new"}, httpstatus::edition::rfc9110).ok());
  CHECK(httpstatus::validate(theirs::message{301, "/new"}).has("field.invalid", "Location"));
  CHECK(httpstatus::validate(theirs::message{301, "http://example.org/new"}).warnings() == 1);
  CHECK(httpstatus::validate(theirs::message{301, nullptr}).has("field.missing", "Location"));
  CHECK(httpstatus::validate(theirs::message{301, nullptr}, my::inbound{"GET"}).ok());
}
