// httpstatus-lint: what people capture, read into responses to validate. Three kinds of input:
// a byte stream of responses (a socket, a proxy, `curl -si`, `curl -siL`, a keep-alive
// connection), a `curl -v` trace (request and response heads behind "> " and "< "), and a HAR
// file (har.hpp). Every response becomes one linted_response, validated with its request where
// the input holds it.
#ifndef HTTPSTATUS_LINT_CAPTURES_HPP
#define HTTPSTATUS_LINT_CAPTURES_HPP

#include <httpstatus/httpstatus.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lint {

namespace hs = httpstatus;

// Room for the syntax findings and every validation finding of one response.
using lint_report = hs::basic_report<64>;

// A finding of a rule that compares two exchanges (probe_rules.hpp), at the status line. It
// owns its field name and condition, which come from the responses compared.
struct cross_finding {
  std::string_view rule;
  hs::level level;
  std::string field;
  std::string_view citation;
  std::string_view message;
  std::string condition;  // what was compared, e.g. "GET: 200, HEAD: 405"
};

struct linted_response {
  int status = 0;
  std::string reason;   // as sent, or the edition's phrase when none was sent
  std::string version;  // "HTTP/1.1", "HTTP/2", ...
  lint_report findings;
  std::vector<std::size_t> lines;  // each finding's line in the input: its field's first
                                   // line, else the status line
  std::vector<cross_finding> cross;
};

// Every finding of a response, the library's and then the cross-exchange ones, with its line.
template <class Visit>
void for_each_finding(const linted_response& r, Visit visit) {
  for (std::size_t i = 0; i < r.findings.size(); ++i) visit(r.findings[i], r.lines[i]);
  for (const cross_finding& c : r.cross) {
    visit(hs::finding{c.rule, c.level, c.field, c.citation, c.message, c.condition}, std::size_t{1});
  }
}

// What a probe of a live server asked and what it got (httpstatus-lint --probe).
struct probe_summary {
  std::string name;      // e.g. "if-none-match"
  std::string purpose;   // what the probe asks
  std::string request;   // the method, the URL when not the one probed, the fields it chose
  std::string expected;  // what a server that supports it answers
  std::string not_sent;  // why the probe was not sent; empty when it was
  int status = 0;        // the final status received; 0 when none
  bool as_expected = false;
};

struct linted_input {
  std::string name;
  std::vector<linted_response> responses;
  std::vector<std::string> notes;    // what was not checked, and why: said once per input
  std::optional<std::string> error;  // why (part of) the input could not be read
  std::optional<probe_summary> probe;
};

// What the user told about the input.
struct capture_options {
  hs::validation_options validation;
  const hs::parsed_request* request = nullptr;  // --request
  std::string_view method;                      // --method, or the request's
  bool raw = false;  // --raw: bytes off the wire; content must match its framing
};

namespace detail {

inline std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// "HTTP/1.1 200", "HTTP/2 200", "HTTP/3 200", then a space or the line's end.
inline bool starts_status_line(std::string_view s) {
  const auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  std::size_t code = 0;
  if (s.substr(0, 5) != "HTTP/") return false;
  if (digit(5) && s.size() > 8 && s[6] == '.' && digit(7) && s[8] == ' ') {
    code = 9;
  } else if ((s.substr(5, 2) == "2 " || s.substr(5, 2) == "3 ")) {
    code = 7;
  } else {
    return false;
  }
  if (!digit(code) || !digit(code + 1) || !digit(code + 2)) return false;
  return s.size() == code + 3 || s[code + 3] == ' ' || s[code + 3] == '\r' || s[code + 3] == '\n';
}

// Whether content starts as chunked coding on the wire does: a chunk-size line, hex digits
// (perhaps with extensions) ended by CRLF. Content a client decoded rarely does.
inline bool starts_chunked(std::string_view s) {
  std::size_t digits = 0;
  while (digits < s.size() && std::isxdigit(static_cast<unsigned char>(s[digits])) != 0) ++digits;
  if (digits == 0) return false;
  const std::size_t end = s.find("\r\n", digits);
  return end != std::string_view::npos && (end == digits || s[digits] == ';' || s[digits] == ' ' ||
                                           s[digits] == '\t');
}

// Where the next response starts in content a client printed without its framing: the first
// status line whose whole head parses; the end when there is none.
inline std::size_t next_response_at(std::string_view s) {
  for (std::size_t at = s.find("HTTP/"); at != std::string_view::npos;
       at = s.find("HTTP/", at + 1)) {
    if (starts_status_line(s.substr(at)) && hs::parse_response_head(s.substr(at))) return at;
  }
  return s.size();
}

inline std::string version_of(const hs::parsed_message& m) {
  if (m.head_form() == hs::head_form::http2) return "HTTP/2";
  if (m.head_form() == hs::head_form::http3) return "HTTP/3";
  return fmt::format("HTTP/{}.{}", m.version_major(), m.version_minor());
}

// Counts what was not checked in an input, to say it once.
struct unchecked {
  std::size_t decoded = 0;  // content a client decoded (chunked, content codings)
  std::size_t absent = 0;   // content the capture left out (curl -I, curl -L's hops)

  void say(linted_input& out) const {
    if (decoded != 0) {
      out.notes.push_back(fmt::format(
          "the content of {} was decoded by the client (curl without --raw removes the chunked "
          "coding, and with --compressed the content coding), so it was not checked against "
          "its framing",
          plural(decoded, "response", "responses")));
    }
    if (absent != 0) {
      out.notes.push_back(fmt::format(
          "{} came without {} content (curl -I, or a redirect curl -L followed), so {} "
          "framing was not checked",
          plural(absent, "response", "responses"), absent == 1 ? "its" : "their",
          absent == 1 ? "its" : "their"));
    }
  }
};

}  // namespace detail

// Validates one response: its syntax, then the rules, with the request when known.
// `line_at` gives the input's line of a byte offset into `text`, the bytes the head was
// parsed from.
template <class LineAt>
linted_response lint_response(const hs::parsed_response& parsed,
                              std::optional<std::size_t> content,
                              const hs::parsed_request* request,
                              const hs::validation_options& options, std::string_view text,
                              const LineAt& line_at) {
  linted_response result;
  result.status = parsed.status();
  result.reason = std::string(parsed.reason());
  if (result.reason.empty()) {
    result.reason = std::string(hs::reason_phrase(parsed.status(), options.edition));
  }
  result.version = detail::version_of(parsed);
  hs::check_syntax(parsed, options.edition, result.findings);
  const hs::response_view view =
      content ? hs::response_view(parsed.status(), parsed.fields(), *content)
                    .with_reason(parsed.reason())
              : hs::response_view(parsed.status(), parsed.fields()).with_reason(parsed.reason());
  if (request != nullptr) {
    const hs::request_view request_view = **request;
    hs::validate_into(view, &request_view, options, result.findings);
  } else {
    hs::validate_into(view, nullptr, options, result.findings);
  }
  for (const hs::finding& f : result.findings) {
    std::size_t offset = 0;  // the status line
    if (const hs::field* named = f.field.empty() ? nullptr : parsed.fields().find(f.field)) {
      offset = static_cast<std::size_t>(named->name.data() - text.data());
    }
    result.lines.push_back(line_at(offset));
  }
  return result;
}

// A stream of responses: one after another, each framed as RFC 9112 §6.3 says, or as a
// client printed it. Unless `raw`, content a client decoded or left out is recognised (its
// framing then unchecked, and said once): after the head comes the next response, or content
// that does not fit the framing the head declares while a client would have decoded it
// (Transfer-Encoding, when the content does not start as chunked coding does; or
// Content-Encoding). After a 101 the bytes are the new protocol's.
inline linted_input lint_stream(const std::string& name, std::string_view bytes,
                                const capture_options& given) {
  linted_input out{name, {}, {}, std::nullopt, std::nullopt};
  // room for a response per status line at a line's start, so that the list never moves
  std::size_t heads = bytes.substr(0, 5) == "HTTP/" ? 1 : 0;
  for (std::size_t at = bytes.find("\nHTTP/"); at != std::string_view::npos;
       at = bytes.find("\nHTTP/", at + 1)) {
    ++heads;
  }
  out.responses.reserve(heads);
  detail::unchecked skipped;
  std::string_view rest = bytes;
  std::size_t line = 1;  // of rest's first byte
  std::size_t offset = 0;
  const auto where = [&](const hs::parse_error& e) {
    return fmt::format("{}:{}: byte {}: {}", name, line + e.line - 1, offset + e.offset, e.what);
  };
  while (!rest.empty()) {
    const std::string_view text = rest;
    const std::size_t first_line = line;
    const auto line_at = [text, first_line](std::size_t at) {
      const auto end = text.begin() + static_cast<std::ptrdiff_t>(at);
      return first_line + static_cast<std::size_t>(std::count(text.begin(), end, '\n'));
    };
    const hs::parsed_response parsed = hs::parse_response(rest, given.method);
    // (an HTTP/2 or HTTP/3 head with no content, as to HEAD or a 304, is whole too)
    const bool whole_head = parsed && parsed.framing() != hs::framing::frames &&
                            (parsed.head_form() == hs::head_form::http1 ||
                             parsed.framing() == hs::framing::none);
    if (whole_head && !(parsed.status() == 101 && parsed.head_form() == hs::head_form::http1) &&
        (parsed.framing() != hs::framing::close || given.raw) &&
        (parsed.consumed() == rest.size() ||
         detail::starts_status_line(rest.substr(parsed.consumed())))) {
      // framed, and the framing checked out: the common case, one parse
      out.responses.push_back(lint_response(parsed, parsed.content_length(), given.request,
                                            given.validation, text, line_at));
      const std::string_view done = rest.substr(0, parsed.consumed());
      line += static_cast<std::size_t>(std::count(done.begin(), done.end(), '\n'));
      offset += done.size();
      rest.remove_prefix(done.size());
      continue;
    }
    // the head, as the parse read it before its content (which may have failed): `parsed`
    // keeps its fields either way
    const std::size_t head_length = parsed.head_length();
    if (head_length == 0) {
      out.error = where(parsed.error()) +
                  (out.responses.empty() ? "" : " (after the responses read before it)");
      break;
    }
    // what follows the head, and how much of it is this response's content
    const std::string_view after = rest.substr(head_length);
    std::optional<std::size_t> content;
    std::size_t taken = head_length;
    bool switched = false;
    if (parsed.status() == 101 && parsed.head_form() == hs::head_form::http1) {
      switched = !after.empty();  // RFC 9110 §15.2.2: the connection now speaks another protocol
      content = 0;
    } else if (parsed && (parsed.framing() == hs::framing::frames ||
                          parsed.framing() == hs::framing::close)) {
      // content decoded from HTTP/2 or HTTP/3 frames, or delimited by a connection's close:
      // in a printed capture, the next response ends it
      content = detail::next_response_at(after);
      taken += *content;
    } else if (!given.raw && (after.empty() || detail::starts_status_line(after))) {
      ++skipped.absent;  // the head alone: its content was left out
    } else if (!given.raw && parsed && parsed.framing() == hs::framing::none) {
      // Bytes after a response that can have no content (1xx, 204, 304, to HEAD) that are not
      // a next response are content it carries: a finding on it (content.forbidden,
      // content.head), not unreadable input. They run to the next response (a Content-Length
      // there may describe the representation, RFC 9110 §8.6, not these bytes).
      content = detail::next_response_at(after);
      taken += *content;
    } else if (!given.raw &&
               ((parsed.fields().has("Transfer-Encoding") && !detail::starts_chunked(after)) ||
                (parsed.fields().has("Content-Encoding") &&
                 !parsed.fields().has("Transfer-Encoding")))) {
      ++skipped.decoded;  // the client took the codings off: the content runs to the next response
      taken += detail::next_response_at(after);
    } else {
      out.error = parsed ? fmt::format("{}:{}: byte {}: {} bytes after the response are not a "
                                       "next response",
                                       name, line_at(parsed.consumed()), offset + parsed.consumed(),
                                       rest.size() - parsed.consumed())
                         : where(parsed.error());
      break;
    }
    out.responses.push_back(
        lint_response(parsed, content, given.request, given.validation, text, line_at));
    const std::string_view done = rest.substr(0, taken);
    line += static_cast<std::size_t>(std::count(done.begin(), done.end(), '\n'));
    offset += taken;
    rest.remove_prefix(taken);
    if (switched) {
      out.notes.push_back(fmt::format(
          "the {} after the 101 (Switching Protocols) belong to the protocol it switched to; "
          "they were not read",
          detail::plural(rest.size(), "byte", "bytes")));
      break;
    }
  }
  if (out.responses.empty() && !out.error) {
    out.error = fmt::format("{}:1: byte 0: the input is empty; a status line was expected", name);
  }
  skipped.say(out);
  return out;
}

// A `curl -v` trace (`curl -sv URL 2>&1`): request heads behind "> ", response heads behind
// "< ", curl's notes behind "* ", and the content wherever stdout put it. Each response is
// validated with the request before it; a trace holds no framing, so content is not checked.
inline bool is_trace(std::string_view bytes) {
  const std::size_t first = bytes.find_first_not_of("\r\n");
  if (first == std::string_view::npos) return false;
  const std::string_view start = bytes.substr(first, 2);
  return start == "* " || start == "> " || start == "< " || start == "*\t";
}

inline linted_input lint_trace(const std::string& name, std::string_view bytes,
                               const capture_options& given) {
  linted_input out{name, {}, {}, std::nullopt, std::nullopt};
  // a head without its prefixes, with the input's line of each of its lines
  struct head_text {
    std::string text;
    std::vector<std::size_t> lines;
    bool open = false;
  };
  // the input's line of a head's line n (1-based; past the end: the head's last)
  const auto line_of = [](const head_text& head, std::size_t n) {
    if (head.lines.empty()) return std::size_t{0};
    return head.lines[std::min(std::max<std::size_t>(n, 1), head.lines.size()) - 1];
  };
  std::deque<head_text> requests;  // stable: the parsed requests point into them
  std::deque<hs::parsed_request> parsed_requests;
  const hs::parsed_request* current = given.request;
  head_text request;
  head_text response;
  std::size_t heads = 0;

  const auto end_request = [&] {
    request.open = false;
    requests.push_back(std::move(request));
    request = head_text{};
    parsed_requests.push_back(hs::parse_request_head(requests.back().text));
    if (!parsed_requests.back()) {
      const hs::parse_error& e = parsed_requests.back().error();
      out.error = fmt::format("{}:{}: {}", name, line_of(requests.back(), e.line), e.what);
      return false;
    }
    current = &parsed_requests.back();
    return true;
  };
  const auto end_response = [&] {
    response.open = false;
    ++heads;
    const hs::parsed_response head = hs::parse_response_head(response.text);
    if (!head) {
      const hs::parse_error& e = head.error();
      out.error = fmt::format("{}:{}: {}", name, line_of(response, e.line), e.what);
      return false;
    }
    const head_text& done = response;
    const auto line_at = [&done](std::size_t offset) {
      const auto n = std::count(done.text.begin(),
                                done.text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
      return done.lines[static_cast<std::size_t>(n)];
    };
    out.responses.push_back(
        lint_response(head, std::nullopt, current, given.validation, done.text, line_at));
    response = head_text{};
    return true;
  };

  std::size_t line = 0;
  for (std::size_t at = 0; at < bytes.size();) {
    std::size_t end = bytes.find('\n', at);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view text = bytes.substr(at, end - at);
    at = end + 1;
    ++line;
    const std::string_view prefix = text.substr(0, 2);
    const bool is_request = prefix == "> " || text == ">" || text == ">\r";
    const bool is_response = prefix == "< " || text == "<" || text == "<\r";
    if (!is_request && !is_response) continue;  // curl's notes, content, "{ [5 bytes data]"
    std::string_view body = text.substr(std::min<std::size_t>(2, text.size()));
    if (!body.empty() && body.back() == '\r') body.remove_suffix(1);
    // curl prints no empty line after an interim 1xx: the next status line ends its head
    if (is_response && response.open && detail::starts_status_line(body)) {
      response.text += "\r\n";
      if (!end_response()) return out;
    }
    head_text& head = is_request ? request : response;
    head.open = true;
    head.text.append(body.data(), body.size());
    head.text += "\r\n";
    head.lines.push_back(line);
    if (!body.empty()) continue;
    if (!(is_request ? end_request() : end_response())) return out;  // the empty line ends it
  }
  if (response.open && !response.text.empty()) {
    out.notes.push_back("the trace ends inside a response head; that head was not read");
  }
  if (heads == 0) {
    out.error = fmt::format("{}: a curl -v trace with no response head (\"< \" lines)", name);
  } else {
    out.notes.push_back(
        "a curl -v trace shows heads, not the content's framing: content was not checked");
  }
  return out;
}

}  // namespace lint

#endif  // HTTPSTATUS_LINT_CAPTURES_HPP
