// Benchmarks, side by side in one run (Google Benchmark from Debian's libbenchmark-dev):
//   reason_phrase against Boost.Beast and cpp-httplib over a realistic mix of codes;
//   validate on a typical 10-field response against the floor (one case-insensitive search);
//   parse_response throughput against http-parser on the same bytes.
// Run through scripts/bench.sh, which adds the linter and compile-cost figures.
#include <httpstatus/httpstatus.hpp>

#include <benchmark/benchmark.h>
#include <boost/beast/http/status.hpp>
#include <http_parser.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

// cpp-httplib (Debian's compiled build) exports its status text but does not declare it.
namespace httplib {
namespace detail {
const char* status_message(int status);
}
}  // namespace httplib

namespace hs = httpstatus;

namespace {

// Mostly common codes, some rare, some unregistered: 4096 of them, fixed seed.
const std::vector<int>& code_mix() {
  static const std::vector<int> codes = [] {
    struct weighted {
      int code;
      int weight;
    };
    const weighted table[] = {{200, 600}, {304, 80}, {404, 60}, {301, 30}, {302, 40}, {206, 20},
                              {201, 20},  {204, 30}, {400, 15}, {401, 15}, {403, 15}, {500, 10},
                              {503, 10},  {502, 5},  {429, 5},  {226, 2},  {451, 2},  {508, 2},
                              {418, 2},   {299, 3},  {471, 3},  {599, 3},  {100, 5},  {308, 5}};
    std::vector<int> bag;
    for (const weighted& w : table) bag.insert(bag.end(), static_cast<std::size_t>(w.weight), w.code);
    std::mt19937 rng(2616);
    std::vector<int> out(4096);
    for (int& c : out) c = bag[rng() % bag.size()];
    return out;
  }();
  return codes;
}

void reason_phrase_httpstatus(benchmark::State& state) {
  const auto& codes = code_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(hs::reason_phrase(codes[i++ & 4095]));
  }
}
void reason_phrase_beast(benchmark::State& state) {
  namespace http = boost::beast::http;
  const auto& codes = code_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        http::obsolete_reason(http::int_to_status(static_cast<unsigned>(codes[i++ & 4095]))));
  }
}
void reason_phrase_httplib(benchmark::State& state) {
  const auto& codes = code_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(httplib::detail::status_message(codes[i++ & 4095]));
  }
}
BENCHMARK(reason_phrase_httpstatus);
BENCHMARK(reason_phrase_beast);
BENCHMARK(reason_phrase_httplib);

// A typical 10-field response. Not const: like a received response, its contents are unknown
// to the compiler, which could otherwise work out parts of either benchmark below in advance.
hs::field typical[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                             {"Server", "nginx/1.22.1"},
                             {"Content-Type", "text/html; charset=utf-8"},
                             {"Content-Length", "5120"},
                             {"Last-Modified", "Sat, 21 Nov 2026 09:00:00 GMT"},
                             {"Connection", "keep-alive"},
                             {"ETag", "\"6560-5e8f\""},
                             {"Cache-Control", "max-age=3600"},
                             {"Vary", "Accept-Encoding"},
                             {"Accept-Ranges", "bytes"}};

void validate_typical(benchmark::State& state) {
  const int status = static_cast<int>(state.range(0));
  const hs::response_view response(status, typical, 5120);
  for (auto _ : state) {
    benchmark::DoNotOptimize(hs::validate(response, hs::edition::rfc9110));
  }
}
// The floor: the least any one rule needs, one case-insensitive search of the fields for a
// single name (here one that is absent, so every field is compared).
void validate_floor_one_search(benchmark::State& state) {
  const hs::field_span fields(typical);
  for (auto _ : state) {
    benchmark::DoNotOptimize(fields.has("WWW-Authenticate"));
  }
}
BENCHMARK(validate_typical)->Arg(200)->Arg(206)->Arg(404);
BENCHMARK(validate_floor_one_search);

// Conforming responses of codes with rules of their own: a 301 with its Location (the short
// way, which then also looks for Location), and a 206 with its Content-Range, checked with
// the Range request (the full checks: the 206's rules depend on the request and the media type).
hs::field redirect[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                        {"Server", "nginx/1.22.1"},
                        {"Content-Type", "text/html; charset=utf-8"},
                        {"Content-Length", "162"},
                        {"Location", "https://example.org/new/"},
                        {"Connection", "keep-alive"},
                        {"Cache-Control", "max-age=3600"},
                        {"Vary", "Accept-Encoding"},
                        {"X-Frame-Options", "DENY"},
                        {"Strict-Transport-Security", "max-age=63072000"}};
hs::field partial[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Server", "nginx/1.22.1"},
                       {"Content-Type", "text/html; charset=utf-8"},
                       {"Content-Length", "100"},
                       {"Content-Range", "bytes 0-99/5120"},
                       {"Last-Modified", "Sat, 21 Nov 2026 09:00:00 GMT"},
                       {"ETag", "\"6560-5e8f\""},
                       {"Cache-Control", "max-age=3600"},
                       {"Vary", "Accept-Encoding"},
                       {"Expires", "Sun, 22 Nov 2026 11:00:00 GMT"}};
hs::field range_request[] = {{"Host", "example.org"}, {"Range", "bytes=0-99"}};

void validate_conforming_301(benchmark::State& state) {
  const hs::response_view response(301, redirect, 162);
  for (auto _ : state) {
    benchmark::DoNotOptimize(hs::validate(response, hs::edition::rfc9110));
  }
}
void validate_conforming_206_with_request(benchmark::State& state) {
  const hs::response_view response(206, partial, 100);
  const hs::request_view request("GET", range_request);
  for (auto _ : state) {
    benchmark::DoNotOptimize(hs::validate(response, request, hs::edition::rfc9110));
  }
}
BENCHMARK(validate_conforming_301);
BENCHMARK(validate_conforming_206_with_request);

// ---- a realistic mix of responses, as a server sends them (docs/PERFORMANCE.md lists it) --
// Each kind is a conforming response with the fields nginx or a typical application sends,
// and the request where the rules read it (206, 304, 201, 405). Drawn by weight, fixed seed.
struct mixed_exchange {
  hs::response_view response;
  const hs::request_view* request;
};

hs::field mix_200[] = {{"Server", "nginx/1.22.1"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Content-Type", "text/html; charset=utf-8"}, {"Content-Length", "5120"},
                       {"Last-Modified", "Sat, 21 Nov 2026 09:00:00 GMT"},
                       {"Connection", "keep-alive"}, {"ETag", "\"6560-5e8f\""},
                       {"Cache-Control", "max-age=3600"}, {"Vary", "Accept-Encoding"},
                       {"Accept-Ranges", "bytes"}};
hs::field mix_304[] = {{"Server", "nginx/1.22.1"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Connection", "keep-alive"}, {"ETag", "\"6560-5e8f\""},
                       {"Cache-Control", "max-age=3600"}, {"Vary", "Accept-Encoding"}};
hs::field mix_404[] = {{"Server", "nginx/1.22.1"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Content-Type", "text/html"}, {"Content-Length", "153"},
                       {"Connection", "keep-alive"}};
hs::field mix_301[] = {{"Server", "nginx/1.22.1"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Content-Type", "text/html"}, {"Content-Length", "169"},
                       {"Location", "https://example.org/new/"}, {"Connection", "keep-alive"}};
hs::field mix_206[] = {{"Server", "nginx/1.22.1"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Content-Type", "video/mp4"}, {"Content-Length", "1048576"},
                       {"Last-Modified", "Sat, 21 Nov 2026 09:00:00 GMT"},
                       {"Connection", "keep-alive"}, {"ETag", "\"6560-5e8f\""},
                       {"Content-Range", "bytes 0-1048575/73400320"}};
hs::field mix_204[] = {{"Server", "nginx/1.22.1"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Connection", "keep-alive"}};
hs::field mix_201[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Content-Type", "application/json"}, {"Content-Length", "27"},
                       {"Location", "https://api.example.org/orders/17"},
                       {"Connection", "keep-alive"}};
hs::field mix_400[] = {{"Server", "nginx/1.22.1"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Content-Type", "application/problem+json"}, {"Content-Length", "96"},
                       {"Connection", "close"}};
hs::field mix_401[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"WWW-Authenticate", "Bearer realm=\"api\""},
                       {"Content-Type", "application/json"}, {"Content-Length", "40"}};
hs::field mix_500[] = {{"Server", "nginx/1.22.1"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Content-Type", "text/html"}, {"Content-Length", "177"},
                       {"Connection", "close"}};
hs::field mix_503[] = {{"Server", "nginx/1.22.1"}, {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                       {"Content-Type", "text/html"}, {"Content-Length", "190"},
                       {"Retry-After", "120"}, {"Connection", "close"}};
hs::field get_range[] = {{"Host", "example.org"}, {"Range", "bytes=0-1048575"}};
hs::field get_conditional[] = {{"Host", "example.org"}, {"If-None-Match", "\"6560-5e8f\""}};
hs::field post_json[] = {{"Host", "api.example.org"}, {"Content-Type", "application/json"}};

const std::vector<mixed_exchange>& exchange_mix() {
  static const hs::request_view ranged("GET", get_range);
  static const hs::request_view conditional("GET", get_conditional);
  static const hs::request_view posted("POST", post_json);
  static const std::vector<mixed_exchange> mix = [] {
    struct weighted {
      mixed_exchange x;
      int weight;
    };
    const weighted kinds[] = {
        {{hs::response_view(200, mix_200, 5120), nullptr}, 600},
        {{hs::response_view(304, mix_304), &conditional}, 100},
        {{hs::response_view(404, mix_404, 153), nullptr}, 60},
        {{hs::response_view(301, mix_301, 169), nullptr}, 30},
        {{hs::response_view(302, mix_301, 169), nullptr}, 30},
        {{hs::response_view(206, mix_206, 1048576), &ranged}, 40},
        {{hs::response_view(204, mix_204, 0), nullptr}, 30},
        {{hs::response_view(201, mix_201, 27), &posted}, 20},
        {{hs::response_view(400, mix_400, 96), nullptr}, 20},
        {{hs::response_view(401, mix_401, 40), nullptr}, 20},
        {{hs::response_view(403, mix_404, 153), nullptr}, 20},
        {{hs::response_view(500, mix_500, 177), nullptr}, 10},
        {{hs::response_view(503, mix_503, 190), nullptr}, 20}};
    std::vector<mixed_exchange> bag;
    for (const weighted& w : kinds) bag.insert(bag.end(), static_cast<std::size_t>(w.weight), w.x);
    std::mt19937 rng(9110);
    std::vector<mixed_exchange> out;
    for (int i = 0; i < 4096; ++i) out.push_back(bag[rng() % bag.size()]);
    return out;
  }();
  return mix;
}

void validate_mix(benchmark::State& state) {
  const auto e = static_cast<hs::edition>(state.range(0));
  const auto& mix = exchange_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    const mixed_exchange& x = mix[i++ & 4095];
    benchmark::DoNotOptimize(x.request != nullptr ? hs::validate(x.response, *x.request, e)
                                                  : hs::validate(x.response, e));
  }
}
// The floor over the same mix: one case-insensitive search of each response's fields.
void validate_floor_mix(benchmark::State& state) {
  const auto& mix = exchange_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(mix[i++ & 4095].response.fields().has("WWW-Authenticate"));
  }
}
BENCHMARK(validate_mix)->Arg(0)->Arg(1);
BENCHMARK(validate_floor_mix);

// A corpus of real-looking responses: the sample captures, then generated ones.
const std::string& corpus() {
  static const std::string bytes = [] {
    std::string out;
    const char* samples[] = {"200-ok.http", "200-chunked.http", "201-created.http",
                             "206-single.http", "206-multipart.http", "304-not-modified.http",
                             "301-no-location.http", "405-no-allow.http"};
    for (const char* name : samples) {
      std::ifstream in(std::string(HTTPSTATUS_SAMPLES_DIR) + "/" + name, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out += s.str();
    }
    std::mt19937 rng(9112);
    for (int i = 0; i < 200; ++i) {
      const std::string body(200 + rng() % 4000, 'x');
      out += "HTTP/1.1 200 OK\r\nDate: Sun, 22 Nov 2026 10:00:00 GMT\r\nServer: nginx\r\n"
             "Content-Type: text/html\r\nCache-Control: max-age=60\r\nETag: \"abc\"\r\n"
             "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    }
    return out;
  }();
  return bytes;
}

void parse_httpstatus(benchmark::State& state) {
  const std::string& bytes = corpus();
  std::size_t messages = 0;
  for (auto _ : state) {
    std::string_view rest = bytes;
    while (!rest.empty()) {
      const auto r = hs::parse_response(rest);
      if (!r) break;
      rest.remove_prefix(r.consumed());
      ++messages;
    }
    benchmark::DoNotOptimize(messages);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}

int hp_complete(http_parser* p) {
  ++*static_cast<std::size_t*>(p->data);
  return 0;
}
void parse_http_parser(benchmark::State& state) {
  const std::string& bytes = corpus();
  http_parser_settings settings;
  http_parser_settings_init(&settings);
  settings.on_message_complete = hp_complete;
  std::size_t messages = 0;
  for (auto _ : state) {
    http_parser parser;
    http_parser_init(&parser, HTTP_RESPONSE);
    parser.data = &messages;
    benchmark::DoNotOptimize(http_parser_execute(&parser, &settings, bytes.data(), bytes.size()));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(parse_httpstatus);
BENCHMARK(parse_http_parser);

}  // namespace

BENCHMARK_MAIN();
