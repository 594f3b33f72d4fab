// Parsing raw HTTP/1.x messages (RFC 9112) into views the validators accept: no copy, no
// allocation, never a read outside the input. Strict where RFC 9112 says a recipient must
// reject; where it only says a sender must not, the parse succeeds and records a syntax note
// that check_syntax() reports as a finding.
#ifndef HTTPSTATUS_PARSE_HPP
#define HTTPSTATUS_PARSE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checks.hpp"
#include "config.hpp"
#include "detail/ascii.hpp"
#include "lookup.hpp"
#include "report.hpp"
#include "types.hpp"
#include "view.hpp"

/// The most field lines one parsed head may hold (header or trailer section).
#ifndef HTTPSTATUS_PARSE_MAX_FIELDS
#define HTTPSTATUS_PARSE_MAX_FIELDS 100
#endif
/// The most bytes a head may take: start line, field lines and the empty line that ends them.
#ifndef HTTPSTATUS_PARSE_MAX_HEAD
#define HTTPSTATUS_PARSE_MAX_HEAD 65536
#endif

namespace httpstatus {

/// Why a parse failed, and where: a line number (1-based) and a byte offset (0-based).
struct parse_error {
  std::string_view what;  ///< e.g. "status code is not three digits"
  std::size_t line = 0;
  std::size_t offset = 0;
};

/// What a message did that a sender must not, but a recipient can read past.
enum class syntax_note : std::uint8_t {
  whitespace_before_colon,  ///< RFC 9112 §5.1 (responses; a request is rejected)
  obs_fold,                 ///< RFC 9112 §5.2
  lf_line_ending            ///< RFC 9112 §2.2: a line ended with LF alone
};

/// How the message's content was delimited.
enum class framing : std::uint8_t {
  none,            ///< no content by definition (HEAD, 1xx, 204, 304, a 2xx to CONNECT)
  content_length,  ///< Content-Length
  chunked,         ///< the chunked transfer coding
  close            ///< the end of the input (the connection's close)
};

namespace detail {

struct cursor {
  std::string_view input;
  std::size_t pos = 0;
  std::size_t line = 1;
};

constexpr bool is_tchar(char c) noexcept {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c)) return true;
  switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~': return true;
    default: return false;
  }
}

constexpr int hex_value(char c) noexcept {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace detail

/// A parsed message head and framing: the parts common to responses and requests.
class parsed_message {
 public:
  /// True when the parse succeeded.
  HTTPSTATUS_NODISCARD constexpr explicit operator bool() const noexcept { return error_.what.empty(); }
  HTTPSTATUS_NODISCARD constexpr const parse_error& error() const noexcept { return error_; }
  /// Bytes of the input the message took (head and content); 0 on failure.
  HTTPSTATUS_NODISCARD constexpr std::size_t consumed() const noexcept { return consumed_; }
  HTTPSTATUS_NODISCARD constexpr field_span fields() const noexcept {
    return field_span(fields_, field_count_);
  }
  /// Trailer fields after chunked content (RFC 9112 §7.1.2).
  HTTPSTATUS_NODISCARD constexpr std::size_t trailer_count() const noexcept { return trailers_; }
  HTTPSTATUS_NODISCARD constexpr int version_major() const noexcept { return major_; }
  HTTPSTATUS_NODISCARD constexpr int version_minor() const noexcept { return minor_; }
  HTTPSTATUS_NODISCARD constexpr enum framing framing() const noexcept { return framing_; }
  /// The content's length after any chunked coding is removed.
  HTTPSTATUS_NODISCARD constexpr std::size_t content_length() const noexcept { return content_; }
  /// Whether the message did what `note` says, and the first line it did it on (0: never).
  HTTPSTATUS_NODISCARD constexpr std::size_t note_line(syntax_note note) const noexcept {
    return notes_[static_cast<std::size_t>(note)];
  }

 protected:
  constexpr void fail(std::string_view what, const detail::cursor& at) noexcept {
    if (!error_.what.empty()) return;
    error_ = parse_error{what, at.line, at.pos};
    consumed_ = 0;
  }
  constexpr void note(syntax_note n, std::size_t line) noexcept {
    std::size_t& first = notes_[static_cast<std::size_t>(n)];
    if (first == 0) first = line;
  }

  // Reads one line; `out` excludes the line ending. False (with an error) when the input
  // ends first or the line holds a bare CR or a NUL.
  constexpr bool read_line(detail::cursor& at, std::string_view& out) noexcept {
    const std::string_view in = at.input;
    std::size_t end = at.pos;
    while (end < in.size() && in[end] != '\n') ++end;
    if (end == in.size()) {
      fail("the input ends inside a line (no CRLF)", at);
      return false;
    }
    std::size_t stop = end;
    if (stop > at.pos && in[stop - 1] == '\r') {
      --stop;
    } else {
      note(syntax_note::lf_line_ending, at.line);
    }
    for (std::size_t i = at.pos; i < stop; ++i) {
      if (in[i] == '\r' || in[i] == '\0') {
        detail::cursor where{in, i, at.line};
        fail(in[i] == '\r' ? "a bare CR inside a line" : "a NUL byte inside a line", where);
        return false;
      }
    }
    out = in.substr(at.pos, stop - at.pos);
    at.pos = end + 1;
    ++at.line;
    return true;
  }

  // The start line, after checking there is any input at all.
  constexpr bool read_start_line(detail::cursor& at, std::string_view& line,
                                 std::string_view empty_message) noexcept {
    if (at.input.empty()) {
      fail(empty_message, at);
      return false;
    }
    return read_line(at, line);
  }

  // Content delimited by Content-Length (`length` >= 0) or, for a response without one,
  // by the end of the input. False (with an error) when fewer bytes are present.
  constexpr bool take_content(detail::cursor& at, long long length) noexcept {
    const std::size_t present = at.input.size() - at.pos;
    if (length < 0) {
      framing_ = framing::close;
      content_ = present;
      at.pos = at.input.size();
      return true;
    }
    framing_ = framing::content_length;
    const std::size_t wanted = static_cast<std::size_t>(length);
    if (present < wanted) {
      fail("the input ends before the Content-Length's bytes of content", at);
      return false;
    }
    content_ = wanted;
    at.pos += wanted;
    return true;
  }

  // Parses "HTTP/D.D" at the front of `text`.
  constexpr bool read_version(std::string_view text) noexcept {
    if (text.size() != 8 || text.substr(0, 5) != "HTTP/" || !detail::is_digit(text[5]) ||
        text[6] != '.' || !detail::is_digit(text[7])) {
      return false;
    }
    major_ = text[5] - '0';
    minor_ = text[7] - '0';
    return true;
  }

  // Field lines up to and including the empty line. `strict_colon`: whitespace before the
  // colon is an error (a request, RFC 9112 §5.1) rather than a note.
  constexpr bool read_fields(detail::cursor& at, bool strict_colon, std::size_t head_start) noexcept {
    field* last = nullptr;
    for (;;) {
      const detail::cursor line_start = at;
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
        last->value = detail::trim_ows(at.input.substr(value_start, value_end - value_start));
        continue;
      }
      const std::size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        fail("a field line has no colon", line_start);
        return false;
      }
      std::string_view name = line.substr(0, colon);
      if (!name.empty() && detail::is_ows(name.back())) {
        if (strict_colon) {
          fail("white space between a field name and its colon", line_start);
          return false;
        }
        note(syntax_note::whitespace_before_colon, line_start.line);
        while (!name.empty() && detail::is_ows(name.back())) name.remove_suffix(1);
      }
      if (name.empty()) {
        fail("a field line has no name", line_start);
        return false;
      }
      for (char c : name) {
        if (!detail::is_tchar(c)) {
          fail("a field name holds a character that is not a token character", line_start);
          return false;
        }
      }
      if (field_count_ == HTTPSTATUS_PARSE_MAX_FIELDS) {
        fail("more field lines than HTTPSTATUS_PARSE_MAX_FIELDS", line_start);
        return false;
      }
      fields_[field_count_] = field{name, detail::trim_ows(line.substr(colon + 1))};
      last = &fields_[field_count_++];
    }
  }

  // Fails at the field line `f` (its line number counted from the input's start).
  constexpr void fail_at(std::string_view what, std::string_view input, const field& f) noexcept {
    const std::size_t offset = static_cast<std::size_t>(f.name.data() - input.data());
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset; ++i) line += input[i] == '\n' ? 1 : 0;
    fail(what, detail::cursor{input, offset, line});
  }

  // The Content-Length of the fields: -1 when absent; fails, at the field line, on an invalid
  // or conflicting value (RFC 9112 §6.3, item 5: an unrecoverable error).
  constexpr long long read_content_length(std::string_view input) noexcept {
    long long length = -1;
    for (const field& f : fields()) {
      if (!detail::iequals(f.name, "Content-Length")) continue;
      bool any = false;
      const bool stopped = field_span(&f, 1).any_element("Content-Length", [&](std::string_view element) {
        any = true;
        long long value = 0;
        for (char c : element) {
          if (!detail::is_digit(c) || value > (static_cast<long long>(1) << 50)) {
            fail_at("Content-Length is not a decimal number", input, f);
            return true;
          }
          value = value * 10 + (c - '0');
        }
        if (length >= 0 && value != length) {
          fail_at("Content-Length has differing values", input, f);
          return true;
        }
        length = value;
        return false;
      });
      if (stopped) return -1;
      if (!any) {
        fail_at("Content-Length is empty", input, f);
        return -1;
      }
    }
    return length;
  }

  // Whether chunked is the last transfer coding; `has_te` says whether there was any.
  constexpr bool chunked_last(bool& has_te) const noexcept {
    std::string_view last_coding;
    has_te = fields().has("Transfer-Encoding");
    fields().any_element("Transfer-Encoding", [&](std::string_view coding) {
      last_coding = detail::trim_ows(coding.substr(0, coding.find(';')));
      return false;
    });
    return detail::iequals(last_coding, "chunked");
  }

  // Chunked content (RFC 9112 §7.1): counts the data, reads and keeps the trailer fields.
  constexpr bool read_chunked(detail::cursor& at) noexcept {
    for (;;) {
      const detail::cursor size_line = at;
      std::string_view line;
      if (!read_line(at, line)) return false;
      std::size_t size = 0;
      std::size_t digits = 0;
      for (; digits < line.size(); ++digits) {
        const int v = detail::hex_value(line[digits]);
        if (v < 0) break;
        if (size > (static_cast<std::size_t>(1) << 48)) {
          fail("a chunk size is too large", size_line);
          return false;
        }
        size = size * 16 + static_cast<std::size_t>(v);
      }
      const std::string_view rest = detail::trim_ows(line.substr(digits));
      if (digits == 0 || (!rest.empty() && rest.front() != ';')) {
        fail("a chunk size is not a hexadecimal number", size_line);
        return false;
      }
      if (size == 0) break;
      if (at.input.size() - at.pos < size) {
        fail("the input ends inside chunk data", at);
        return false;
      }
      for (std::size_t i = at.pos; i < at.pos + size; ++i) at.line += at.input[i] == '\n' ? 1 : 0;
      at.pos += size;
      content_ += size;
      std::string_view after;
      const detail::cursor data_end = at;
      if (!read_line(at, after)) return false;
      if (!after.empty()) {
        fail("chunk data is not followed by CRLF", data_end);
        return false;
      }
    }
    const std::size_t before = field_count_;
    if (!read_fields(at, true, at.pos)) return false;
    trailers_ = field_count_ - before;
    field_count_ = before;  // trailers are not header fields; they stay past the count
    return true;
  }

  field fields_[HTTPSTATUS_PARSE_MAX_FIELDS]{};
  std::size_t field_count_ = 0;
  std::size_t trailers_ = 0;
  std::size_t consumed_ = 0;
  std::size_t content_ = 0;
  std::size_t notes_[3]{};
  parse_error error_{};
  int major_ = -1;
  int minor_ = -1;
  enum framing framing_ = framing::none;
};

/// A parsed response: converts to bool, dereferences to the view the validators take.
class parsed_response : public parsed_message {
 public:
  HTTPSTATUS_NODISCARD constexpr int status() const noexcept { return status_; }
  HTTPSTATUS_NODISCARD constexpr std::string_view reason() const noexcept { return reason_; }
  /// The response as a view (with its reason phrase and content length). Precondition: ok.
  HTTPSTATUS_NODISCARD constexpr response_view operator*() const noexcept {
    return response_view(status_, fields(), content_).with_reason(reason_);
  }

 private:
  friend constexpr parsed_response parse_response(std::string_view, std::string_view) noexcept;
  int status_ = 0;
  std::string_view reason_;
};

/// A parsed request.
class parsed_request : public parsed_message {
 public:
  HTTPSTATUS_NODISCARD constexpr std::string_view method() const noexcept { return method_; }
  HTTPSTATUS_NODISCARD constexpr std::string_view target() const noexcept { return target_; }
  /// The request as a view (with its version). Precondition: ok.
  HTTPSTATUS_NODISCARD constexpr request_view operator*() const noexcept {
    return request_view(method_, fields()).with_version(major_, minor_);
  }

 private:
  friend constexpr parsed_request parse_request(std::string_view) noexcept;
  std::string_view method_;
  std::string_view target_;
};

/// Parses one response from the front of `input`. `request_method` (when known) decides the
/// framing of responses to HEAD and CONNECT (RFC 9112 §6.3). Without Content-Length or
/// chunked coding, the content runs to the end of the input, as to a connection's close.
HTTPSTATUS_NODISCARD constexpr parsed_response parse_response(
    std::string_view input, std::string_view request_method = {}) noexcept {
  parsed_response out;
  detail::cursor at{input, 0, 1};
  std::string_view line;
  if (!out.read_start_line(at, line, "the input is empty; a status line was expected")) return out;
  // status-line = HTTP-version SP status-code SP [ reason-phrase ]
  const detail::cursor start{input, 0, 1};
  if (line.size() < 8 || !out.read_version(line.substr(0, 8))) {
    out.fail("the status line does not start with HTTP/<digit>.<digit>", start);
    return out;
  }
  if (line.size() < 9 || line[8] != ' ') {
    out.fail("the status line has no space after the HTTP version", start);
    return out;
  }
  const std::string_view rest = line.substr(9);
  if (rest.size() < 3 || !detail::is_digit(rest[0]) || !detail::is_digit(rest[1]) ||
      !detail::is_digit(rest[2]) || (rest.size() > 3 && rest[3] != ' ')) {
    out.fail("the status code is not three digits", detail::cursor{input, 9, 1});
    return out;
  }
  out.status_ = (rest[0] - '0') * 100 + (rest[1] - '0') * 10 + (rest[2] - '0');
  out.reason_ = rest.size() > 4 ? rest.substr(4) : std::string_view{};
  if (!out.read_fields(at, false, 0)) return out;

  const int status = out.status_;
  const bool bodiless = request_method == "HEAD" || (status >= 100 && status < 200) ||
                        status == 204 || status == 304 ||
                        (request_method == "CONNECT" && status >= 200 && status < 300);
  bool has_te = false;
  const bool chunked = out.chunked_last(has_te);
  if (bodiless) {
    out.framing_ = framing::none;
  } else if (has_te && chunked) {
    out.framing_ = framing::chunked;
    if (!out.read_chunked(at)) return out;
  } else if (has_te) {
    out.take_content(at, -1);  // a coding other than chunked last: delimited by the close
  } else {
    const long long length = out.read_content_length(input);
    if (!out || !out.take_content(at, length)) return out;
  }
  out.consumed_ = at.pos;
  return out;
}

/// Parses one request from the front of `input`. Strict where RFC 9112 tells a server to
/// reject: white space before a colon (§5.1), an invalid Content-Length or a Transfer-Encoding
/// whose last coding is not chunked (§6.3).
HTTPSTATUS_NODISCARD constexpr parsed_request parse_request(std::string_view input) noexcept {
  parsed_request out;
  detail::cursor at{input, 0, 1};
  std::string_view line;
  if (!out.read_start_line(at, line, "the input is empty; a request line was expected")) return out;
  // request-line = method SP request-target SP HTTP-version
  const detail::cursor start{input, 0, 1};
  const std::size_t first_space = line.find(' ');
  const std::size_t last_space = line.rfind(' ');
  if (first_space == std::string_view::npos || first_space == last_space ||
      first_space == 0) {
    out.fail("the request line is not: method, space, target, space, HTTP version", start);
    return out;
  }
  out.method_ = line.substr(0, first_space);
  for (char c : out.method_) {
    if (!detail::is_tchar(c)) {
      out.fail("the method is not a token", start);
      return out;
    }
  }
  out.target_ = line.substr(first_space + 1, last_space - first_space - 1);
  if (out.target_.empty() || out.target_.find(' ') != std::string_view::npos) {
    out.fail("the request target is empty or holds a space", start);
    return out;
  }
  if (!out.read_version(line.substr(last_space + 1))) {
    out.fail("the request line does not end with HTTP/<digit>.<digit>", start);
    return out;
  }
  if (!out.read_fields(at, true, 0)) return out;
  bool has_te = false;
  const bool chunked = out.chunked_last(has_te);
  if (has_te && !chunked) {
    out.fail("Transfer-Encoding's last coding is not chunked in a request", at);
    return out;
  }
  if (has_te) {
    out.framing_ = framing::chunked;
    if (!out.read_chunked(at)) return out;
  } else {
    // a request without Content-Length has no content (RFC 9112 §6.3, rule 7)
    const long long length = out.read_content_length(input);
    if (!out || (length >= 0 && !out.take_content(at, length))) return out;
  }
  out.consumed_ = at.pos;
  return out;
}

/// Syntax findings of a parsed message: what RFC 9112 says a sender must not do (white space
/// before a colon, obs-fold, a bare LF line ending), each in the editions checks[] gives it
/// (RFC 2616 allowed the first two: §2.1 implied LWS, §4.2 folding).
template <std::size_t N>
constexpr void check_syntax(const parsed_message& message, edition e,
                            basic_report<N>& out) noexcept {
  constexpr struct {
    syntax_note note;
    check rule;
  } rules[] = {{syntax_note::whitespace_before_colon, check::whitespace_before_colon},
               {syntax_note::obs_fold, check::obs_fold},
               {syntax_note::lf_line_ending, check::lf_line_ending}};
  for (const auto& r : rules) {
    if (message.note_line(r.note) != 0) detail::add(out, r.rule, e);
  }
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_PARSE_HPP
