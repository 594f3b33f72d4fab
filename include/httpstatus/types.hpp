// The vocabulary of the table: editions, classes, requirement levels, and the row types.
#ifndef HTTPSTATUS_TYPES_HPP
#define HTTPSTATUS_TYPES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "code.hpp"
#include "config.hpp"

namespace httpstatus {
namespace detail {
// The tables write their strings as string_view literals ("OK"sv): g++ evaluating a table
// otherwise counts each literal's length a character at a time, one constexpr call each,
// which cost a fifth of the umbrella header's compile time.
using namespace std::string_view_literals;
}  // namespace detail

/// Which RFC the answers follow. RFC 2616 is the default; RFC 9110 is one argument away.
enum class edition : std::uint8_t { rfc2616, rfc9110 };

/// The class given by a code's first digit (RFC 9110 §15); `invalid` outside 100-599.
enum class status_class : std::uint8_t {
  invalid,
  informational,
  successful,
  redirection,
  client_error,
  server_error
};

/// A requirement level as BCP 14 (RFC 2119) spells it.
enum class requirement : std::uint8_t { must, must_not, should, should_not, may };

/// How serious a finding is: MUST and MUST NOT map to error, SHOULD and SHOULD NOT to
/// warning, MAY and advice to info.
enum class level : std::uint8_t { error, warning, info };

HTTPSTATUS_NODISCARD constexpr level level_of(requirement r) noexcept {
  switch (r) {
    case requirement::must:
    case requirement::must_not: return level::error;
    case requirement::should:
    case requirement::should_not: return level::warning;
    case requirement::may: break;
  }
  return level::info;
}

HTTPSTATUS_NODISCARD constexpr std::string_view to_string_view(level l) noexcept {
  switch (l) {
    case level::error: return "error";
    case level::warning: return "warning";
    case level::info: break;
  }
  return "info";
}

/// The editions a rule holds in, as a bit set.
enum class edition_set : std::uint8_t { rfc2616 = 1, rfc9110 = 2, both = 3 };

HTTPSTATUS_NODISCARD constexpr bool contains(edition_set set, edition e) noexcept {
  return (static_cast<unsigned>(set) & (1u << static_cast<unsigned>(e))) != 0;
}

/// Whether a response with this code may carry content.
enum class content_rule : std::uint8_t {
  allowed,  ///< content may be sent
  never,    ///< the message ends with its header section (1xx, 204, 304)
  must_not  ///< the framing allows content, but a server must not send any (205)
};

/// When a header-field rule applies. Some conditions can be seen in the response,
/// some only in the request, and some are the sender's knowledge alone.
enum class rule_condition : std::uint8_t {
  always,
  unless_multipart_byteranges,  ///< the response's Content-Type is not multipart/byteranges
  if_multipart_byteranges,      ///< the response's Content-Type is multipart/byteranges
  if_request_is_post,           ///< the request method was POST
  if_byte_range_request,        ///< the request had a Range field in the bytes unit
  if_sent_in_200,               ///< the field would have been sent in a 200 to the same request
  if_value_might_differ,        ///< its value might differ from an earlier response's (RFC 2616)
  if_preferred_choice,          ///< the server has a preferred choice among the representations
  if_condition_temporary,       ///< the condition the code reports is temporary
  if_weak_validator,            ///< the conditional request used a weak validator (RFC 2616)
  unless_weak_validator         ///< the validator was strong, or is not known (RFC 2616)
};

/// A header field that a response with some code must, should or may carry (or not carry).
struct field_rule {
  std::string_view field;    ///< the field name, as the RFC spells it
  requirement level;         ///< MUST, SHOULD, MAY ...
  edition_set editions;      ///< the edition(s) whose RFC says so
  rule_condition condition;  ///< when the rule applies
  std::string_view citation; ///< e.g. "RFC 9110 §15.5.6"
};

/// What the request must have had for the code to be a fitting answer to it.
enum class request_condition : std::uint8_t {
  has_range,                ///< a Range field
  conditional_get_or_head,  ///< GET or HEAD with If-None-Match or If-Modified-Since
  expect_100_continue,      ///< Expect: 100-continue, or (RFC 2616 §8.2.3) an HTTP/1.1 PUT or POST
  has_upgrade,              ///< an Upgrade field naming the protocol switched to
  has_expect,               ///< an Expect field
  has_precondition,         ///< If-Match, If-None-Match, If-Modified-Since or If-Unmodified-Since
  method_is_get,            ///< the method GET, the only one range handling is defined for
  no_if_range               ///< no If-Range field
};

/// A precondition on the request: `level` says how strongly the request must have met `what`.
struct request_rule {
  request_condition what;
  requirement level;
  edition_set editions;
  std::string_view citation;
};

/// A contiguous, read-only run of rows or rules; the minimal span that C++17 lacks.
template <class T>
class const_span {
 public:
  constexpr const_span() noexcept = default;
  /// `count` elements from `first`; a null `first` holds none.
  constexpr const_span(const T* first, std::size_t count) noexcept
      : first_(count == 0 ? nullptr : first), count_(first == nullptr ? 0 : count) {}
  template <std::size_t N>
  constexpr const_span(const T (&rules)[N]) noexcept  // NOLINT: implicit by design
      : first_(rules), count_(N) {}

  HTTPSTATUS_NODISCARD constexpr const T* begin() const noexcept { return first_; }
  HTTPSTATUS_NODISCARD constexpr const T* end() const noexcept { return first_ + count_; }
  HTTPSTATUS_NODISCARD constexpr std::size_t size() const noexcept { return count_; }
  HTTPSTATUS_NODISCARD constexpr bool empty() const noexcept { return count_ == 0; }
  /// Precondition: i < size().
  HTTPSTATUS_NODISCARD constexpr const T& operator[](std::size_t i) const noexcept {
    return first_[i];
  }

 private:
  const T* first_ = nullptr;
  std::size_t count_ = 0;
};

/// What one edition says of a code.
struct edition_info {
  std::string_view reason_phrase;     ///< the RFC heading's (or registry's) phrase
  std::string_view citation;          ///< where the code is defined, e.g. "RFC 2616 §10.2.2"
  std::string_view content_citation;  ///< where the content rule is stated; "" when allowed
  bool heuristically_cacheable = false;
  bool deprecated = false;

  // Builders, so that the table reads as data.
  HTTPSTATUS_NODISCARD constexpr edition_info cacheable() const noexcept {
    edition_info copy = *this;
    copy.heuristically_cacheable = true;
    return copy;
  }
  HTTPSTATUS_NODISCARD constexpr edition_info no_content(std::string_view cite) const noexcept {
    edition_info copy = *this;
    copy.content_citation = cite;
    return copy;
  }
  HTTPSTATUS_NODISCARD constexpr edition_info obsolete() const noexcept {
    edition_info copy = *this;
    copy.deprecated = true;
    return copy;
  }
};

/// One row of the table: everything known about a registered code.
struct status_info {
  code value;
  content_rule content;
  bool reserved;  ///< a registry entry marked "(Unused)": 306 and 418
  edition_info rfc2616;
  edition_info rfc9110;
  const_span<field_rule> field_rules;      ///< all editions; filter with contains()
  const_span<request_rule> request_rules;  ///< all editions; filter with contains()

  HTTPSTATUS_NODISCARD constexpr const edition_info& in(edition e) const noexcept {
    return e == edition::rfc9110 ? rfc9110 : rfc2616;
  }
};

HTTPSTATUS_NODISCARD constexpr std::string_view to_string_view(edition e) noexcept {
  return e == edition::rfc9110 ? "rfc9110" : "rfc2616";
}

HTTPSTATUS_NODISCARD constexpr std::string_view to_string_view(status_class c) noexcept {
  switch (c) {
    case status_class::informational: return "informational";
    case status_class::successful: return "successful";
    case status_class::redirection: return "redirection";
    case status_class::client_error: return "client_error";
    case status_class::server_error: return "server_error";
    case status_class::invalid: break;
  }
  return "invalid";
}

HTTPSTATUS_NODISCARD constexpr std::string_view to_string_view(requirement r) noexcept {
  switch (r) {
    case requirement::must: return "MUST";
    case requirement::must_not: return "MUST NOT";
    case requirement::should: return "SHOULD";
    case requirement::should_not: return "SHOULD NOT";
    case requirement::may: break;
  }
  return "MAY";
}

HTTPSTATUS_NODISCARD constexpr std::string_view to_string_view(content_rule r) noexcept {
  switch (r) {
    case content_rule::never: return "never";
    case content_rule::must_not: return "must not";
    case content_rule::allowed: break;
  }
  return "allowed";
}

/// A short description of when a field rule applies; "" for `always`.
HTTPSTATUS_NODISCARD constexpr std::string_view describe(rule_condition c) noexcept {
  switch (c) {
    case rule_condition::unless_multipart_byteranges:
      return "unless Content-Type is multipart/byteranges";
    case rule_condition::if_multipart_byteranges: return "if Content-Type is multipart/byteranges";
    case rule_condition::if_request_is_post: return "if the request method was POST";
    case rule_condition::if_byte_range_request: return "if the request was a byte-range request";
    case rule_condition::if_sent_in_200:
      return "if it would have been sent in a 200 (OK) response to the same request";
    case rule_condition::if_value_might_differ:
      return "if its value might differ from that sent in any previous response for the same "
             "variant";
    case rule_condition::if_preferred_choice: return "if the server has a preferred choice";
    case rule_condition::if_condition_temporary: return "if the condition is temporary";
    case rule_condition::if_weak_validator: return "if the conditional request used a weak validator";
    case rule_condition::unless_weak_validator:
      return "if the conditional request used a strong validator";
    case rule_condition::always: break;
  }
  return "";
}

/// A short description of a request precondition.
HTTPSTATUS_NODISCARD constexpr std::string_view describe(request_condition c) noexcept {
  switch (c) {
    case request_condition::has_range: return "the request had a Range field";
    case request_condition::conditional_get_or_head:
      return "the request was a conditional GET or HEAD";
    case request_condition::expect_100_continue: return "the request had Expect: 100-continue";
    case request_condition::has_upgrade: return "the request had an Upgrade field";
    case request_condition::has_expect: return "the request had an Expect field";
    case request_condition::has_precondition:
      return "the request had a precondition (If-Match, If-None-Match, If-Modified-Since or "
             "If-Unmodified-Since)";
    case request_condition::method_is_get: return "the request method was GET";
    case request_condition::no_if_range: break;
  }
  return "the request had no If-Range field";
}

/// Whether the sender of a response is an origin server with a clock: only the sender knows.
/// Date is required of one with a clock and ruled out for one without (RFC 9110 §6.6.1;
/// RFC 2616 §14.18).
enum class origin_clock : std::uint8_t {
  unknown,  ///< a missing Date is reported as a warning
  yes,      ///< a missing Date is reported at the keyword's level (MUST: an error)
  no        ///< a Date field is an error; its absence is correct
};

/// What validation is told beyond the messages themselves.
struct validation_options {
  httpstatus::edition edition = httpstatus::edition::rfc2616;
  origin_clock clock = origin_clock::unknown;

  constexpr validation_options() noexcept = default;
  constexpr validation_options(httpstatus::edition e, origin_clock c = origin_clock::unknown) noexcept  // NOLINT: an edition alone converts
      : edition(e), clock(c) {}
};

}  // namespace httpstatus

#endif  // HTTPSTATUS_TYPES_HPP
