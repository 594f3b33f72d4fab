// Views: construction (constexpr, no dangling forms), case-insensitive names, field lists.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>
#if __cplusplus >= 202002L && __has_include(<span>)
#include <span>
#endif

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

namespace {
template <class T, class = void>
struct span_from : std::false_type {};
template <class T>
struct span_from<T, std::void_t<decltype(hs::field_span(std::declval<T>()))>> : std::true_type {};
template <class T, class = void>
struct request_from : std::false_type {};
template <class T>
struct request_from<T, std::void_t<decltype(hs::request_view(std::declval<T>()))>>
    : std::true_type {};
template <class T, class = void>
struct reason_from : std::false_type {};
template <class T>
struct reason_from<T, std::void_t<decltype(hs::response_view(200).with_reason(std::declval<T>()))>>
    : std::true_type {};
}  // namespace

// Containers of fields: named ones are viewed; temporaries that own their fields are refused
// (the view would dangle); a std::span, which owns nothing, may be a temporary.
static_assert(span_from<const std::vector<hs::field>&>::value);
static_assert(!span_from<std::vector<hs::field>&&>::value);
static_assert(span_from<const std::array<hs::field, 2>&>::value);
static_assert(!span_from<std::array<hs::field, 2>&&>::value);
#if __cplusplus >= 202002L && __has_include(<span>)
static_assert(span_from<std::span<const hs::field>&&>::value);
#endif
// A method or reason from a temporary std::string would dangle: refused; literals, views and
// named strings are fine.
static_assert(request_from<const char (&)[4]>::value);
static_assert(request_from<std::string_view>::value);
static_assert(request_from<const std::string&>::value);
static_assert(!request_from<std::string&&>::value);
static_assert(reason_from<std::string_view>::value);
static_assert(reason_from<const std::string&>::value);
static_assert(!reason_from<std::string&&>::value);
// A code names the status as well as an int does.
static_assert(hs::response_view(hs::code::not_found).status() == 404);
static_assert(hs::response_view(hs::code::partial_content, fields, 7).content_length() == 7u);

TEST_CASE("views of std::array, std::vector and std::span hold their fields") {
  const std::vector<hs::field> vector_fields = {{"Allow", "GET"}, {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
  const hs::response_view from_vector(hs::code::method_not_allowed, vector_fields);
  CHECK(from_vector.fields().size() == 2);
  CHECK(from_vector.fields().find("allow")->value == "GET");
  CHECK(hs::validate(from_vector).ok());
  const std::array<hs::field, 1> array_fields = {{{"Location", "http://example.org/"}}};
  const hs::response_view from_array(301, array_fields, 0);
  CHECK(from_array.fields().has("Location"));
  CHECK(hs::validate(hs::response_view(301, vector_fields)).find("field.missing", "Location"));
  CHECK_FALSE(hs::validate(from_array).find("field.missing", "Location"));
#if __cplusplus >= 202002L && __has_include(<span>)
  const hs::response_view from_span(405, std::span<const hs::field>(vector_fields));
  CHECK(from_span.fields().size() == 2);
#endif
  const std::string method = "DELETE";
  CHECK(hs::request_view(method).method() == "DELETE");
}
