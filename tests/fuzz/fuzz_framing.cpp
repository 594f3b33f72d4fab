// libFuzzer target: the parser's framing against Debian's http-parser on the same bytes. Where
// both read the first response whole, they must agree on its status, where it ends and the
// length of its content after chunked decoding: a disagreement is a misframing in one of
// them. (Where one rejects what the other reads, they differ in strictness, not in framing;
// RFC 9112 lets a recipient reject more.)
#include <httpstatus/httpstatus.hpp>

#include "../http_parser_oracle.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

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

bool http_parser_misreads(const httpstatus::parsed_response& ours, const oracle::message& theirs) {
  constexpr std::string_view te = "transfer-encoding";
  constexpr std::string_view cl = "content-length";
  for (const httpstatus::field& f : ours.fields()) {
    // it takes a longer name that starts so ("Transfer-Encodingx") for the field itself
    if ((starts_with(f.name, te) && f.name.size() > te.size()) ||
        (starts_with(f.name, cl) && f.name.size() > cl.size())) {
      return true;
    }
  }
  if ((ours.framing() == httpstatus::framing::chunked) == theirs.chunked) return false;
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
  // A response to HEAD or not, from the input's length rather than a byte of it: the seeds,
  // whole responses, then parse as they are (a flag byte in front would spoil every one, and
  // the fuzzer would never reach a complete message).
  const bool head_request = size % 2 == 1;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  const oracle::message theirs = oracle::read_response(bytes, head_request);
  if (!theirs.complete) return 0;  // http-parser did not read it whole

  const hs::parsed_response ours = hs::parse_response(bytes, head_request ? "HEAD" : "");
  if (!ours) return 0;  // stricter here: a difference of strictness
  if (http_parser_misreads(ours, theirs)) return 0;
  // http-parser reports the bytes it took; a message delimited by the close takes them all
  const std::size_t used = ours.framing() == hs::framing::close ? bytes.size() : theirs.used;
  if (theirs.status != ours.status() || used != ours.consumed() ||
      theirs.body != ours.content_length()) {
    __builtin_trap();
  }
  return 0;
}
