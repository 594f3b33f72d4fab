// Every rule of checks[], failing and passing, in each edition it holds in, with the level and
// citation that edition gives it; and in the other edition, not reported. A test below makes
// sure no rule of checks[] is left without a case.
#include "support.hpp"

#include <set>
#include <tuple>

namespace hs = httpstatus;
using hs::edition;
using test::exchange;

namespace {

constexpr edition both[] = {edition::rfc2616, edition::rfc9110};
constexpr std::string_view imf = "Sun, 06 Nov 1994 08:49:37 GMT";

struct rule_case {
  std::string_view id;
  std::string_view field;  // the finding's field ("" when it has none)
  exchange failing;
  exchange passing;
};

// An exchange built in one expression: status, then what the case needs.
struct build {
  exchange x;
  explicit build(int status) { x.status = status; }
  build& field(std::string_view name, std::string_view value) {
    x.fields.push_back({name, value});
    return *this;
  }
  build& content(std::size_t n) {
    x.content = n;
    return *this;
  }
  build& request(std::string method, int major = -1, int minor = -1) {
    x.method = std::move(method);
    x.major = major;
    x.minor = minor;
    return *this;
  }
  build& asks(std::string_view name, std::string_view value) {
    x.request_fields.push_back({name, value});
    return *this;
  }
  build& reason(std::string text) {
    x.reason = std::move(text);
    return *this;
  }
  build& undated() {
    x.dated = false;
    return *this;
  }
  build& clock(hs::origin_clock c) {
    x.clock = c;
    return *this;
  }
  operator exchange() const { return x; }  // NOLINT: converts by design
};

const std::vector<rule_case>& cases() {
  static const std::vector<rule_case> all = {
      // the status code
      {"status.invalid", "", build(600), build(200)},
      {"status.unregistered", "", build(471).content(9), build(404).content(9)},
      {"status.reserved", "", build(306), build(307).field("Location", "http://a.example/")},
      {"status.deprecated", "", build(305).field("Location", "http://proxy.example/"),
       build(307).field("Location", "http://a.example/")},
      {"status.reason-phrase", "", build(404).content(9).reason("Nope"),
       build(404).content(9).reason("Not Found")},
      // content
      {"content.forbidden", "", build(204).content(3), build(204).content(0)},
      {"content.head", "", build(200).content(5).request("HEAD"), build(200).content(0).request("HEAD")},
      {"content.connect", "", build(200).content(3).request("CONNECT"),
       build(200).content(0).request("CONNECT")},
      {"content.explanation", "", build(404).content(0).request("GET"),
       build(404).content(12).request("GET")},
      // a declared Content-Length: 0 says the GET's content would be empty too
      {"content.explanation", "", build(503).field("Content-Length", "0").content(0),
       build(503).field("Content-Length", "12").content(12)},
      {"content.options-length", "Content-Length", build(200).content(0).request("OPTIONS"),
       build(200).field("Content-Length", "0").content(0).request("OPTIONS")},
      // framing
      {"framing.transfer-encoding-with-content-length", "Content-Length",
       build(200).field("Content-Length", "10").field("Transfer-Encoding", "chunked"),
       build(200).field("Transfer-Encoding", "chunked")},
      {"framing.content-length-invalid", "Content-Length", build(200).field("Content-Length", "3x"),
       build(200).field("Content-Length", "3").content(3)},
      {"framing.content-length-conflict", "Content-Length",
       build(200).field("Content-Length", "10").field("Content-Length", "11"),
       build(200).field("Content-Length", "10")},
      {"framing.content-length-repeated", "Content-Length",
       build(200).field("Content-Length", "42, 42").content(42),
       build(200).field("Content-Length", "42").content(42)},
      {"framing.content-length-mismatch", "Content-Length",
       build(200).field("Content-Length", "10").content(9),
       build(200).field("Content-Length", "10").content(10)},
      {"framing.content-length-forbidden", "Content-Length", build(204).field("Content-Length", "0"),
       build(204)},
      {"framing.transfer-encoding-forbidden", "Transfer-Encoding",
       build(100).field("Transfer-Encoding", "chunked"), build(100)},
      {"framing.connect", "Content-Length",
       build(200).field("Transfer-Encoding", "chunked").request("CONNECT"), build(200).request("CONNECT")},
      {"framing.chunked-repeated", "Transfer-Encoding",
       build(200).field("Transfer-Encoding", "chunked").field("Transfer-Encoding", "chunked"),
       build(200).field("Transfer-Encoding", "gzip, chunked")},
      {"framing.chunked-not-last", "Transfer-Encoding",
       build(200).field("Transfer-Encoding", "chunked, gzip"),
       build(200).field("Transfer-Encoding", "gzip, chunked")},
      {"framing.transfer-encoding-http-1.0", "Transfer-Encoding",
       build(200).field("Transfer-Encoding", "chunked").request("GET", 1, 0),
       build(200).field("Transfer-Encoding", "chunked").request("GET", 1, 1)},
      // fields
      {"date.missing", "Date", build(200).undated(), build(200)},
      {"date.without-clock", "Date", build(200).clock(hs::origin_clock::no),
       build(200).undated().clock(hs::origin_clock::no)},
      {"field.repeated", "Server", build(200).field("Server", "a").field("Server", "b"),
       build(200).field("Server", "a").field("Vary", "a").field("Vary", "b")},
      {"field.repeated", "Date", build(200).field("Date", imf).field("date", imf), build(200)},
      {"field.invalid", "Date", build(200).field("Date", "Sunday, 06-Nov-94 08:49:37 GMT"),
       build(200).field("Date", imf)},
      {"field.invalid", "Last-Modified", build(200).field("Last-Modified", "0"),
       build(200).field("Last-Modified", imf)},
      {"field.invalid", "Expires", build(200).field("Expires", "0"), build(200).field("Expires", imf)},
      {"field.invalid", "Retry-After", build(503).content(9).field("Retry-After", "soon"),
       build(503).content(9).field("Retry-After", "120")},
      {"field.invalid", "Location", build(302).field("Location", "http://bad host/"),
       build(302).field("Location", "http://example.org/a%20b?q=1#top")},
      {"field.invalid", "WWW-Authenticate", build(401).content(9).field("WWW-Authenticate", "=realm"),
       build(401).content(9).field("WWW-Authenticate", "Basic realm=\"x\"")},
      {"field.invalid", "Proxy-Authenticate",
       build(407).content(9).field("Proxy-Authenticate", ", ,"),
       build(407).content(9).field("Proxy-Authenticate", "Bearer")},
      {"field.invalid", "Allow", build(405).content(9).field("Allow", "GET POST"),
       build(405).content(9).field("Allow", "GET, POST")},
      {"field.invalid", "ETag", build(200).field("ETag", "abc"), build(200).field("ETag", "W/\"abc\"")},
      {"field.invalid", "Content-Range",
       build(206).field("Content-Range", "bytes 5-2/10").content(4).request("GET").asks("Range", "bytes=5-"),
       build(206).field("Content-Range", "bytes 5-9/10").content(5).request("GET").asks("Range", "bytes=5-")},
      {"field.connection-upgrade", "Connection",
       build(101).field("Upgrade", "websocket").request("GET").asks("Upgrade", "websocket"),
       build(101).field("Upgrade", "websocket").field("Connection", "keep-alive, Upgrade")
           .request("GET").asks("Upgrade", "websocket")},
      // ranges
      {"range.unsatisfied-in-206", "Content-Range", build(206).field("Content-Range", "bytes */10"),
       build(206).field("Content-Range", "bytes 0-4/10")},
      {"range.satisfied-in-416", "Content-Range", build(416).content(9).field("Content-Range", "bytes 0-4/10"),
       build(416).content(9).field("Content-Range", "bytes */10")},
      {"range.length-mismatch", "Content-Range",
       build(206).field("Content-Range", "bytes 0-4/10").field("Content-Length", "6").content(6),
       build(206).field("Content-Range", "bytes 0-4/10").field("Content-Length", "5").content(5)},
      {"range.multipart-boundary", "Content-Type",
       build(206).field("Content-Type", "multipart/byteranges"),
       build(206).field("Content-Type", "multipart/byteranges; boundary=SEP")},
      {"range.multipart-for-one-range", "Content-Type",
       build(206).field("Content-Type", "multipart/byteranges; boundary=S").request("GET")
           .asks("Range", "bytes=0-4"),
       build(206).field("Content-Type", "multipart/byteranges; boundary=S").request("GET")
           .asks("Range", "bytes=0-4, 8-9")},
      // the request
      {"request.http-1.0", "", build(103).request("GET", 1, 0), build(103).request("GET", 1, 1)},
      {"request.http-1.0", "", build(150).request("GET", 1, 0), build(150).request("GET", 2, 0)},
      {"request.allow-lists-method", "Allow", build(405).content(9).field("Allow", "GET, DELETE").request("DELETE"),
       build(405).content(9).field("Allow", "GET").request("DELETE")},
      {"request.created-by-safe-method", "",
       build(201).field("Location", "http://a.example/1").request("GET"),
       build(201).field("Location", "http://a.example/1").request("POST")},
      {"request.upgrade-not-offered", "Upgrade",
       build(101).field("Upgrade", "h2c").field("Connection", "upgrade").request("GET")
           .asks("Upgrade", "websocket"),
       build(101).field("Upgrade", "H2C").field("Connection", "upgrade").request("GET")
           .asks("Upgrade", "websocket, h2c")},
      {"precondition.412-for-if-none-match", "If-None-Match",
       build(412).content(9).request("GET").asks("If-None-Match", "\"a\""),
       build(412).content(9).request("GET").asks("If-None-Match", "\"a\"").asks("If-Match", "\"b\"")},
      {"precondition.412-for-unconditional-method", "",
       build(412).content(9).request("OPTIONS").asks("If-Match", "\"a\""),
       build(412).content(9).request("PUT").asks("If-Match", "\"a\"")},
      {"precondition.if-match-not-evaluated", "If-Match",
       build(200).field("ETag", "\"b\"").request("PUT").asks("If-Match", "\"a\", W/\"b\""),
       build(200).field("ETag", "\"b\"").request("PUT").asks("If-Match", "\"a\", \"b\"")},
      {"precondition.if-none-match-not-evaluated", "If-None-Match",
       build(200).field("ETag", "\"a\"").request("GET").asks("If-None-Match", "W/\"a\""),
       build(200).field("ETag", "\"b\"").request("GET").asks("If-None-Match", "W/\"a\"")},
      {"precondition.if-range-not-evaluated", "If-Range",
       build(206).field("Content-Range", "bytes 0-4/10").field("ETag", "\"new\"").request("GET")
           .asks("Range", "bytes=0-4").asks("If-Range", "\"old\""),
       build(206).field("Content-Range", "bytes 0-4/10").field("ETag", "\"new\"").request("GET")
           .asks("Range", "bytes=0-4").asks("If-Range", "\"new\"")},
      {"precondition.if-range-not-evaluated", "If-Range",
       build(206).field("Content-Range", "bytes 0-4/10").field("Last-Modified", imf).request("GET")
           .asks("Range", "bytes=0-4").asks("If-Range", "Sat, 05 Nov 1994 08:49:37 GMT"),
       build(206).field("Content-Range", "bytes 0-4/10").field("Last-Modified", imf).request("GET")
           .asks("Range", "bytes=0-4").asks("If-Range", imf)},
      // the date it gave back, and a date before it (modified since: the 200 is right)
      {"precondition.if-modified-since-not-evaluated", "If-Modified-Since",
       build(200).field("Last-Modified", imf).request("GET").asks("If-Modified-Since", imf),
       build(200).field("Last-Modified", imf).request("GET")
           .asks("If-Modified-Since", "Sat, 05 Nov 1994 08:49:37 GMT")},
      // If-None-Match replaces it (RFC 9110 §13.1.3, RFC 2616 §14.26)
      {"precondition.if-modified-since-not-evaluated", "If-Modified-Since",
       build(200).field("Last-Modified", "Sat, 05 Nov 1994 08:49:37 GMT").request("HEAD")
           .asks("If-Modified-Since", imf),
       build(200).field("Last-Modified", "Sat, 05 Nov 1994 08:49:37 GMT").request("HEAD")
           .asks("If-Modified-Since", imf).asks("If-None-Match", "\"x\"")},
      // a date later than the response's Date is invalid (RFC 2616 §14.25 a)
      {"precondition.if-modified-since-not-evaluated", "If-Modified-Since",
       build(200).field("Date", "Tue, 08 Nov 1994 08:49:37 GMT").field("Last-Modified", imf)
           .request("GET").asks("If-Modified-Since", "Mon, 07 Nov 1994 08:49:37 GMT"),
       build(200).field("Last-Modified", imf).request("GET")
           .asks("If-Modified-Since", "Mon, 07 Nov 1994 08:49:37 GMT")},
      {"request.expectation-not-met", "Expect",
       build(200).request("GET").asks("Expect", "100-continue, x-probe=1"),
       build(200).request("GET").asks("Expect", "100-Continue")},
      {"request.expectation-not-met", "Expect",
       build(302).field("Location", "http://example.org/").request("GET").asks("Expect", "x-probe"),
       build(417).content(10).request("GET").asks("Expect", "x-probe")},
  };
  return all;
}

// The checks[] entry a finding comes from: same id, and citation of that edition (or, for a
// rule that cites the status's row, the same id).
const hs::check_info* entry_of(const hs::finding& f, edition e) {
  for (const hs::check_info& c : hs::checks) {
    if (c.id != f.rule || !c.holds_in(e) || (!c.field.empty() && c.field != f.field)) continue;
    const bool by_row = c.source == hs::check_source::status_row ||
                        c.source == hs::check_source::status_content;
    if (by_row || c.in(e).citation == f.citation) return &c;
  }
  return nullptr;
}

// The entries with this id and field (any field for those, like field.repeated, with none).
bool holds_in(std::string_view id, std::string_view field, edition e) {
  for (const hs::check_info& c : hs::checks) {
    if (c.id == id && (c.field.empty() || c.field == field) && c.holds_in(e)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every rule of checks[] fails when broken and passes when kept, in its editions") {
  for (const rule_case& c : cases()) {
    for (edition e : both) {
      CAPTURE(std::string(c.id), std::string(c.field), hs::to_string_view(e), c.failing.status);
      const hs::report failing = c.failing.validate(e);
      const hs::report passing = c.passing.validate(e);
      INFO("failing: " << test::describe(failing) << "passing: " << test::describe(passing));
      const auto f = failing.find(c.id, c.field);
      if (!holds_in(c.id, c.field, e)) {
        CHECK_FALSE(f.has_value());  // the other edition's text has no such rule
        continue;
      }
      REQUIRE(f.has_value());
      const hs::check_info* entry = entry_of(*f, e);
      REQUIRE(entry != nullptr);
      CHECK(f->message == entry->message);
      // a missing Date is a warning until the sender's clock is known (date.missing)
      const hs::level expected = entry->test == hs::check_test::date_missing
                                     ? hs::level::warning
                                     : entry->in(e).level;
      CHECK(f->level == expected);
      CHECK_FALSE(passing.has(c.id, c.field));
    }
  }
}

TEST_CASE("no rule of checks[] is without a failing case in each edition it holds in") {
  std::set<std::tuple<std::string, std::string, edition>> covered;
  for (const rule_case& c : cases()) {
    for (edition e : both) {
      for (const hs::finding& f : c.failing.validate(e)) {
        if (const hs::check_info* entry = entry_of(f, e)) {
          covered.emplace(std::string(entry->id), std::string(entry->in(e).citation), e);
        }
      }
    }
  }
  int rules = 0;
  for (const hs::check_info& c : hs::checks) {
    // the table's rules have their own tests (validate_table_rules.cpp), syntax its own
    // (parse.cpp), and the library's limit its own (validate_checks.cpp)
    if (c.source == hs::check_source::table_rule || c.source == hs::check_source::library ||
        c.family == hs::check_family::syntax) {
      continue;
    }
    for (edition e : both) {
      if (!c.holds_in(e)) continue;
      CAPTURE(std::string(c.id), std::string(c.field), hs::to_string_view(e));
      // status_row and status_content rules cite the row: matched by id
      const bool by_row = c.source == hs::check_source::status_row ||
                          c.source == hs::check_source::status_content;
      bool found = false;
      for (const auto& [id, citation, edition_] : covered) {
        found = found || (id == c.id && edition_ == e && (by_row || citation == c.in(e).citation));
      }
      CHECK(found);
      ++rules;
    }
  }
  CHECK(rules > 80);
}

TEST_CASE("Date: which responses need it in each edition, and the clock option") {
  const auto missing = [](int status, edition e, hs::origin_clock clock) {
    exchange x;
    x.status = status;
    x.content = 9;
    x.dated = false;
    x.clock = clock;
    return x.validate(e).find("date.missing");
  };
  const auto unknown = hs::origin_clock::unknown;
  // RFC 2616 §14.18: every response but 100, 101 and 5xx (where it may be impossible)
  for (int status : {102, 103, 200, 204, 301, 304, 404}) {
    CAPTURE(status);
    CHECK(missing(status, edition::rfc2616, unknown).has_value());
  }
  for (int status : {100, 101, 500, 503}) {
    CAPTURE(status);
    CHECK_FALSE(missing(status, edition::rfc2616, unknown).has_value());
  }
  // RFC 9110 §6.6.1: 2xx, 3xx and 4xx; MAY in 1xx and 5xx
  for (int status : {200, 206, 304, 404, 471}) {
    CAPTURE(status);
    CHECK(missing(status, edition::rfc9110, unknown).has_value());
  }
  for (int status : {100, 103, 500}) {
    CAPTURE(status);
    CHECK_FALSE(missing(status, edition::rfc9110, unknown).has_value());
  }
  // the same level in both editions and every row: warning, error with a clock, none without
  for (edition e : both) {
    for (int status : {200, 206, 304}) {
      CAPTURE(status, hs::to_string_view(e));
      CHECK(missing(status, e, unknown)->level == hs::level::warning);
      CHECK(missing(status, e, hs::origin_clock::yes)->level == hs::level::error);
      CHECK_FALSE(missing(status, e, hs::origin_clock::no).has_value());
    }
  }
}

TEST_CASE("an error response to HEAD may be empty, unless it declares the GET's to be") {
  for (edition e : both) {
    exchange head = build(404).content(0).request("HEAD");
    CHECK_FALSE(head.validate(e).has("content.explanation"));
    head.fields.push_back({"Content-Length", "0"});
    CHECK(head.validate(e).has("content.explanation"));
    exchange unknown = build(404).content(0);  // no request: it may have been a HEAD
    CHECK_FALSE(unknown.validate(e).has("content.explanation"));
  }
}

TEST_CASE("edition differences the rules carry") {
  // Location: an absolute URI in RFC 2616 §14.30, a URI reference in RFC 9110 §10.2.2
  exchange relative = build(301).field("Location", "/moved/here");
  CHECK(relative.validate(edition::rfc2616).find("field.invalid", "Location")->citation ==
        "RFC 2616 §14.30");
  CHECK(relative.validate(edition::rfc9110).empty());
  // a 201 to a safe method: RFC 2616 §9.1.1 only
  exchange created = build(201).field("Location", "http://a.example/1").request("GET");
  CHECK(created.validate(edition::rfc2616).has("request.created-by-safe-method"));
  CHECK_FALSE(created.validate(edition::rfc9110).has("request.created-by-safe-method"));
  // If-None-Match on a GET that gets 412 or 200: SHOULD in RFC 2616, MUST in RFC 9110
  exchange refused = build(412).content(9).request("GET").asks("If-None-Match", "*");
  CHECK(refused.validate(edition::rfc2616).find("precondition.412-for-if-none-match")->level ==
        hs::level::warning);
  CHECK(refused.validate(edition::rfc9110).find("precondition.412-for-if-none-match")->level ==
        hs::level::error);
  // 100 without Expect: RFC 2616 §8.2.3 lets an HTTP/1.1 PUT or POST have one, nothing else
  exchange put = build(100).request("PUT", 1, 1);
  CHECK_FALSE(put.validate(edition::rfc2616).has("request.expect"));
  exchange old_put = build(100).request("PUT", 1, 2);
  CHECK(old_put.validate(edition::rfc2616).has("request.expect"));
  exchange get = build(100).request("GET", 1, 1);
  CHECK(get.validate(edition::rfc2616).find("request.expect")->level == hs::level::warning);
  CHECK_FALSE(get.validate(edition::rfc9110).has("request.expect"));
  // a 304's metadata: SHOULD NOT after a strong validator, MUST NOT after a weak one (RFC
  // 2616 §10.3.5); SHOULD NOT in RFC 9110 §15.4.5, Last-Modified allowed
  exchange strong = build(304).field("ETag", "\"a\"").field("Content-Type", "text/html")
                        .field("Last-Modified", imf).request("GET").asks("If-None-Match", "\"a\"");
  CHECK(strong.validate(edition::rfc2616).find("field.forbidden", "Content-Type")->level ==
        hs::level::warning);
  exchange weak = build(304).field("ETag", "\"a\"").field("Content-Type", "text/html")
                      .field("Last-Modified", imf).request("GET").asks("If-Modified-Since", imf);
  CHECK(weak.validate(edition::rfc2616).find("field.forbidden", "Content-Type")->level ==
        hs::level::error);
  CHECK(weak.validate(edition::rfc2616).find("field.forbidden", "Last-Modified")->level ==
        hs::level::error);
  CHECK(weak.validate(edition::rfc9110).find("field.forbidden", "Content-Type")->level ==
        hs::level::warning);
  CHECK_FALSE(weak.validate(edition::rfc9110).has("field.forbidden", "Last-Modified"));
  // a 416 to a request with If-Range: RFC 2616 §10.4.17 only
  exchange unsatisfiable = build(416).content(9).field("Content-Range", "bytes */10").request("GET")
                               .asks("Range", "bytes=20-").asks("If-Range", "\"a\"");
  CHECK(unsatisfiable.validate(edition::rfc2616).has("request.if-range"));
  CHECK(unsatisfiable.validate(edition::rfc9110).ok());
  // ranges are defined for GET alone in RFC 9110 §14.2
  exchange posted = build(206).field("Content-Range", "bytes 0-4/10").request("POST")
                        .asks("Range", "bytes=0-4");
  CHECK(posted.validate(edition::rfc9110).has("request.not-get"));
  CHECK_FALSE(posted.validate(edition::rfc2616).has("request.not-get"));
}

TEST_CASE("the request-aware rules say nothing without the request") {
  for (const rule_case& c : cases()) {
    if (!c.failing.method) continue;
    exchange alone = c.failing;
    alone.method.reset();
    alone.request_fields.clear();
    for (edition e : both) {
      CAPTURE(std::string(c.id), hs::to_string_view(e));
      const hs::check_info& entry = hs::checks[hs::find_check(c.id)];
      if (entry.scope.reads_request()) CHECK_FALSE(alone.validate(e).has(c.id, c.field));
    }
  }
}
