// What parsing a raw HTTP/1.x message yields: the head as views into the input, how the
// content was delimited, and what a sender must not do but a recipient can read past. The
// parser (parse.hpp) fills these in; they are results only.
#ifndef HTTPSTATUS_PARSED_HPP
#define HTTPSTATUS_PARSED_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config.hpp"
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
  /// The input ended before the message did (a capture cut short, a request still being
  /// sent), rather than holding something that is not HTTP.
  bool incomplete = false;
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
  close,           ///< the end of the input (the connection's close)
  frames           ///< HTTP/2 or HTTP/3 frames, which a printed head does not show: the
                   ///< content is what follows the head, to the end of the input
};

/// How the start line was written: HTTP/1.x syntax ("HTTP/1.1 200 OK"), or an HTTP/2 or
/// HTTP/3 message as clients print it (curl: "HTTP/2 200", a version with no minor digit;
/// RFC 9113 and RFC 9114 send the control data as pseudo-header fields, RFC 9110 §6.2).
enum class head_form : std::uint8_t { http1, http2, http3 };

namespace detail {
class message_reader;
}

/// A parsed message head and framing: the parts common to responses and requests.
class parsed_message {
 public:
  /// True when the parse succeeded.
  HTTPSTATUS_NODISCARD constexpr explicit operator bool() const noexcept { return error_.what.empty(); }
  HTTPSTATUS_NODISCARD constexpr const parse_error& error() const noexcept { return error_; }
  /// Bytes of the input the message took (head and content); 0 on failure.
  HTTPSTATUS_NODISCARD constexpr std::size_t consumed() const noexcept { return consumed_; }
  /// Bytes of the head (start line, field lines, empty line) once it parsed, even when the
  /// content then failed: the head's views stay valid for a caller that reads on; 0 when the
  /// head did not parse.
  HTTPSTATUS_NODISCARD constexpr std::size_t head_length() const noexcept { return head_; }
  HTTPSTATUS_NODISCARD constexpr field_span fields() const noexcept {
    return field_span(fields_, field_count_);
  }
  /// Trailer fields after chunked content (RFC 9112 §7.1.2).
  HTTPSTATUS_NODISCARD constexpr std::size_t trailer_count() const noexcept { return trailers_; }
  HTTPSTATUS_NODISCARD constexpr int version_major() const noexcept { return major_; }
  HTTPSTATUS_NODISCARD constexpr int version_minor() const noexcept { return minor_; }
  HTTPSTATUS_NODISCARD constexpr enum framing framing() const noexcept { return framing_; }
  HTTPSTATUS_NODISCARD constexpr enum head_form head_form() const noexcept { return form_; }
  /// The content's length after any chunked coding is removed.
  HTTPSTATUS_NODISCARD constexpr std::size_t content_length() const noexcept { return content_; }
  /// Whether the message did what `note` says, and the first line it did it on (0: never).
  HTTPSTATUS_NODISCARD constexpr std::size_t note_line(syntax_note note) const noexcept {
    return notes_[static_cast<std::size_t>(note)];
  }

 private:
  friend class detail::message_reader;
  field fields_[HTTPSTATUS_PARSE_MAX_FIELDS]{};
  std::size_t field_count_ = 0;
  std::size_t trailers_ = 0;
  std::size_t consumed_ = 0;
  std::size_t head_ = 0;
  std::size_t content_ = 0;
  std::size_t notes_[3]{};
  parse_error error_{};
  int major_ = -1;
  int minor_ = -1;
  enum framing framing_ = framing::none;
  enum head_form form_ = head_form::http1;
};

/// A parsed response: converts to bool, dereferences to the view the validators take.
class parsed_response : public parsed_message {
 public:
  HTTPSTATUS_NODISCARD constexpr int status() const noexcept { return status_; }
  HTTPSTATUS_NODISCARD constexpr std::string_view reason() const noexcept { return reason_; }
  /// The response as a view (with its reason phrase and content length). Precondition: ok.
  HTTPSTATUS_NODISCARD constexpr response_view operator*() const noexcept {
    return response_view(status_, fields(), content_length()).with_reason(reason_);
  }

 private:
  friend class detail::message_reader;
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
    return request_view(method_, fields()).with_version(version_major(), version_minor());
  }

 private:
  friend class detail::message_reader;
  std::string_view method_;
  std::string_view target_;
};

}  // namespace httpstatus

#endif  // HTTPSTATUS_PARSED_HPP
