// The parser's framing checked against a real one: Debian's http-parser (libhttp-parser-dev)
// as an oracle. For the sample captures and for generated messages, both must agree on where
// each message ends, the status, and the length of the content after chunked decoding.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>
#include "http_parser_oracle.hpp"

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

// Every response in `stream`, as http-parser frames them; stops at the first error.
std::vector<oracle_message> oracle(const std::string& stream, bool head_request) {
  std::vector<oracle_message> messages;
  std::size_t at = 0;
  while (at < stream.size()) {
    const oracle::message m = oracle::read_response(std::string_view(stream).substr(at), head_request);
    if (!m.complete) break;
    messages.push_back({m.status, m.body, at + m.used});
    at += m.used;
    if (m.status >= 200) break;
  }
  return messages;
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
