// Views: construction (constexpr, no dangling forms), case-insensitive names, field lists.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

#include <type_traits>

namespace hs = httpstatus;

namespace {
constexpr hs::field fields[] = {{"Content-Type", "text/html"},
                                {"cache-control", "no-cache, \"a,b\""},
                                {"CACHE-CONTROL", "max-age=0"},
                                {"Allow", "GET,,  HEAD ,"},
                                {"Empty", ""}};
}  // namespace

// Built at compile time, from an array and from a pointer and a count.
static_assert(hs::response_view(200, fields).fields().size() == 5);
static_assert(hs::response_view(200, hs::field_span(fields, 2)).fields().size() == 2);
static_assert(hs::response_view(200, fields, 42).content_length() == 42u);
static_assert(!hs::response_view(200, fields).content_length().has_value());
static_assert(hs::response_view(204).fields().empty());
static_assert(hs::request_view("GET", fields).with_version(1, 0).version_minor() == 0);
static_assert(!hs::request_view("GET").version_known());
static_assert(hs::field_span(nullptr, 3).empty(), "a null pointer holds no fields");
// A temporary array would dangle: the span refuses it.
static_assert(!std::is_constructible<hs::field_span, hs::field(&&)[1]>::value);
static_assert(std::is_constructible<hs::field_span, const hs::field(&)[1]>::value);
static_assert(!std::is_convertible<int, hs::response_view>::value, "a status alone is explicit");

TEST_CASE("field names compare case-insensitively") {
  const hs::field_span span(fields);
  CHECK(span.has("content-type"));
  CHECK(span.find("CONTENT-TYPE")->value == "text/html");
  CHECK(span.count("Cache-Control") == 2);
  CHECK_FALSE(span.has("Content-Typ"));
  CHECK_FALSE(span.has("Content-Types"));
}

TEST_CASE("a field's lines form one comma-separated list (RFC 9110 §5.3)") {
  const hs::field_span span(fields);
  std::vector<std::string> elements;
  span.any_element("Cache-Control", [&](std::string_view e) {
    elements.emplace_back(e);
    return false;
  });
  // the comma inside the quoted string does not separate
  CHECK(elements == std::vector<std::string>{"no-cache", "\"a,b\"", "max-age=0"});
  elements.clear();
  span.any_element("Allow", [&](std::string_view e) {
    elements.emplace_back(e);
    return false;
  });
  CHECK(elements == std::vector<std::string>{"GET", "HEAD"});  // empty elements skipped
  CHECK(span.list_contains("Allow", "head"));
  CHECK_FALSE(span.list_contains("Allow", "head", true));  // methods are case-sensitive
  CHECK_FALSE(span.any_element("Empty", [](std::string_view) { return true; }));
  CHECK_FALSE(span.any_element("Missing", [](std::string_view) { return true; }));
}

TEST_CASE("views keep what they were given") {
  const hs::response_view response = hs::response_view(404, fields, 7).with_reason("Nope");
  CHECK(response.status() == 404);
  CHECK(response.reason() == "Nope");
  CHECK(response.content_length() == 7u);
  CHECK(response.omitted_fields() == 0);
  const hs::request_view request = hs::request_view("PUT", fields).with_version(1, 1);
  CHECK(request.method() == "PUT");
  CHECK(request.version_known());
  CHECK(request.version_major() == 1);
  CHECK(request.fields().size() == 5);
}

TEST_CASE("table questions: content_allowed and required_fields") {
  CHECK(hs::content_allowed(200, "GET"));
  CHECK_FALSE(hs::content_allowed(200, "HEAD"));
  CHECK_FALSE(hs::content_allowed(204, "GET"));
  CHECK_FALSE(hs::content_allowed(205, "POST"));
  CHECK_FALSE(hs::content_allowed(hs::code::not_modified, "GET"));
  CHECK_FALSE(hs::content_allowed(101, "GET"));
  CHECK(hs::content_allowed(200, "CONNECT"));
  CHECK_FALSE(hs::content_allowed(200, "CONNECT", hs::edition::rfc9110));
  CHECK(hs::content_allowed(407, "CONNECT", hs::edition::rfc9110));
  CHECK(hs::content_allowed(-5, "GET"));

  CHECK(hs::required_fields(405).size() == 1);
  CHECK(hs::required_fields(405).begin()->citation == "RFC 2616 §10.4.6");
  CHECK(hs::required_fields(405, hs::edition::rfc9110).begin()->citation == "RFC 9110 §15.5.6");
  CHECK(hs::required_fields(305, hs::edition::rfc9110).empty());
  CHECK(hs::required_fields(200).empty());
  CHECK(hs::required_fields(12345).empty());
  CHECK(hs::required_fields(hs::code::partial_content, hs::edition::rfc9110).size() == 7);
  CHECK(hs::request_preconditions(100, hs::edition::rfc2616).size() == 1);
  CHECK(hs::request_preconditions(100, hs::edition::rfc9110).empty());
  CHECK(hs::request_preconditions(416, hs::edition::rfc9110).size() == 2);
}
