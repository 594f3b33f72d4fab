// The value grammars on their own: HTTP-date, entity tags and their comparisons, URIs,
// Content-Range, challenges, method lists, and the one Content-Length reader. Mostly
// static_asserts: the compiler runs them.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

namespace hs = httpstatus;
namespace d = hs::detail;

// IMF-fixdate (RFC 9110 §5.6.7): the one form a sender generates
static_assert(d::is_imf_fixdate("Sun, 06 Nov 1994 08:49:37 GMT"));
static_assert(d::is_imf_fixdate("Thu, 29 Feb 2024 23:59:60 GMT"));   // a leap second
static_assert(!d::is_imf_fixdate("Sunday, 06-Nov-94 08:49:37 GMT"));  // rfc850-date: obsolete
static_assert(!d::is_imf_fixdate("Sun Nov  6 08:49:37 1994"));        // asctime-date: obsolete
static_assert(!d::is_imf_fixdate("0"));
static_assert(!d::is_imf_fixdate("sun, 06 Nov 1994 08:49:37 GMT"));  // case-sensitive
static_assert(!d::is_imf_fixdate("Sun, 06 Nov 1994 24:00:00 GMT"));
static_assert(!d::is_imf_fixdate("Sun, 32 Nov 1994 08:49:37 GMT"));
static_assert(!d::is_imf_fixdate("Sun, 06 Nov 1994 08:49:37 UTC"));
static_assert(!d::is_imf_fixdate("Sun, 06 Nov 1994 08:49:37 GMT "));
// ... and its order, for If-Modified-Since against Last-Modified: each part counts
constexpr std::uint64_t when(std::string_view s) { return d::imf_fixdate_order(s); }
static_assert(when("Sun, 06 Nov 1994 08:49:37 GMT") == when("Sun, 06 Nov 1994 08:49:37 GMT"));
static_assert(when("Sun, 06 Nov 1994 08:49:37 GMT") < when("Sun, 06 Nov 1994 08:49:38 GMT"));
static_assert(when("Sun, 06 Nov 1994 08:49:59 GMT") < when("Sun, 06 Nov 1994 08:50:00 GMT"));
static_assert(when("Sun, 06 Nov 1994 23:59:59 GMT") < when("Mon, 07 Nov 1994 00:00:00 GMT"));
static_assert(when("Wed, 30 Nov 1994 08:49:37 GMT") < when("Thu, 01 Dec 1994 08:49:37 GMT"));
static_assert(when("Sat, 31 Dec 1994 23:59:60 GMT") < when("Sun, 01 Jan 1995 00:00:00 GMT"));
static_assert(when("Tue, 31 Jan 1995 00:00:00 GMT") < when("Wed, 01 Feb 1995 00:00:00 GMT"));
static_assert(when("Sun, 06 Nov 1994 08:49:37 GMT") != 0);
static_assert(when("Sunday, 06-Nov-94 08:49:37 GMT") == 0 && when("0") == 0);

// Entity tags and RFC 9110 §8.8.3.2's comparisons, row by row of its Table 3
constexpr d::entity_tag tag(std::string_view s) { return d::parse_entity_tag(s); }
static_assert(!d::strong_match(tag("W/\"1\""), tag("W/\"1\"")) &&
              d::weak_match(tag("W/\"1\""), tag("W/\"1\"")));
static_assert(!d::strong_match(tag("W/\"1\""), tag("W/\"2\"")) &&
              !d::weak_match(tag("W/\"1\""), tag("W/\"2\"")));
static_assert(!d::strong_match(tag("W/\"1\""), tag("\"1\"")) &&
              d::weak_match(tag("W/\"1\""), tag("\"1\"")));
static_assert(d::strong_match(tag("\"1\""), tag("\"1\"")) && d::weak_match(tag("\"1\""), tag("\"1\"")));
static_assert(tag("\"\"").valid());  // an empty opaque-tag is an entity-tag
static_assert(!tag("abc").valid() && !tag("\"a\"b\"").valid() && !tag("w/\"a\"").valid());
static_assert(!tag("\"a b\"").valid());  // no space in etagc
static_assert(d::list_matches("\"x\", W/\"y\"", tag("\"y\""), d::etag_comparison::weak));
static_assert(!d::list_matches("\"x\", W/\"y\"", tag("\"y\""), d::etag_comparison::strong));
static_assert(!d::list_matches("*", tag("\"y\""), d::etag_comparison::weak));

// URIs: a reference (RFC 9110 §10.2.2) and an absolute URI (RFC 2616 §14.30)
static_assert(d::is_uri_reference("/a/b?c=d#e") && d::is_uri_reference("../x") &&
              d::is_uri_reference("http://h.example:8080/p") && d::is_uri_reference(""));
static_assert(!d::is_uri_reference("/a b") && !d::is_uri_reference("/100%") &&
              !d::is_uri_reference("/%zz") && !d::is_uri_reference("1a:b"));
static_assert(d::is_absolute_uri("https://example.org/") && d::is_absolute_uri("urn:isbn:1"));
static_assert(!d::is_absolute_uri("/relative") && !d::is_absolute_uri("//host/p") &&
              !d::is_absolute_uri("http://bad host/"));

// Content-Range (RFC 9110 §14.4)
static_assert(d::parse_content_range("bytes 0-499/1234").valid);
static_assert(d::parse_content_range("bytes 42-1233/*").valid);
static_assert(d::parse_content_range("bytes */1234").valid && d::parse_content_range("bytes */1234").unsatisfied);
static_assert(d::parse_content_range("exampleunit 1.2-4.3/25").bytes == false);
static_assert(!d::parse_content_range("bytes 500-499/1234").valid);   // last below first
static_assert(!d::parse_content_range("bytes 0-1234/1234").valid);    // complete <= last
static_assert(!d::parse_content_range("bytes 0-4").valid && !d::parse_content_range("bytes */").valid);
static_assert(!d::parse_content_range("bytes=0-4/10").valid && !d::parse_content_range("").valid);
static_assert(d::parse_content_range("bytes 21010-47021/47022").last == 47021);

// Challenges, method lists, delay-seconds
static_assert(d::is_challenge_list("Basic realm=\"x\", Bearer") && d::is_challenge_list("Negotiate"));
static_assert(!d::is_challenge_list("") && !d::is_challenge_list("=x") && !d::is_challenge_list(" , "));
static_assert(d::is_method_list("GET, HEAD") && d::is_method_list("") && !d::is_method_list("GET HEAD"));
static_assert(d::matches(hs::value_grammar::delay_or_date, "120") &&
              d::matches(hs::value_grammar::delay_or_date, "Sun, 06 Nov 1994 08:49:37 GMT") &&
              !d::matches(hs::value_grammar::delay_or_date, "-1"));

// The one Content-Length reader, shared by the parser and the validator
constexpr d::content_length_reading read(std::string_view a, std::string_view b = {}) {
  d::content_length_reading r;
  r.read_line(a);
  if (!b.empty()) r.read_line(b);
  return r;
}
static_assert(read("42").usable() && read("42").value == 42 && !read("42").repeated);
static_assert(read("42, 42").repeated && read("42, 42").usable());
static_assert(read("42", "42").repeated && !read("42", "42").conflicting);
static_assert(read("42", "43").conflicting && !read("42", "43").usable());
static_assert(read("4x").invalid && read("").invalid && read("-1").invalid && read("1 2").invalid);
static_assert(read("9007199254740992").usable());  // 2^53: the largest either reads
static_assert(read("9007199254740993").too_large && read("99999999999999999999999999").too_large);

constexpr hs::field declared_twice[] = {{"Content-Length", "42"}, {"content-length", "42"}};
constexpr hs::field declared_apart[] = {{"Content-Length", "42"}, {"Content-Length", "7"}};
static_assert(*hs::field_span(declared_twice).declared_content_length() == 42);
static_assert(!hs::field_span(declared_apart).declared_content_length());
static_assert(!hs::field_span().declared_content_length());

TEST_CASE("the parser and the validator read Content-Length the same way") {
  for (const char* value : {"0", "17", "42, 42", "9007199254740992", "9007199254740993", "4x",
                            "99999999999999999999", "1, 2"}) {
    CAPTURE(value);
    const std::string raw = std::string("HTTP/1.1 200 OK\r\nContent-Length: ") + value + "\r\n\r\n";
    const hs::parsed_response parsed = hs::parse_response(raw);
    const hs::field line[] = {{"Content-Length", value}};
    const hs::report found = hs::validate(hs::response_view(200, line), hs::edition::rfc9110);
    const d::content_length_reading reading = read(value);
    // what the validator calls invalid or conflicting, the parser rejects
    CHECK(found.has("framing.content-length-invalid") == reading.invalid);
    CHECK(found.has("framing.content-length-conflict") == reading.conflicting);
    if (!reading.usable()) {
      CHECK_FALSE(parsed);
    } else if (reading.value == 0) {
      CHECK(parsed);
    } else {
      // the content is missing: the parser read the length and asked for its bytes
      CHECK(parsed.error().what == "the input ends before the Content-Length's bytes of content");
    }
  }
  CHECK(hs::parse_response("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n")
            .error()
            .what == "Content-Length is too large");
}
