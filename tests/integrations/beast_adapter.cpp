// Validation of real Boost.Beast messages through the adapter.
#include <httpstatus/adapters/beast.hpp>
#include <httpstatus/catch2.hpp>

#include <boost/beast/http.hpp>

namespace hs = httpstatus;
namespace http = boost::beast::http;

TEST_CASE("a Beast response and request are validated like views") {
  http::response<http::string_body> res{http::status::method_not_allowed, 11};
  res.body() = "no";
  res.prepare_payload();  // Content-Length: 2
  http::request<http::empty_body> req{http::verb::delete_, "/x", 11};

  hs::report r = hs::validate(res, req);
  CHECK(r.find("field.missing", "Allow")->citation == "RFC 2616 §10.4.6");
  CHECK_FALSE(r.ok());
  CHECK_FALSE(r.has("status.reason-phrase"));  // Beast's phrase for 405 is the RFC's

  res.set(http::field::allow, "GET, DELETE");
  r = hs::validate(res, req, hs::edition::rfc9110);
  CHECK(r.ok());
  CHECK(r.has("request.allow-lists-method"));
  REQUIRE_THAT(res, hs::catch2::has_status(405));
  REQUIRE_THAT(res, hs::catch2::is_client_error());
}

TEST_CASE("a Beast response's body size and fields are what validation sees") {
  http::response<http::string_body> res{http::status::no_content, 11};
  res.body() = "oops";
  res.set(http::field::content_length, "4");
  const hs::report r = hs::validate(res, hs::edition::rfc9110);
  CHECK(r.has("content.forbidden"));
  CHECK(r.has("framing.content-length-forbidden"));

  http::response<http::string_body> ok{http::status::ok, 11};
  ok.body() = "hello";
  ok.set(http::field::content_length, "6");
  CHECK(hs::validate(ok).has("framing.content-length-mismatch"));
  ok.prepare_payload();
  REQUIRE_THAT(ok, hs::catch2::conforms());
}

TEST_CASE("a Beast response sends Beast's phrase when none is set: info where it differs") {
  http::response<http::empty_body> res{http::status::payload_too_large, 11};
  for (hs::edition e : {hs::edition::rfc2616, hs::edition::rfc9110}) {
    const hs::report r = hs::validate(res, e);
    CHECK(r.find("status.reason-phrase")->level == hs::level::info);  // "Payload Too Large"
    CHECK(r.ok());
  }
  res.reason("Content Too Large");
  CHECK_FALSE(hs::validate(res, hs::edition::rfc9110).has("status.reason-phrase"));
}

TEST_CASE("a Beast HTTP/1.0 request gets no 1xx") {
  http::response<http::empty_body> res{http::status::continue_, 11};
  http::request<http::empty_body> req{http::verb::post, "/", 10};
  req.set(http::field::expect, "100-continue");
  const hs::report r = hs::validate(res, req);
  CHECK(r.has("request.http-1.0"));
  req.version(11);
  CHECK(hs::validate(res, req).ok());
}

TEST_CASE("more fields than the snapshot holds are reported, not dropped") {
  http::response<http::empty_body> res{http::status::ok, 11};
  for (int i = 0; i < HTTPSTATUS_MAX_FIELDS + 3; ++i) {
    res.insert("X-Field-" + std::to_string(i), "v");
  }
  const hs::report r = hs::validate(res);
  CHECK(r.has("view.fields-omitted"));
  CHECK_FALSE(r.ok());
}

TEST_CASE("Beast's status to and from a code") {
  namespace http = boost::beast::http;
  static_assert(hs::to_code(http::status::not_found) == hs::code::not_found);
  static_assert(hs::to_beast_status(hs::code::created) == http::status::created);
  CHECK(hs::to_code(http::status::payload_too_large) == hs::code::content_too_large);
  CHECK_FALSE(hs::to_code(http::status::unknown).has_value());
  CHECK(hs::to_code(static_cast<http::status>(299)) == hs::code{299});
  CHECK(hs::to_beast_status(hs::code{299}) == static_cast<http::status>(299));
  // every registered code round-trips; those Beast names convert from its own enumerator
  int named_by_beast = 0;
  for (const hs::status_info& row : hs::all_statuses()) {
    CAPTURE(hs::to_int(row.value));
    CHECK(hs::to_code(hs::to_beast_status(row.value)) == row.value);
    const http::status beast = http::int_to_status(static_cast<unsigned>(hs::to_int(row.value)));
    if (beast == http::status::unknown) continue;
    CHECK(hs::to_code(beast) == row.value);
    ++named_by_beast;
  }
  CHECK(named_by_beast > 50);
}
