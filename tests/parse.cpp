// The parser: RFC 9112 heads, framing, limits, and errors that say what and where.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <utility>

namespace hs = httpstatus;
using namespace std::string_view_literals;

namespace {
constexpr std::string_view created =
    "HTTP/1.1 201 Created\r\nLocation: http://example.org/items/1\r\nContent-Length: 3\r\n\r\nabc";
constexpr auto parsed_created = hs::parse_response(created);
}  // namespace

// At compile time: parse, then validate what was parsed.
static_assert(static_cast<bool>(parsed_created));
static_assert(parsed_created.status() == 201 && parsed_created.reason() == "Created");
static_assert(parsed_created.consumed() == created.size());
static_assert(parsed_created.content_length() == 3);
static_assert(hs::validate(*parsed_created).ok());
static_assert(!hs::parse_response("HTTP/1.1 20 OK\r\n\r\n"));
static_assert(hs::parse_request("GET / HTTP/1.1\r\nHost: a\r\n\r\n").method() == "GET");

TEST_CASE("a response with Content-Length") {
  const auto r = hs::parse_response(created);
  REQUIRE(r);
  CHECK(r.version_major() == 1);
  CHECK(r.version_minor() == 1);
  CHECK(r.framing() == hs::framing::content_length);
  CHECK(r.fields().size() == 2);
  CHECK(r.fields().find("location")->value == "http://example.org/items/1");
  const hs::response_view view = *r;
  CHECK(view.status() == 201);
  CHECK(view.reason() == "Created");
  CHECK(view.content_length() == 3u);
}

TEST_CASE("values lose their surrounding white space; an empty reason is allowed") {
  const auto r = hs::parse_response("HTTP/1.0 404 \r\nX-A:   padded \t\r\nX-B:\r\n\r\n");
  REQUIRE(r);
  CHECK(r.reason().empty());
  CHECK(r.fields().find("X-A")->value == "padded");
  CHECK(r.fields().find("X-B")->value.empty());
  CHECK(r.framing() == hs::framing::close);
  CHECK(hs::parse_response("HTTP/1.1 200\r\n\r\n").status() == 200);  // no SP, no reason
}

TEST_CASE("chunked content is measured after decoding, trailers read") {
  const std::string raw =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
      "5;ext=1\r\nhello\r\n"
      "A\r\n0123456789\r\n"
      "0\r\nX-Trailer: t\r\n\r\n";
  const auto r = hs::parse_response(raw + "NEXT");
  REQUIRE(r);
  CHECK(r.framing() == hs::framing::chunked);
  CHECK(r.content_length() == 15);
  CHECK(r.consumed() == raw.size());
  CHECK(r.trailer_count() == 1);
  CHECK(r.fields().size() == 1);  // the trailer is not a header field
}

TEST_CASE("chunk extensions as RFC 9112 §7.1.1 writes them") {
  const std::string head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (const char* size_line : {"5;name", "5 ; name = value", "5;a=\"quoted \\\" ;x\";b",
                                "5\t;\tsig=abc;n=1"}) {
    CAPTURE(size_line);
    const auto r = hs::parse_response(head + size_line + "\r\nhello\r\n0;last\r\n\r\n");
    REQUIRE(r);
    CHECK(r.content_length() == 5);
  }
}

TEST_CASE("an empty line before a request line is skipped (RFC 9112 §2.2)") {
  const auto r = hs::parse_request("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n");
  REQUIRE(r);
  CHECK(r.method() == "GET");
  const auto bad = hs::parse_request("\r\nGET/ HTTP/1.1\r\n\r\n");
  CHECK_FALSE(bad);
  CHECK(bad.error().line == 2);  // where the request line is
  CHECK(bad.error().offset == 2);
  CHECK_FALSE(hs::parse_request("\r\n\r\n"));  // only empty lines: no request
}

TEST_CASE("chunked coding errors") {
  const std::string head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
  struct bad {
    std::string body;
    std::string_view what;
  };
  const bad cases[] = {
      {"zz\r\nhello\r\n0\r\n\r\n", "a chunk size is not a hexadecimal number"},
      {"5\r\nhel", "the input ends inside chunk data"},
      {"5\r\nhelloXX\r\n0\r\n\r\n", "chunk data is not followed by CRLF"},
      {"5\r\nhello\r\n", "the input ends inside a line (no CRLF)"},
      {"FFFFFFFFFFFFFFFFFFFF\r\n", "a chunk size is too large"},
      {"5 x\r\nhello\r\n0\r\n\r\n",
       "after the chunk size, only chunk extensions: ; name[=token or quoted-string]"},
      // RFC 9112 §7.1: CRLF ends a chunk-size line and the chunk data, never a bare LF
      {"5\nhello\r\n0\r\n\r\n", "a line of the chunked coding ends with LF alone, not CRLF"},
      {"5\r\nhello\n0\r\n\r\n", "a line of the chunked coding ends with LF alone, not CRLF"},
      {"0\n\r\n", "a line of the chunked coding ends with LF alone, not CRLF"},
      // white space after the size only before an extension (§7.1.1's BWS)
      {"5 \r\nhello\r\n0\r\n\r\n",
       "after the chunk size, only chunk extensions: ; name[=token or quoted-string]"},
      {"5;\r\nhello\r\n0\r\n\r\n",
       "after the chunk size, only chunk extensions: ; name[=token or quoted-string]"},
      {"5;a=\r\nhello\r\n0\r\n\r\n",
       "after the chunk size, only chunk extensions: ; name[=token or quoted-string]"},
      {"5;a=\"open\r\nhello\r\n0\r\n\r\n",
       "after the chunk size, only chunk extensions: ; name[=token or quoted-string]"},
      {"5;a b\r\nhello\r\n0\r\n\r\n",
       "after the chunk size, only chunk extensions: ; name[=token or quoted-string]"},
  };
  for (const bad& c : cases) {
    CAPTURE(c.body);
    const auto r = hs::parse_response(head + c.body);
    CHECK_FALSE(r);
    CHECK(r.error().what == c.what);
    CHECK(r.error().offset >= head.size());
    CHECK(r.consumed() == 0);
  }
}

TEST_CASE("framing by status and method: no content for HEAD, 1xx, 204, 304, CONNECT 2xx") {
  const std::string_view with_length = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n";
  const auto head = hs::parse_response(with_length, "HEAD");
  REQUIRE(head);
  CHECK(head.framing() == hs::framing::none);
  CHECK(head.content_length() == 0);
  CHECK(head.consumed() == with_length.size());
  CHECK_FALSE(hs::parse_response(with_length, "GET"));  // 10 bytes promised, none present
  for (const char* raw : {"HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n",
                          "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n",
                          "HTTP/1.1 100 Continue\r\n\r\n"}) {
    CAPTURE(raw);
    const auto r = hs::parse_response(raw);
    REQUIRE(r);
    CHECK(r.framing() == hs::framing::none);
    CHECK(r.consumed() == std::string_view(raw).size());
  }
  const auto tunnel = hs::parse_response("HTTP/1.1 200 OK\r\n\r\ntunnel bytes", "CONNECT");
  REQUIRE(tunnel);
  CHECK(tunnel.content_length() == 0);
}

TEST_CASE("several responses in one stream: interim 1xx, then the final one") {
  const std::string_view stream =
      "HTTP/1.1 100 Continue\r\n\r\n"
      "HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"
      "HTTP/1.1 201 Created\r\nLocation: /a\r\nContent-Length: 2\r\n\r\nok";
  std::string_view rest = stream;
  int statuses[3] = {};
  for (int& status : statuses) {
    const auto r = hs::parse_response(rest);
    REQUIRE(r);
    status = r.status();
    rest.remove_prefix(r.consumed());
  }
  CHECK(rest.empty());
  CHECK(statuses[0] == 100);
  CHECK(statuses[1] == 103);
  CHECK(statuses[2] == 201);
}

TEST_CASE("status lines that are not HTTP/1.x status lines") {
  struct bad {
    std::string_view raw;
    std::string_view what;
    std::size_t offset;
  };
  const bad cases[] = {
      {"", "the input is empty; a status line was expected", 0},
      {"HTTP/1.1 200 OK", "the input ends inside a line (no CRLF)", 0},
      {"HTTP/1.1 20 OK\r\n\r\n", "the status code is not three digits", 9},
      {"HTTP/1.1 2000 OK\r\n\r\n", "the status code is not three digits", 9},
      {"HTTP/1.1 abc OK\r\n\r\n", "the status code is not three digits", 9},
      {"HTTP/1.1  200 OK\r\n\r\n", "the status code is not three digits", 9},
      {"HTTP/1.1\r\n\r\n", "the status line has no space after the HTTP version", 0},
      {"HTTP/x.1 200 OK\r\n\r\n", "the status line does not start with HTTP/<digit>.<digit> (or HTTP/2, HTTP/3 as clients print them)", 0},
      {"ICY 200 OK\r\n\r\n", "the status line does not start with HTTP/<digit>.<digit> (or HTTP/2, HTTP/3 as clients print them)", 0},
      {"GET / HTTP/1.1\r\n\r\n", "the status line does not start with HTTP/<digit>.<digit> (or HTTP/2, HTTP/3 as clients print them)", 0},
  };
  for (const bad& c : cases) {
    CAPTURE(c.raw);
    const auto r = hs::parse_response(c.raw);
    CHECK_FALSE(r);
    CHECK(r.error().what == c.what);
    CHECK(r.error().line == 1);
    CHECK(r.error().offset == c.offset);
  }
}

TEST_CASE("field lines a recipient must reject, with their line and offset") {
  struct bad {
    std::string_view raw;
    std::string_view what;
    std::size_t line;
    std::size_t offset;
  };
  const bad cases[] = {
      {"HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n", "a field line has no colon", 2, 17},
      {"HTTP/1.1 200 OK\r\n: empty\r\n\r\n", "a field line has no name", 2, 17},
      {"HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n",
       "a field name holds a character that is not a token character", 2, 17},
      {"HTTP/1.1 200 OK\r\nA: 1\r\nB: x\ry\r\n\r\n", "a bare CR inside a line", 3, 27},
      {"HTTP/1.1 200 OK\r\nA: x\0y\r\n\r\n"sv, "a NUL byte inside a line", 2, 21},
      {"HTTP/1.1 200 OK\r\n folded-first: x\r\n\r\n",
       "a line starts with white space where a field line must start", 2, 17},
      {"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
       "Content-Length has differing values", 3, 36},
      {"HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\nhello!", "Content-Length has differing values",
       2, 17},
      {"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n", "Content-Length is not a decimal number", 2,
       17},
      {"HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n", "Content-Length is empty", 2, 17},
      {"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
       "the input ends before the Content-Length's bytes of content", 4, 39},
      {"HTTP/1.1 200 OK\r\nA: 1\r\n", "the input ends inside a line (no CRLF)", 3, 23},
  };
  for (const bad& c : cases) {
    CAPTURE(c.raw);
    const auto r = hs::parse_response(c.raw);
    CHECK_FALSE(r);
    CHECK(r.error().what == c.what);
    CHECK(r.error().line == c.line);
    CHECK(r.error().offset == c.offset);
  }
}

TEST_CASE("a folded Transfer-Encoding or Content-Length is read as the list it is") {
  // RFC 9112 §5.2: a recipient reads an obs-fold as SP. Read otherwise, "gzip,\r\n chunked"
  // would not end in chunked and the message would run to the close (a misframe).
  const std::string_view folded_coding =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip,\r\n chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"
      "HTTP/1.1 204 No Content\r\n\r\n";
  const auto coded = hs::parse_response(folded_coding);
  REQUIRE(coded);
  CHECK(coded.framing() == hs::framing::chunked);
  CHECK(coded.content_length() == 5);
  CHECK(coded.note_line(hs::syntax_note::obs_fold) == 3);
  CHECK(hs::parse_response(folded_coding.substr(coded.consumed())).status() == 204);

  const auto length = hs::parse_response("HTTP/1.1 200 OK\r\nContent-Length: 5,\r\n\t5\r\n\r\nhello");
  REQUIRE(length);
  CHECK(length.framing() == hs::framing::content_length);
  CHECK(length.content_length() == 5);
  // the validator reads them the same way: a list, not garbage
  const hs::report found = hs::validate(*coded, hs::edition::rfc9110);
  CHECK_FALSE(found.has("framing.chunked-not-last"));
  CHECK(hs::validate(*length, hs::edition::rfc9110).has("framing.content-length-repeated"));
  CHECK_FALSE(hs::validate(*length, hs::edition::rfc9110).has("framing.content-length-invalid"));
}

TEST_CASE("what a sender must not do, a response parse notes and check_syntax reports") {
  const auto r = hs::parse_response(
      "HTTP/1.1 200 OK\r\nServer : x\r\nX-Long: a\r\n  b\r\nContent-Length: 0\n\r\n");
  REQUIRE(r);
  CHECK(r.fields().find("Server")->value == "x");
  CHECK(r.fields().find("X-Long")->value == "a\r\n  b");
  CHECK(r.note_line(hs::syntax_note::whitespace_before_colon) == 2);
  CHECK(r.note_line(hs::syntax_note::obs_fold) == 4);
  CHECK(r.note_line(hs::syntax_note::lf_line_ending) == 5);

  hs::report modern;
  hs::check_syntax(r, hs::edition::rfc9110, modern);
  CHECK(modern.find("syntax.whitespace-before-colon")->citation == "RFC 9112 §5.1");
  CHECK(modern.find("syntax.obs-fold")->citation == "RFC 9112 §5.2");
  CHECK(modern.find("syntax.lf-line-ending")->citation == "RFC 9112 §2.2");
  CHECK(modern.errors() == 3);
  // RFC 2616 allowed white space before the colon (§2.1) and folding (§4.2).
  hs::report old;
  hs::check_syntax(r, hs::edition::rfc2616, old);
  CHECK(old.size() == 1);
  CHECK(old.find("syntax.lf-line-ending")->citation == "RFC 2616 §2.2");

  const auto clean = hs::parse_response(created);
  hs::report none;
  hs::check_syntax(clean, hs::edition::rfc9110, none);
  CHECK(none.empty());
}

TEST_CASE("an input that ends before its message does is told apart from one that is not HTTP") {
  for (std::string_view cut : {"GET / HTTP/1.1\r\nHost: a\r\n", "",
                               "POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc",
                               "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n9\r\nab"}) {
    CAPTURE(cut);
    const auto r = hs::parse_request(cut);
    REQUIRE_FALSE(r);
    CHECK(r.error().incomplete);
  }
  for (std::string_view wrong : {"GET / HTTP/1.1\r\nHost : a\r\n\r\n", "HELLO\r\n\r\n",
                                 "POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"}) {
    CAPTURE(wrong);
    const auto r = hs::parse_request(wrong);
    REQUIRE_FALSE(r);
    CHECK_FALSE(r.error().incomplete);
  }
  CHECK(hs::parse_response("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab").error().incomplete);
}

TEST_CASE("head_length and the head alone: what a caller reading on can use") {
  constexpr std::string_view head = "HTTP/1.1 200 OK\r\nContent-Length: 9\r\nX-A: 1\r\n\r\n";
  // the content fails; the head stays read
  const auto cut = hs::parse_response(std::string(head) + "abc");
  REQUIRE_FALSE(cut);
  CHECK(cut.head_length() == head.size());
  CHECK(cut.fields().size() == 2);
  // a chunked trailer section that fails leaves the head's fields as they were
  const auto trailer = hs::parse_response(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-Trailer: 1\r\n");
  REQUIRE_FALSE(trailer);
  CHECK(trailer.fields().size() == 1);
  CHECK(trailer.head_length() > 0);
  CHECK(hs::parse_response("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n").head_length() == 0);
  // the head-only parsers read no content, whatever the head declares
  const auto alone = hs::parse_response_head(std::string(head) + "abc");
  REQUIRE(alone);
  CHECK(alone.consumed() == head.size());
  CHECK(alone.framing() == hs::framing::none);
  const auto request = hs::parse_request_head("PUT /x HTTP/1.1\r\nContent-Length: 100\r\n\r\n0123");
  REQUIRE(request);
  CHECK(request.method() == "PUT");
  CHECK(request.fields().has("Content-Length"));
  static_assert(hs::parse_response_head("HTTP/1.1 204 No Content\r\n\r\n").status() == 204);
}

TEST_CASE("HTTP/2 and HTTP/3 heads as clients print them: read, and framed by frames") {
  const auto h2 = hs::parse_response(
      "HTTP/2 200 \r\ncontent-type: text/plain\r\ncontent-length: 3\r\n\r\nhi\nrest");
  REQUIRE(h2);
  CHECK(h2.head_form() == hs::head_form::http2);
  CHECK(h2.version_major() == 2);
  CHECK(h2.version_minor() == 0);
  CHECK(h2.status() == 200);
  CHECK(h2.reason().empty());
  // the frames are not in the capture: what follows the head is the content, to the end
  CHECK(h2.framing() == hs::framing::frames);
  CHECK(h2.content_length() == 7);
  const auto h3 = hs::parse_response("HTTP/3 404\r\ndate: x\r\n\r\n");
  REQUIRE(h3);
  CHECK(h3.head_form() == hs::head_form::http3);
  CHECK(h3.reason().empty());
  const auto request = hs::parse_request("GET / HTTP/2\r\nhost: a\r\n\r\n");
  REQUIRE(request);
  CHECK(request.head_form() == hs::head_form::http2);
  CHECK(request.framing() == hs::framing::frames);
  // HTTP/1.x syntax that claims version 2.0 is read as HTTP/1.x syntax (and is a finding)
  const auto claims = hs::parse_response("HTTP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n");
  REQUIRE(claims);
  CHECK(claims.head_form() == hs::head_form::http1);
  CHECK(claims.version_major() == 2);
  CHECK(claims.framing() == hs::framing::content_length);
  CHECK_FALSE(hs::parse_response("HTTP/2\r\n\r\n"));
  CHECK_FALSE(hs::parse_response("HTTP/4 200\r\n\r\n"));
  CHECK_FALSE(hs::parse_response("HTTP/2x 200\r\n\r\n"));
}

// Every rule of the syntax family fails on one message and passes on another, in both
// editions, at the level and with the citation checks[] gives it there.
TEST_CASE("the version rules: HTTP/1.x claiming HTTP/2; HTTP/2 and HTTP/3 heads' own rules") {
  struct syntax_case {
    std::string_view id;
    std::string_view field;
    std::string_view failing;
    std::string_view passing;
  };
  const syntax_case cases[] = {
      {"syntax.version", "", "HTTP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n",
       "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"},
      {"syntax.version", "", "HTTP/3.0 200 OK\r\nContent-Length: 0\r\n\r\n",
       "HTTP/2 200\r\ncontent-length: 0\r\n\r\n"},
      {"http2.connection-field", "Connection", "HTTP/2 200\r\nconnection: keep-alive\r\n\r\n",
       "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n"},
      {"http2.connection-field", "Keep-Alive", "HTTP/2 200\r\nkeep-alive: timeout=5\r\n\r\n",
       "HTTP/2 200\r\nvary: keep-alive\r\n\r\n"},
      {"http2.connection-field", "Proxy-Connection", "HTTP/2 200\r\nproxy-connection: close\r\n\r\n",
       "HTTP/2 200\r\n\r\n"},
      {"http2.connection-field", "TE", "HTTP/2 200\r\nte: trailers\r\n\r\n", "HTTP/2 200\r\n\r\n"},
      {"http2.connection-field", "Transfer-Encoding",
       "HTTP/2 200\r\ntransfer-encoding: chunked\r\n\r\n",
       "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"},
      {"http2.connection-field", "Upgrade", "HTTP/2 200\r\nupgrade: h2c\r\n\r\n",
       "HTTP/3 200\r\nalt-svc: h3=\":443\"\r\n\r\n"},
      {"http3.connection-field", "Connection", "HTTP/3 200\r\nconnection: close\r\n\r\n",
       "HTTP/2 200\r\nx-connection: close\r\n\r\n"},
      {"http3.connection-field", "Keep-Alive", "HTTP/3 200\r\nkeep-alive: timeout=5\r\n\r\n",
       "HTTP/3 200\r\n\r\n"},
      {"http3.connection-field", "Proxy-Connection", "HTTP/3 200\r\nproxy-connection: close\r\n\r\n",
       "HTTP/3 200\r\n\r\n"},
      {"http3.connection-field", "TE", "HTTP/3 200\r\nte: trailers\r\n\r\n", "HTTP/3 200\r\n\r\n"},
      {"http3.connection-field", "Transfer-Encoding",
       "HTTP/3 200\r\ntransfer-encoding: chunked\r\n\r\n", "HTTP/3 200\r\n\r\n"},
      {"http3.connection-field", "Upgrade", "HTTP/3 200\r\nupgrade: websocket\r\n\r\n",
       "HTTP/3 200\r\n\r\n"},
      {"http2.uppercase-field-name", "", "HTTP/2 200\r\nContent-Type: text/plain\r\n\r\n",
       "HTTP/2 200\r\ncontent-type: text/plain\r\n\r\n"},
      {"http3.uppercase-field-name", "", "HTTP/3 200\r\nserver: x\r\nETag: \"a\"\r\n\r\n",
       "HTTP/1.1 200 OK\r\nETag: \"a\"\r\nContent-Length: 0\r\n\r\n"},
      {"http2.switching-protocols", "", "HTTP/2 101\r\n\r\n",
       "HTTP/1.1 101 Switching Protocols\r\nConnection: upgrade\r\nUpgrade: h2c\r\n\r\n"},
      {"http3.switching-protocols", "", "HTTP/3 101\r\n\r\n", "HTTP/3 100\r\n\r\n"},
  };
  std::set<std::pair<std::string, std::string>> covered;
  for (const syntax_case& c : cases) {
    for (hs::edition e : {hs::edition::rfc2616, hs::edition::rfc9110}) {
      CAPTURE(c.id, c.field, c.failing, hs::to_string_view(e));
      const auto failing = hs::parse_response(c.failing);
      const auto passing = hs::parse_response(c.passing);
      REQUIRE(failing);
      REQUIRE(passing);
      hs::report found;
      hs::check_syntax(failing, e, found);
      const auto f = found.find(c.id, c.field);
      REQUIRE(f.has_value());
      const hs::check_info& row = hs::checks[hs::find_check(c.id, c.field)];
      CHECK(f->level == row.in(e).level);
      CHECK(f->citation == row.in(e).citation);
      hs::report clean;
      hs::check_syntax(passing, e, clean);
      CHECK_FALSE(clean.find(c.id, c.field).has_value());
      covered.emplace(std::string(c.id), std::string(c.field));
    }
  }
  CHECK(hs::checks[hs::find_check("syntax.version")].in(hs::edition::rfc2616).level ==
        hs::level::warning);
  // every rule of the syntax family has a case here or in the test above
  for (const hs::check_info& c : hs::checks) {
    if (c.family != hs::check_family::syntax || c.test == hs::check_test::syntax_obs_fold ||
        c.test == hs::check_test::syntax_whitespace_before_colon ||
        c.test == hs::check_test::syntax_lf_line_ending) {
      continue;
    }
    CAPTURE(std::string(c.id), std::string(c.field));
    CHECK(covered.count({std::string(c.id), std::string(c.field)}) == 1);
  }
}

TEST_CASE("limits: field lines and head size, at and past the limit") {
  std::string at_limit = "HTTP/1.1 200 OK\r\n";
  for (int i = 0; i < HTTPSTATUS_PARSE_MAX_FIELDS; ++i) at_limit += "X-" + std::to_string(i) + ": v\r\n";
  CHECK(hs::parse_response(at_limit + "\r\n"));
  const auto past = hs::parse_response(at_limit + "X-Last: v\r\n\r\n");
  CHECK_FALSE(past);
  CHECK(past.error().what == "more field lines than HTTPSTATUS_PARSE_MAX_FIELDS");
  CHECK(past.error().line == HTTPSTATUS_PARSE_MAX_FIELDS + 2);

  const std::string head = "HTTP/1.1 200 OK\r\nX-Big: ";
  // the head, its final empty line included, may take HTTPSTATUS_PARSE_MAX_HEAD bytes
  const std::size_t room = HTTPSTATUS_PARSE_MAX_HEAD - head.size() - 4;
  CHECK(hs::parse_response(head + std::string(room, 'a') + "\r\n\r\n"));
  const auto big = hs::parse_response(head + std::string(room + 1, 'a') + "\r\n\r\n");
  CHECK_FALSE(big);
  CHECK(big.error().what == "the header section is larger than HTTPSTATUS_PARSE_MAX_HEAD");
}

TEST_CASE("requests: the request line, strict field lines, framing") {
  const auto r = hs::parse_request(
      "PUT /file.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\ndata");
  REQUIRE(r);
  CHECK(r.method() == "PUT");
  CHECK(r.target() == "/file.txt");
  CHECK(r.content_length() == 4);
  const hs::request_view view = *r;
  CHECK(view.version_minor() == 1);
  CHECK(view.fields().list_contains("Expect", "100-continue"));

  const auto chunked = hs::parse_request(
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
  REQUIRE(chunked);
  CHECK(chunked.content_length() == 3);
  CHECK(hs::parse_request("GET / HTTP/1.0\r\n\r\n").version_minor() == 0);

  struct bad {
    std::string_view raw;
    std::string_view what;
  };
  const bad cases[] = {
      {"GET /\r\n\r\n", "the request line is not: method, space, target, space, HTTP version"},
      {"GET  HTTP/1.1\r\n\r\n", "the request target is empty or holds a space"},
      {"G(T / HTTP/1.1\r\n\r\n", "the method is not a token"},
      {"GET / HTTP/2.\r\n\r\n",
       "the request line does not end with HTTP/<digit>.<digit> (or HTTP/2, HTTP/3 as clients "
       "print them)"},
      {"GET / HTTP/1.1\r\nHost : x\r\n\r\n", "white space between a field name and its colon"},
      {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
       "Transfer-Encoding's last coding is not chunked in a request"},
      {"POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", "Content-Length is not a decimal number"},
      {"POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc",
       "the input ends before the Content-Length's bytes of content"},
      {"", "the input is empty; a request line was expected"},
  };
  for (const bad& c : cases) {
    CAPTURE(c.raw);
    const auto bad_request = hs::parse_request(c.raw);
    CHECK_FALSE(bad_request);
    CHECK(bad_request.error().what == c.what);
  }
}

TEST_CASE("the parser never reads outside its input") {
  // every prefix of a valid exchange parses or fails cleanly, never past its end
  const std::string raw =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX: y\r\n\r\n4\r\nwiki\r\n0\r\n\r\n";
  for (std::size_t n = 0; n <= raw.size(); ++n) {
    const std::string prefix = raw.substr(0, n);  // its own allocation: ASan sees overreads
    const auto r = hs::parse_response(prefix);
    CHECK(r.consumed() <= n);
    if (!r) CHECK(r.error().offset <= n);
    CHECK(static_cast<bool>(r) == (n == raw.size()));
  }
}
