// libFuzzer target: the parser's framing against Debian's http-parser on the same bytes. Where
// both read the first response whole, they must agree on its status, where it ends and the
// length of its content after chunked decoding: a disagreement is a misframing in one of
// them. (Where one rejects what the other reads, they differ in strictness, not in framing;
// RFC 9112 lets a recipient reject more.)
#include <httpstatus/httpstatus.hpp>

#include <http_parser.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

struct oracle_state {
  bool head_request = false;
  bool complete = false;
  std::size_t body = 0;
};

int on_body(http_parser* p, const char*, std::size_t length) {
  static_cast<oracle_state*>(p->data)->body += length;
  return 0;
}
int on_headers_complete(http_parser* p) {
  // no content after HEAD, or in 1xx, 204, 304 (RFC 9112 §6.3), as a client tells http-parser
  const unsigned status = p->status_code;
  const bool bodiless = status / 100 == 1 || status == 204 || status == 304;
  return static_cast<oracle_state*>(p->data)->head_request || bodiless ? 1 : 0;
}
int on_message_complete(http_parser* p) {
  static_cast<oracle_state*>(p->data)->complete = true;
  http_parser_pause(p, 1);  // stop at the message's end, so that the offset is known
  return 0;
}

// Where http-parser 2.9 (Debian bookworm's) reads the framing fields otherwise than RFC 9110
// says, it is no oracle: it finds "chunked" only in a plain list (tokens, commas, single
// spaces), not after an empty element (",chunked", RFC 9110 §5.6.1) nor before trailing
// white space (OWS, §5.5); and it takes a field whose name only starts with
// Transfer-Encoding or Content-Length for that field. Elsewhere it must agree.
bool plain_list(std::string_view value) {
  bool token = false;  // inside a token
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    const bool tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
    if (tchar) {
      token = true;
    } else if (c == ',' && token) {
      token = false;
      if (i + 1 < value.size() && value[i + 1] == ' ') ++i;
    } else {
      return false;
    }
  }
  return token;
}

// Whether `name` starts with `lower` (lower case), ignoring case.
bool starts_with(std::string_view name, std::string_view lower) {
  if (name.size() < lower.size()) return false;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if ((name[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

bool http_parser_misreads(const httpstatus::parsed_response& ours, const http_parser& parser) {
  constexpr std::string_view te = "transfer-encoding";
  constexpr std::string_view cl = "content-length";
  for (const httpstatus::field& f : ours.fields()) {
    // it takes a longer name that starts so ("Transfer-Encodingx") for the field itself
    if ((starts_with(f.name, te) && f.name.size() > te.size()) ||
        (starts_with(f.name, cl) && f.name.size() > cl.size())) {
      return true;
    }
  }
  const bool theirs_chunked = (parser.flags & F_CHUNKED) != 0;
  if ((ours.framing() == httpstatus::framing::chunked) == theirs_chunked) return false;
  for (const httpstatus::field& f : ours.fields()) {
    if (!starts_with(f.name, te) || f.name.size() != te.size()) continue;
    const char after = f.value.data()[f.value.size()];  // the line goes on to its end: in bounds
    if (after == ' ' || after == '\t' || !plain_list(f.value)) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace hs = httpstatus;
  if (size == 0) return 0;
  const bool head_request = data[0] % 2 == 1;  // the first byte: a response to HEAD or not
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  http_parser_settings settings;
  http_parser_settings_init(&settings);
  settings.on_body = on_body;
  settings.on_headers_complete = on_headers_complete;
  settings.on_message_complete = on_message_complete;
  oracle_state state;
  state.head_request = head_request;
  http_parser parser;
  http_parser_init(&parser, HTTP_RESPONSE);
  parser.data = &state;
  std::size_t used = http_parser_execute(&parser, &settings, bytes.data(), bytes.size());
  if (!state.complete && HTTP_PARSER_ERRNO(&parser) == HPE_OK) {
    http_parser_execute(&parser, &settings, nullptr, 0);  // the end of input ends the content
  }
  if (!state.complete) return 0;  // http-parser did not read it whole

  const hs::parsed_response ours = hs::parse_response(bytes, head_request ? "HEAD" : "");
  if (!ours) return 0;  // stricter here: a difference of strictness
  if (http_parser_misreads(ours, parser)) return 0;
  // http-parser reports the bytes it took; a message delimited by the close takes them all
  if (ours.framing() == hs::framing::close) used = bytes.size();
  if (static_cast<int>(parser.status_code) != ours.status() || used != ours.consumed() ||
      state.body != ours.content_length()) {
    __builtin_trap();
  }
  return 0;
}
