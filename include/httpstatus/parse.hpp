// Parsing raw HTTP/1.x messages (RFC 9112), and HTTP/2 and HTTP/3 heads as clients print
// them (head_form), into the results of parsed.hpp, which the validators accept: no copy,
// no allocation, never a read outside the input. Strict where RFC 9112 says a recipient must
// reject; where it only says a sender must not, the parse succeeds and records a syntax note
// that check_syntax() reports as a finding.
#ifndef HTTPSTATUS_PARSE_HPP
#define HTTPSTATUS_PARSE_HPP

#include <cstddef>
#include <string_view>

#include "config.hpp"
#include "types.hpp"
#include "detail/ascii.hpp"
#include "detail/framing_fields.hpp"
#include "lookup.hpp"
#include "parsed.hpp"
#include "view.hpp"

namespace httpstatus {
namespace detail {

struct cursor {
  std::string_view input;
  std::size_t pos = 0;
  std::size_t line = 1;
};

// The parser: reads one message from a cursor into a parsed_message, which it alone writes.
class message_reader {
 public:
  constexpr explicit message_reader(parsed_message& m) noexcept : m_(m) {}

  constexpr void fail(std::string_view what, const cursor& at, bool incomplete = false) noexcept {
    if (!m_.error_.what.empty()) return;
    m_.error_ = parse_error{what, at.line, at.pos, incomplete};
    m_.consumed_ = 0;
  }
  constexpr void note(syntax_note n, std::size_t line) noexcept {
    std::size_t& first = m_.notes_[static_cast<std::size_t>(n)];
    if (first == 0) first = line;
  }

  // Reads one line; `out` excludes the line ending. False (with an error) when the input
  // ends first or the line holds a bare CR or a NUL.
  // `crlf_only`: a bare LF ends no line here (the lines of chunked coding, RFC 9112 §7.1).
  constexpr bool read_line(cursor& at, std::string_view& out, bool crlf_only = false) noexcept {
    const std::string_view in = at.input;
    std::size_t end = in.find('\n', at.pos);  // memchr at run time
    if (end == std::string_view::npos) end = in.size();
    if (end == in.size()) {
      fail("the input ends inside a line (no CRLF)", at, true);
      return false;
    }
    std::size_t stop = end;
    if (stop > at.pos && in[stop - 1] == '\r') {
      --stop;
    } else if (crlf_only) {
      fail("a line of the chunked coding ends with LF alone, not CRLF", cursor{in, end, at.line});
      return false;
    } else {
      note(syntax_note::lf_line_ending, at.line);
    }
    const std::string_view line = in.substr(at.pos, stop - at.pos);
    const std::size_t cr = line.find('\r');  // two memchr passes beat a loop over each byte
    const std::size_t nul = line.find('\0');
    if (cr != std::string_view::npos || nul != std::string_view::npos) {
      const std::size_t first = cr < nul ? cr : nul;
      cursor where{in, at.pos + first, at.line};
      fail(first == cr ? "a bare CR inside a line" : "a NUL byte inside a line", where);
      return false;
    }
    out = line;
    at.pos = end + 1;
    ++at.line;
    return true;
  }

  // The start line, after checking there is any input at all.
  constexpr bool read_start_line(cursor& at, std::string_view& line,
                                 std::string_view empty_message) noexcept {
    if (at.pos >= at.input.size()) {
      fail(empty_message, at, true);
      return false;
    }
    return read_line(at, line);
  }

  // Content delimited by Content-Length (`length` >= 0) or, for a response without one,
  // by the end of the input. False (with an error) when fewer bytes are present.
  constexpr bool take_content(cursor& at, long long length) noexcept {
    const std::size_t present = at.input.size() - at.pos;
    if (length < 0) {
      m_.framing_ = framing::close;
      m_.content_ = present;
      at.pos = at.input.size();
      return true;
    }
    m_.framing_ = framing::content_length;
    const std::size_t wanted = static_cast<std::size_t>(length);
    if (present < wanted) {
      fail("the input ends before the Content-Length's bytes of content", at, true);
      return false;
    }
    m_.content_ = wanted;
    at.pos += wanted;
    return true;
  }

  // Parses an HTTP version: "HTTP/D.D" (RFC 9112 §2.3), or "HTTP/2" or "HTTP/3" as clients
  // print the version of an HTTP/2 or HTTP/3 message.
  constexpr bool read_version(std::string_view text) noexcept {
    if (text == "HTTP/2" || text == "HTTP/3") {
      m_.major_ = text[5] - '0';
      m_.minor_ = 0;  // RFC 9110 §2.5: no minor version defined, "0" implied
      m_.form_ = text[5] == '2' ? head_form::http2 : head_form::http3;
      return true;
    }
    if (text.size() != 8 || text.substr(0, 5) != "HTTP/" || !is_digit(text[5]) ||
        text[6] != '.' || !is_digit(text[7])) {
      return false;
    }
    m_.major_ = text[5] - '0';
    m_.minor_ = text[7] - '0';
    return true;
  }

  // Field lines up to and including the empty line. `strict_colon`: whitespace before the
  // colon is an error (a request, RFC 9112 §5.1) rather than a note.
  constexpr bool read_fields(cursor& at, bool strict_colon, std::size_t head_start) noexcept {
    field* last = nullptr;
    for (;;) {
      const cursor line_start = at;
      std::string_view line;
      if (!read_line(at, line)) return false;
      if (at.pos - head_start > HTTPSTATUS_PARSE_MAX_HEAD) {
        fail("the header section is larger than HTTPSTATUS_PARSE_MAX_HEAD", line_start);
        return false;
      }
      if (line.empty()) return true;
      if (line.front() == ' ' || line.front() == '\t') {
        if (last == nullptr) {
          fail("a line starts with white space where a field line must start", line_start);
          return false;
        }
        // obs-fold: the value runs on over this line (RFC 9112 §5.2)
        note(syntax_note::obs_fold, line_start.line);
        const std::size_t value_start =
            static_cast<std::size_t>(last->value.data() - at.input.data());
        const std::size_t value_end = line_start.pos + line.size();
        last->value = trim_ows(at.input.substr(value_start, value_end - value_start));
        continue;
      }
      const std::size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        fail("a field line has no colon", line_start);
        return false;
      }
      std::string_view name = line.substr(0, colon);
      if (!name.empty() && is_ows(name.back())) {
        if (strict_colon) {
          fail("white space between a field name and its colon", line_start);
          return false;
        }
        note(syntax_note::whitespace_before_colon, line_start.line);
        while (!name.empty() && is_ows(name.back())) name.remove_suffix(1);
      }
      if (name.empty()) {
        fail("a field line has no name", line_start);
        return false;
      }
      for (char c : name) {
        if (!is_tchar(c)) {
          fail("a field name holds a character that is not a token character", line_start);
          return false;
        }
      }
      if (m_.field_count_ == HTTPSTATUS_PARSE_MAX_FIELDS) {
        fail("more field lines than HTTPSTATUS_PARSE_MAX_FIELDS", line_start);
        return false;
      }
      m_.fields_[m_.field_count_] = field{name, trim_ows(line.substr(colon + 1))};
      last = &m_.fields_[m_.field_count_++];
    }
  }

  // Fails at the field line `f` (its line number counted from the input's start).
  constexpr void fail_at(std::string_view what, std::string_view input, const field& f) noexcept {
    const std::size_t offset = static_cast<std::size_t>(f.name.data() - input.data());
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset; ++i) line += input[i] == '\n' ? 1 : 0;
    fail(what, cursor{input, offset, line});
  }

  // The Content-Length of the fields (the one reader, content_length_reading): -1
  // when absent; fails, at the field line, on an invalid or conflicting value (RFC 9112 §6.3,
  // item 5: an unrecoverable error).
  constexpr long long read_content_length(std::string_view input) noexcept {
    content_length_reading reading;
    for (const field& f : m_.fields()) {
      if (!iequals(f.name, "Content-Length")) continue;
      reading.read_line(f.value);
      if (reading.invalid) {
        fail_at(trim_ows(f.value).empty() ? "Content-Length is empty"
                : reading.too_large       ? "Content-Length is too large"
                                          : "Content-Length is not a decimal number",
                input, f);
        return -1;
      }
      if (reading.conflicting) {
        fail_at("Content-Length has differing values", input, f);
        return -1;
      }
    }
    return reading.has_value ? static_cast<long long>(reading.value) : -1;
  }

  // Whether chunked is the last transfer coding; `has_te` says whether there was any.
  constexpr bool chunked_last(bool& has_te) const noexcept {
    transfer_coding_reading codings;
    for (const field& f : m_.fields()) {
      if (iequals(f.name, "Transfer-Encoding")) codings.read_line(f.value);
    }
    has_te = codings.present;
    return codings.chunked_last;
  }

  // chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] ), with
  // chunk-ext-name = token and chunk-ext-val = token / quoted-string (RFC 9112 §7.1.1).
  static constexpr bool chunk_extensions_valid(std::string_view s) noexcept {
    std::size_t i = 0;
    const auto skip_bws = [&] {
      while (i < s.size() && is_ows(s[i])) ++i;
    };
    const auto token = [&] {
      const std::size_t start = i;
      while (i < s.size() && is_tchar(s[i])) ++i;
      return i > start;
    };
    while (i < s.size()) {
      skip_bws();
      if (i == s.size() || s[i] != ';') return false;
      ++i;
      skip_bws();
      if (!token()) return false;
      skip_bws();
      if (i == s.size() || s[i] == ';') continue;
      if (s[i] != '=') return false;
      ++i;
      skip_bws();
      if (i < s.size() && s[i] == '"') {  // quoted-string, with quoted-pairs
        for (++i; i < s.size() && s[i] != '"'; ++i) {
          if (s[i] == '\\') ++i;
        }
        if (i >= s.size()) return false;
        ++i;
      } else if (!token()) {
        return false;
      }
    }
    return true;
  }

  // Chunked content (RFC 9112 §7.1): counts the data, reads and keeps the trailer fields.
  constexpr bool read_chunked(cursor& at) noexcept {
    m_.framing_ = framing::chunked;
    for (;;) {
      const cursor size_line = at;
      std::string_view line;
      if (!read_line(at, line, true)) return false;
      std::size_t size = 0;
      std::size_t digits = 0;
      for (; digits < line.size(); ++digits) {
        const int v = hex_value(line[digits]);
        if (v < 0) break;
        if (size > (static_cast<std::size_t>(1) << 48)) {
          fail("a chunk size is too large", size_line);
          return false;
        }
        size = size * 16 + static_cast<std::size_t>(v);
      }
      if (digits == 0) {
        fail("a chunk size is not a hexadecimal number", size_line);
        return false;
      }
      if (!chunk_extensions_valid(line.substr(digits))) {
        fail("after the chunk size, only chunk extensions: ; name[=token or quoted-string]",
             size_line);
        return false;
      }
      if (size == 0) break;
      if (at.input.size() - at.pos < size) {
        fail("the input ends inside chunk data", at, true);
        return false;
      }
      for (std::size_t i = at.pos; i < at.pos + size; ++i) at.line += at.input[i] == '\n' ? 1 : 0;
      at.pos += size;
      m_.content_ += size;
      std::string_view after;
      const cursor data_end = at;
      if (!read_line(at, after, true)) return false;
      if (!after.empty()) {
        fail("chunk data is not followed by CRLF", data_end);
        return false;
      }
    }
    const std::size_t before = m_.field_count_;
    if (!read_fields(at, true, at.pos)) {
      m_.field_count_ = before;  // the head's fields stay as they were
      return false;
    }
    m_.trailers_ = m_.field_count_ - before;
    m_.field_count_ = before;  // trailers are not header fields; they stay past the count
    return true;
  }

  // The status line of a response.
  constexpr bool read_status_line(cursor& at, parsed_response& out) noexcept {
    std::string_view line;
    if (!read_start_line(at, line, "the input is empty; a status line was expected")) return false;
    // status-line = HTTP-version SP status-code SP [ reason-phrase ]
    const cursor start{at.input, 0, 1};
    const std::size_t version_end = line.substr(0, 6) == "HTTP/2" || line.substr(0, 6) == "HTTP/3"
                                        ? (line.size() > 6 && line[6] == ' ' ? 6 : 8)
                                        : 8;
    if (line.size() < version_end || !read_version(line.substr(0, version_end))) {
      fail("the status line does not start with HTTP/<digit>.<digit> (or HTTP/2, HTTP/3 as "
           "clients print them)",
           start);
      return false;
    }
    if (line.size() <= version_end || line[version_end] != ' ') {
      fail("the status line has no space after the HTTP version", start);
      return false;
    }
    const std::string_view rest = line.substr(version_end + 1);
    if (rest.size() < 3 || !is_digit(rest[0]) || !is_digit(rest[1]) || !is_digit(rest[2]) ||
        (rest.size() > 3 && rest[3] != ' ')) {
      fail("the status code is not three digits", cursor{at.input, version_end + 1, 1});
      return false;
    }
    out.status_ = (rest[0] - '0') * 100 + (rest[1] - '0') * 10 + (rest[2] - '0');
    out.reason_ = rest.size() > 4 ? rest.substr(4) : std::string_view{};
    return true;
  }

  // The request line of a request.
  constexpr bool read_request_line(cursor& at, parsed_request& out) noexcept {
    // RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request line
    while (at.pos < at.input.size() &&
           (at.input.substr(at.pos, 2) == "\r\n" || at.input[at.pos] == '\n')) {
      at.pos += at.input[at.pos] == '\n' ? 1 : 2;
      ++at.line;
    }
    const cursor start = at;
    std::string_view line;
    if (!read_start_line(at, line, "the input is empty; a request line was expected")) return false;
    // request-line = method SP request-target SP HTTP-version
    const std::size_t first_space = line.find(' ');
    const std::size_t last_space = line.rfind(' ');
    if (first_space == std::string_view::npos || first_space == last_space || first_space == 0) {
      fail("the request line is not: method, space, target, space, HTTP version", start);
      return false;
    }
    out.method_ = line.substr(0, first_space);
    if (!is_token(out.method_)) {
      fail("the method is not a token", start);
      return false;
    }
    out.target_ = line.substr(first_space + 1, last_space - first_space - 1);
    if (out.target_.empty() || out.target_.find(' ') != std::string_view::npos) {
      fail("the request target is empty or holds a space", start);
      return false;
    }
    if (!read_version(line.substr(last_space + 1))) {
      fail("the request line does not end with HTTP/<digit>.<digit> (or HTTP/2, HTTP/3 as "
           "clients print them)",
           start);
      return false;
    }
    return true;
  }

  constexpr void finish(const cursor& at) noexcept { m_.consumed_ = at.pos; }
  constexpr void head_read(const cursor& at) noexcept { m_.head_ = at.pos; }
  // An HTTP/2 or HTTP/3 head as a client prints it: frames delimited the content, and what
  // follows the head is the content the client took from them.
  constexpr bool printed_frames(cursor& at) noexcept {
    if (m_.form_ == head_form::http1) return false;
    m_.framing_ = framing::frames;
    m_.content_ = at.input.size() - at.pos;
    at.pos = at.input.size();
    return true;
  }
  constexpr void no_content() noexcept { m_.framing_ = framing::none; }

 private:
  parsed_message& m_;
};

// One response or request; `head_only`: the head alone, its content not read.
constexpr parsed_response read_response(std::string_view input, std::string_view request_method,
                                        bool head_only) noexcept {
  parsed_response out;
  detail::message_reader reader(out);
  detail::cursor at{input, 0, 1};
  if (!reader.read_status_line(at, out) || !reader.read_fields(at, false, 0)) return out;
  reader.head_read(at);

  // RFC 9112 §6.3 rules 1 and 2: no content after HEAD, in 1xx, 204 and 304 (the table's
  // content rule "never"), or in a 2xx to CONNECT
  const int status = out.status();
  const bool bodiless = head_only || request_method == "HEAD" ||
                        content_rule_of(status) == content_rule::never ||
                        (request_method == "CONNECT" && is_successful(status));
  bool has_te = false;
  const bool chunked = reader.chunked_last(has_te);
  if (bodiless) {
    reader.no_content();
  } else if (reader.printed_frames(at)) {
  } else if (has_te && chunked) {
    if (!reader.read_chunked(at)) return out;
  } else if (has_te) {
    reader.take_content(at, -1);  // a coding other than chunked last: delimited by the close
  } else {
    const long long length = reader.read_content_length(input);
    if (!out || !reader.take_content(at, length)) return out;
  }
  reader.finish(at);
  return out;
}

constexpr parsed_request read_request(std::string_view input, bool head_only) noexcept {
  parsed_request out;
  detail::message_reader reader(out);
  detail::cursor at{input, 0, 1};
  if (!reader.read_request_line(at, out) || !reader.read_fields(at, true, 0)) return out;
  reader.head_read(at);
  if (head_only || reader.printed_frames(at)) {
    reader.finish(at);
    return out;
  }
  bool has_te = false;
  const bool chunked = reader.chunked_last(has_te);
  if (has_te && !chunked) {
    reader.fail("Transfer-Encoding's last coding is not chunked in a request", at);
    return out;
  }
  if (has_te) {
    if (!reader.read_chunked(at)) return out;
  } else {
    // a request without Content-Length has no content (RFC 9112 §6.3, rule 7)
    const long long length = reader.read_content_length(input);
    if (!out || (length >= 0 && !reader.take_content(at, length))) return out;
  }
  reader.finish(at);
  return out;
}
}  // namespace detail

/// Parses one response from the front of `input`. `request_method` (when known) decides the
/// framing of responses to HEAD and CONNECT (RFC 9112 §6.3). Without Content-Length or
/// chunked coding, the content runs to the end of the input, as to a connection's close; after
/// an HTTP/2 or HTTP/3 head as clients print it ("HTTP/2 200"), it runs there too
/// (framing::frames).
HTTPSTATUS_NODISCARD constexpr parsed_response parse_response(
    std::string_view input, std::string_view request_method = {}) noexcept {
  return detail::read_response(input, request_method, false);
}

/// Parses a response's head alone: the status line and the field lines, up to the empty line,
/// as logs, traces and HAR files hold heads without their content. consumed() is the head's
/// length; framing() is none.
HTTPSTATUS_NODISCARD constexpr parsed_response parse_response_head(std::string_view input) noexcept {
  return detail::read_response(input, {}, true);
}

/// Parses one request from the front of `input`. Strict where RFC 9112 tells a server to
/// reject: white space before a colon (§5.1), an invalid Content-Length or a Transfer-Encoding
/// whose last coding is not chunked (§6.3).
HTTPSTATUS_NODISCARD constexpr parsed_request parse_request(std::string_view input) noexcept {
  return detail::read_request(input, false);
}

/// Parses a request's head alone (request line and field lines), as parse_response_head.
HTTPSTATUS_NODISCARD constexpr parsed_request parse_request_head(std::string_view input) noexcept {
  return detail::read_request(input, true);
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_PARSE_HPP
