// The parser's framing checked against a real one: Debian's http-parser (libhttp-parser-dev)
// as an oracle. For the sample captures and for generated messages, both must agree on where
// each message ends, the status, and the length of the content after chunked decoding.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>
#include <http_parser.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace hs = httpstatus;

namespace {

struct oracle_message {
  int status = 0;
  std::size_t body = 0;
  std::size_t end = 0;  // offset just past the message
};

struct oracle_state {
  std::vector<oracle_message> messages;
  std::size_t body = 0;
  bool head_request = false;
  bool complete = false;
};

int on_body(http_parser* p, const char*, std::size_t length) {
  static_cast<oracle_state*>(p->data)->body += length;
  return 0;
}
int on_headers_complete(http_parser* p) {
  // 1: no body follows. A client says so for a response to HEAD; and for 1xx, 204 and 304,
  // since http-parser 2.9 reads Content-Length bytes after a 304 that RFC 9112 §6.3 (rule 1)
  // says are not there (a 304 may carry the 200's Content-Length, RFC 9110 §8.6).
  const unsigned status = p->status_code;
  const bool bodiless = status / 100 == 1 || status == 204 || status == 304;
  return static_cast<oracle_state*>(p->data)->head_request || bodiless ? 1 : 0;
}
int on_message_complete(http_parser* p) {
  auto* state = static_cast<oracle_state*>(p->data);
  state->complete = true;
  http_parser_pause(p, 1);  // stop here, so that the offset is known
  return 0;
}

// Every response in `stream`, as http-parser frames them; stops at the first error.
std::vector<oracle_message> oracle(const std::string& stream, bool head_request) {
  http_parser_settings settings;
  http_parser_settings_init(&settings);
  settings.on_body = on_body;
  settings.on_headers_complete = on_headers_complete;
  settings.on_message_complete = on_message_complete;
  oracle_state state;
  state.head_request = head_request;
  std::size_t at = 0;
  while (at < stream.size()) {
    http_parser parser;
    http_parser_init(&parser, HTTP_RESPONSE);
    parser.data = &state;
    state.body = 0;
    state.complete = false;
    const std::size_t used = http_parser_execute(&parser, &settings, stream.data() + at, stream.size() - at);
    if (!state.complete) {
      if (HTTP_PARSER_ERRNO(&parser) != HPE_OK) break;
      http_parser_execute(&parser, &settings, nullptr, 0);  // the end of input ends the content
      if (!state.complete) break;
    }
    state.messages.push_back({static_cast<int>(parser.status_code), state.body, at + used});
    at += used;
    if (parser.status_code >= 200) break;
  }
  return state.messages;
}

std::vector<oracle_message> ours(const std::string& stream, bool head_request) {
  std::vector<oracle_message> out;
  std::string_view rest = stream;
  std::size_t at = 0;
  while (!rest.empty()) {
    const auto r = hs::parse_response(rest, head_request ? "HEAD" : "");
    if (!r) break;
    at += r.consumed();
    out.push_back({r.status(), r.content_length(), at});
    rest.remove_prefix(r.consumed());
    if (r.status() >= 200) break;
  }
  return out;
}

void agree(const std::string& stream, bool head_request = false) {
  const auto expected = oracle(stream, head_request);
  const auto actual = ours(stream, head_request);
  CAPTURE(stream, head_request);
  REQUIRE(!expected.empty());
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(actual[i].status == expected[i].status);
    CHECK(actual[i].body == expected[i].body);
    CHECK(actual[i].end == expected[i].end);
  }
}

std::string chunked(const std::string& data, std::mt19937& rng) {
  std::string out;
  std::size_t at = 0;
  while (at < data.size()) {
    const std::size_t n = std::min<std::size_t>(data.size() - at, 1 + rng() % 40);
    std::ostringstream size;
    size << std::hex << (rng() % 2 ? std::uppercase : std::nouppercase) << n;
    out += size.str() + (rng() % 4 == 0 ? ";ext=\"v\"" : "") + "\r\n" + data.substr(at, n) + "\r\n";
    at += n;
  }
  out += "0\r\n";
  if (rng() % 3 == 0) out += "X-Trailer: t\r\n";
  return out + "\r\n";
}

}  // namespace

TEST_CASE("framing agrees with http-parser on the sample captures") {
  const char* samples[] = {"200-ok.http",        "200-chunked.http",    "201-created.http",
                           "100-then-201.http",  "206-single.http",     "206-multipart.http",
                           "304-not-modified.http", "301-no-location.http", "401-no-challenge.http",
                           "405-no-allow.http"};
  for (const char* name : samples) {
    std::ifstream in(std::string(HTTPSTATUS_SAMPLES_DIR) + "/" + name, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    agree(bytes.str());
  }
}

TEST_CASE("framing agrees with http-parser on generated messages") {
  std::mt19937 rng(9112);
  const int statuses[] = {200, 201, 204, 206, 301, 304, 404, 500, 503};
  int generated = 0;
  for (int i = 0; i < 600; ++i) {
    const int status = statuses[rng() % (sizeof statuses / sizeof statuses[0])];
    std::string data(rng() % 300, 'x');
    for (char& c : data) c = static_cast<char>('a' + rng() % 26);
    std::string head = "HTTP/1." + std::to_string(rng() % 2) + " " + std::to_string(status) + " Reason\r\n";
    for (auto h = rng() % 6; h > 0; --h) head += "X-H" + std::to_string(h) + ": v" + std::to_string(rng()) + "\r\n";
    std::string stream;
    for (auto interim = rng() % 3; interim > 0; --interim) {
      stream += rng() % 2 ? "HTTP/1.1 100 Continue\r\n\r\n" : "HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n";
    }
    const bool bodiless = status == 204 || status == 304;
    const bool head_request = rng() % 8 == 0;
    switch (bodiless ? 0 : rng() % 3) {
      case 0:
        stream += head + "Content-Length: " + std::to_string(data.size()) + "\r\n\r\n" +
                  (bodiless || head_request ? "" : data);
        break;
      case 1:
        stream += head + "Transfer-Encoding: chunked\r\n\r\n" + (head_request ? "" : chunked(data, rng));
        break;
      default:  // delimited by the end of the input (the connection's close)
        stream += head + "\r\n" + (head_request ? "" : data);
        break;
    }
    agree(stream, head_request);
    ++generated;
  }
  CHECK(generated == 600);
}
