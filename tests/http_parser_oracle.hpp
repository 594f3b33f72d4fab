// Debian's http-parser (libhttp-parser-dev) as an oracle for the parser's framing: where one
// response it reads ends, its status, and its content's length after chunked decoding. Used
// by the differential test (framing_oracle.cpp) and the framing fuzzer.
#ifndef HTTPSTATUS_TESTS_HTTP_PARSER_ORACLE_HPP
#define HTTPSTATUS_TESTS_HTTP_PARSER_ORACLE_HPP

#include <http_parser.h>

#include <cstddef>
#include <string_view>

namespace oracle {

struct message {
  bool complete = false;  // read whole
  int status = 0;
  std::size_t body = 0;   // content bytes after chunked decoding
  std::size_t used = 0;   // bytes taken, up to the message's end
  bool chunked = false;   // framed by the chunked coding
};

namespace detail {
struct state {
  bool head_request = false;
  bool complete = false;
  std::size_t body = 0;
};
inline int on_body(http_parser* p, const char*, std::size_t length) {
  static_cast<state*>(p->data)->body += length;
  return 0;
}
inline int on_headers_complete(http_parser* p) {
  // 1: no body follows. A client says so for a response to HEAD; and for 1xx, 204 and 304,
  // since http-parser 2.9 reads Content-Length bytes after a 304 that RFC 9112 §6.3 (rule 1)
  // says are not there (a 304 may carry the 200's Content-Length, RFC 9110 §8.6).
  const unsigned status = p->status_code;
  const bool bodiless = status / 100 == 1 || status == 204 || status == 304;
  return static_cast<state*>(p->data)->head_request || bodiless ? 1 : 0;
}
inline int on_message_complete(http_parser* p) {
  static_cast<state*>(p->data)->complete = true;
  http_parser_pause(p, 1);  // stop at the message's end, so that the offset is known
  return 0;
}
}  // namespace detail

/// The first response of `bytes` as http-parser frames it; the end of the input ends content
/// delimited by the connection's close.
inline message read_response(std::string_view bytes, bool head_request) {
  http_parser_settings settings;
  http_parser_settings_init(&settings);
  settings.on_body = detail::on_body;
  settings.on_headers_complete = detail::on_headers_complete;
  settings.on_message_complete = detail::on_message_complete;
  detail::state state;
  state.head_request = head_request;
  http_parser parser;
  http_parser_init(&parser, HTTP_RESPONSE);
  parser.data = &state;
  const std::size_t used = http_parser_execute(&parser, &settings, bytes.data(), bytes.size());
  if (!state.complete && HTTP_PARSER_ERRNO(&parser) == HPE_OK) {
    http_parser_execute(&parser, &settings, nullptr, 0);
  }
  return {state.complete, static_cast<int>(parser.status_code), state.body, used,
          (parser.flags & F_CHUNKED) != 0};
}

}  // namespace oracle

#endif  // HTTPSTATUS_TESTS_HTTP_PARSER_ORACLE_HPP
