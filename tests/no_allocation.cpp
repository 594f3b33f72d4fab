// Validation, lookups and views allocate nothing: every global operator new is counted.
#include <httpstatus/httpstatus.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>

namespace {
std::atomic<long> allocations{0};
}

void* operator new(std::size_t size) {
  ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

int main() {
  namespace hs = httpstatus;
  // a typical response of ten fields, and its request
  const hs::field fields[] = {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"},
                              {"Server", "example"},
                              {"Content-Type", "multipart/byteranges; boundary=x"},
                              {"Content-Length", "120"},
                              {"Cache-Control", "max-age=60, public"},
                              {"ETag", "\"abc\""},
                              {"Last-Modified", "Sat, 05 Nov 1994 08:49:37 GMT"},
                              {"Vary", "Accept-Encoding"},
                              {"Connection", "keep-alive"},
                              {"Accept-Ranges", "bytes"}};
  const hs::field request_fields[] = {{"Range", "bytes=0-9, 20-29"}, {"Host", "example"}};
  const long before = allocations.load();
  std::size_t findings = 0;
  for (int status = 0; status <= 1000; ++status) {
    for (hs::edition e : {hs::edition::rfc2616, hs::edition::rfc9110}) {
      const hs::response_view response(status, fields, 120);
      const hs::report alone = hs::validate(response, e);
      const hs::report with_request =
          hs::validate(response.with_reason("Whatever"),
                       hs::request_view("GET", request_fields).with_version(1, 1), e);
      findings += alone.size() + with_request.size() + hs::reason_phrase(status, e).size();
    }
  }
  // parsing and the syntax check too
  const std::string_view raw =
      "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
      "X-Fold: a\r\n b\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
  for (int i = 0; i < 100; ++i) {
    std::string_view rest = raw;
    while (!rest.empty()) {
      const hs::parsed_response r = hs::parse_response(rest);
      if (!r) break;
      hs::report syntax;
      hs::check_syntax(r, hs::edition::rfc9110, syntax);
      findings += syntax.size() + r.content_length();
      rest.remove_prefix(r.consumed());
    }
    findings += hs::parse_request("GET / HTTP/1.1\r\nRange: bytes=0-1\r\n\r\n").fields().size();
  }
  const long made = allocations.load() - before;
  std::printf("validated 4004 exchanges and parsed 300 messages (%zu findings, bytes and fields): "
              "%ld allocations\n", findings, made);
  // prove the counter counts
  delete new int(1);
  const bool counter_works = allocations.load() == before + made + 1;
  if (!counter_works) std::printf("the allocation counter does not count\n");
  return made == 0 && counter_works && findings > 0 ? 0 : 1;
}
