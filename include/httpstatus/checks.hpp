// The validator's own rules: those that hold for every response, a class of them, or a
// response to some request, rather than for one code's row. Each is a row of data: its id,
// the field it reads, its scope (classes, codes, methods), its test (a small vocabulary, some
// with a field, a grammar or a token to read), and its level and citation in each edition.
// With the status table, this is all validation knows; the plan of each (status, edition),
// the rule reference (docs/rules.md) and the table tests are made from the two.
#ifndef HTTPSTATUS_CHECKS_HPP
#define HTTPSTATUS_CHECKS_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "code.hpp"
#include "config.hpp"
#include "detail/grammar.hpp"
#include "types.hpp"

namespace httpstatus {

/// Where a check's level and citation come from.
enum class check_source : std::uint8_t {
  own,             ///< this entry's level and citation
  status_row,      ///< this entry's level; the citation of the status code's row
  status_content,  ///< this entry's level; where the code's row states its content rule
  table_rule,      ///< level and citation of the status table's field or request rule
  library          ///< a limit of this library, not a rule of an RFC: no citation
};

/// Which family of checks a rule belongs to: the check_* functions run one family each.
enum class check_family : std::uint8_t { registry, content, framing, fields, request, syntax };

/// How a rule is tested: the vocabulary of checks[]. Most take their field, grammar or token
/// from the entry, so that a new rule of a known kind is one new entry.
enum class check_test : std::uint8_t {
  // the status code
  status_invalid,       ///< outside 100-599
  status_unregistered,  ///< not in the registry
  status_reserved,      ///< the row is reserved
  status_deprecated,    ///< the row is deprecated in the edition
  reason_phrase,        ///< a reason phrase other than the edition's
  // content
  content_forbidden,    ///< content where the row's content rule forbids it
  content_present,      ///< any content (the scope says to which method)
  content_empty,        ///< empty content where an explanation is asked for (not to HEAD)
  zero_length_declared, ///< empty content without `Content-Length: 0`
  // framing
  length_with_coding,   ///< Content-Length with Transfer-Encoding
  length_invalid,       ///< Content-Length is no number
  length_conflict,      ///< Content-Length values differ
  length_repeated,      ///< Content-Length sent more than once
  length_mismatch,      ///< Content-Length against the content
  chunked_repeated,     ///< chunked applied more than once
  chunked_not_last,     ///< chunked applied, not last
  // fields
  field_present,        ///< `field` (or `token`, a second name) is there
  date_missing,         ///< `field` (Date) is not there; its level follows the clock option
  date_without_clock,   ///< `field` (Date) is there, and the sender has no clock
  field_invalid,        ///< a line of `field` is not in `grammar`
  field_repeated,       ///< a field of non_list_fields on more than one line
  field_lacks_token,    ///< `field`'s list lacks `token` while `when_present` is there
  table_field_rule,     ///< a field rule of the status table
  // ranges
  range_unsatisfied,    ///< Content-Range is "*/length" (a 206)
  range_not_unsatisfied,///< Content-Range is not "*/length" (a 416)
  range_length,         ///< the content's length against the single part's range
  multipart_boundary,   ///< multipart/byteranges without a boundary parameter
  multipart_one_range,  ///< multipart/byteranges answering a request for one range
  // the request
  table_request_rule,   ///< a request precondition of the status table
  interim_to_http_1_0,  ///< any response to an HTTP/1.0 request (scope: 1xx)
  coding_to_http_1_0,   ///< Transfer-Encoding to an HTTP/1.0 request
  allow_lists_method,   ///< Allow lists the method a 405 refused
  any_response,         ///< any response in scope to a method in scope
  upgrade_not_offered,  ///< a protocol switched to that the request's Upgrade did not offer
  only_if_none_match,   ///< 412 where If-None-Match is the only precondition (GET/HEAD)
  if_match_failed,      ///< If-Match lists no tag that matches the ETag (strong comparison)
  if_none_match_matched,///< If-None-Match lists the ETag (weak comparison), or is "*"
  if_range_failed,      ///< If-Range's validator does not match the response's
  if_modified_since_unmodified,  ///< If-Modified-Since (no If-None-Match) not before Last-Modified
  expectation_unmet,    ///< Expect holds a member other than 100-continue
  // what the parser noted, and the library's own limit
  syntax_whitespace_before_colon,
  syntax_obs_fold,
  syntax_lf_line_ending,
  version_not_http1,    ///< an HTTP/1.x start line with a major version of 2 or more
  // an HTTP/2 or HTTP/3 head (`token`: "HTTP/2" or "HTTP/3", the head form it is about)
  frames_connection_field,  ///< `field`, a connection-specific field, is there
  frames_uppercase_name,    ///< a field name holds an upper-case letter
  frames_switching,         ///< any response in scope (101)
  fields_omitted
};

/// Request methods as bits, for a rule's scope.
enum method_bits : std::uint16_t {
  any_method = 0,
  get = 1u << 0,
  head = 1u << 1,
  post = 1u << 2,
  put = 1u << 3,
  delete_ = 1u << 4,
  connect = 1u << 5,
  options = 1u << 6,
  trace = 1u << 7,
  patch = 1u << 8,
  other_method = 1u << 9
};

namespace detail {
// The bit of a request method; methods are case-sensitive (RFC 9110 §9.1).
constexpr std::uint16_t method_bit(std::string_view m) noexcept {
  constexpr struct {
    std::string_view name;
    std::uint16_t bit;
  } known[] = {{"GET"sv, get},         {"HEAD"sv, head},       {"POST"sv, post},
               {"PUT"sv, put},         {"DELETE"sv, delete_},  {"CONNECT"sv, connect},
               {"OPTIONS"sv, options}, {"TRACE"sv, trace},     {"PATCH"sv, patch}};
  for (const auto& k : known) {
    if (k.name == m) return k.bit;
  }
  return other_method;
}

}  // namespace detail

/// Which responses a rule is about. A rule with methods, or that needs the request, is
/// checked only when the request is given.
struct rule_scope {
  std::uint8_t classes = 0x3E;  ///< a bit (1 << status_class) per class; 1xx-5xx by default
  code only[2]{};               ///< when only[0] is set: these codes alone
  code except[2]{};             ///< codes left out
  code also{};                  ///< a code covered whatever its class
  std::uint16_t methods = any_method;
  bool needs_request = false;

  HTTPSTATUS_NODISCARD constexpr bool covers(int status) const noexcept {
    // An unset code (0) names no status. Plain comparisons, no helper: plans evaluate this
    // thousands of times at compile time.
    const int first_digit = status >= 100 && status <= 599 ? status / 100 : 0;
    const bool named = status != 0;
    if (((classes >> first_digit) & 1u) == 0 && !(named && static_cast<int>(also) == status)) {
      return false;
    }
    if (static_cast<int>(only[0]) != 0 && !(named && (static_cast<int>(only[0]) == status ||
                                                      static_cast<int>(only[1]) == status))) {
      return false;
    }
    return !(named && (static_cast<int>(except[0]) == status ||
                       static_cast<int>(except[1]) == status));
  }
  HTTPSTATUS_NODISCARD constexpr bool reads_request() const noexcept {
    return needs_request || methods != any_method;
  }
};

/// What one edition says of a check; an empty citation means the edition has no such rule.
struct check_edition {
  httpstatus::level level;
  std::string_view citation;
};

/// One of the validator's rules.
struct check_info {
  std::string_view id;       ///< the rule id findings carry; rules on different fields share one
  std::string_view field;    ///< the field it concerns; "" if none or it varies
  std::string_view message;  ///< the finding's one-line message
  check_family family;
  check_source source;
  check_test test;
  rule_scope scope;
  check_edition rfc2616;
  check_edition rfc9110;
  value_grammar grammar = value_grammar::none;  ///< for field_invalid
  std::string_view token{};  ///< a list member, a second name, or the head form (HTTP/2, HTTP/3)
  std::string_view when_present{};              ///< checked only when this field is there

  HTTPSTATUS_NODISCARD constexpr const check_edition& in(edition e) const noexcept {
    return e == edition::rfc9110 ? rfc9110 : rfc2616;
  }
  HTTPSTATUS_NODISCARD constexpr bool holds_in(edition e) const noexcept {
    return source == check_source::table_rule || source == check_source::library ||
           !in(e).citation.empty();
  }
};

namespace detail {
constexpr check_edition error_in(std::string_view citation) noexcept {
  return {level::error, citation};
}
constexpr check_edition warning_in(std::string_view citation) noexcept {
  return {level::warning, citation};
}
constexpr check_edition info_in(std::string_view citation) noexcept {
  return {level::info, citation};
}
constexpr check_edition not_a_rule{level::info, {}};  // the edition has no such rule

// Scopes, so that each entry reads as one line of data.
constexpr std::uint8_t class_bit(status_class c) noexcept {
  return static_cast<std::uint8_t>(1u << static_cast<unsigned>(c));
}
constexpr rule_scope every_response{};
constexpr rule_scope any_status{0x3F, {}, {}, {}, any_method, false};  // outside 100-599 too
constexpr rule_scope classes_of(std::initializer_list<status_class> list) noexcept {
  rule_scope s;
  s.classes = 0;
  for (status_class c : list) s.classes = static_cast<std::uint8_t>(s.classes | class_bit(c));
  return s;
}
constexpr rule_scope codes(code a, code b = code{}) noexcept {
  rule_scope s;
  s.only[0] = a;
  s.only[1] = b;
  return s;
}
constexpr rule_scope and_code(rule_scope s, code c) noexcept {
  s.also = c;
  return s;
}
constexpr rule_scope with_methods(rule_scope s, std::uint16_t methods) noexcept {
  s.methods = methods;
  return s;
}
constexpr rule_scope with_request(rule_scope s) noexcept {
  s.needs_request = true;
  return s;
}
constexpr rule_scope except(rule_scope s, code a, code b = code{}) noexcept {
  s.except[0] = a;
  s.except[1] = b;
  return s;
}
using sc = status_class;
using ct = check_test;
using fam = check_family;
using src = check_source;
using vg = value_grammar;

inline constexpr std::string_view non_list_field_names[] = {
    "Age"sv,     "Content-Location"sv, "Content-Range"sv, "Content-Type"sv, "Date"sv,  "ETag"sv,
    "Expires"sv, "Last-Modified"sv,    "Location"sv,      "Retry-After"sv,  "Server"sv};
}  // namespace detail

/// Response fields whose definitions allow no comma-separated list: sent on one line only
/// (RFC 9110 §5.3; RFC 2616 §4.2). Content-Length has rules of its own (framing); Set-Cookie
/// is the known exception, and no list either.
inline constexpr const auto& non_list_fields = detail::non_list_field_names;

namespace detail {
// clang-format off
/// The validator's rules. Levels: MUST and MUST NOT are errors, SHOULD and SHOULD NOT
/// warnings, MAY info. Where a text states a grammar and no keyword, a value outside it is
/// read as a MUST (an error); the note on each entry that reads a text so says so.
inline constexpr check_info check_table[] = {
    // ---- the status code -------------------------------------------------------------------
    {"status.invalid"sv, ""sv, "the status code is outside 100-599"sv, fam::registry, src::own,
     ct::status_invalid, any_status,
     error_in("RFC 2616 §6.1.1"sv), error_in("RFC 9110 §15"sv)},
    {"status.unregistered"sv, ""sv,
     "the status code is not registered; recipients treat it as the x00 of its class"sv,
     fam::registry, src::own, ct::status_unregistered, every_response,
     warning_in("RFC 2616 §6.1.1"sv), warning_in("RFC 9110 §15"sv)},
    {"status.reserved"sv, ""sv, "the status code is reserved (Unused) and not to be sent"sv,
     fam::registry, src::status_row, ct::status_reserved, every_response,
     warning_in("RFC 2616 §10.3.7"sv), warning_in("RFC 9110 §15.4.7"sv)},
    {"status.deprecated"sv, ""sv, "the status code is deprecated"sv, fam::registry, src::status_row,
     ct::status_deprecated, every_response,
     not_a_rule, warning_in("RFC 9110 §15.4.6"sv)},
    {"status.reason-phrase"sv, ""sv,
     "the reason phrase differs from the edition's; phrases are only recommendations"sv,
     fam::registry, src::own, ct::reason_phrase, every_response,
     info_in("RFC 2616 §6.1.1"sv), info_in("RFC 9110 §15.1"sv)},

    // ---- content ---------------------------------------------------------------------------
    {"content.forbidden"sv, ""sv, "the response carries content that its status code does not allow"sv,
     fam::content, src::status_content, ct::content_forbidden, every_response,
     error_in("RFC 2616 §4.3"sv), error_in("RFC 9110 §15.2"sv)},
    // a response to HEAD has no content whatever its status (RFC 9112 §6.3 frames it so)
    {"content.head"sv, ""sv, "a response to HEAD carries content"sv, fam::content, src::own,
     ct::content_present, with_methods(any_status, head),
     error_in("RFC 2616 §9.4"sv), error_in("RFC 9110 §9.3.2"sv)},
    {"content.connect"sv, ""sv,
     "a 2xx response to CONNECT carries content; the tunnel starts after its header section"sv,
     fam::content, src::own, ct::content_present,
     with_methods(classes_of({sc::successful}), connect),
     not_a_rule, error_in("RFC 9110 §9.3.6"sv)},
    // "Except when responding to a HEAD request, the server SHOULD send a representation
    // containing an explanation": empty content is a warning.
    {"content.explanation"sv, ""sv, "a 4xx response carries no explanation of the error"sv,
     fam::content, src::own, ct::content_empty, classes_of({sc::client_error}),
     warning_in("RFC 2616 §10.4"sv), warning_in("RFC 9110 §15.5"sv)},
    {"content.explanation"sv, ""sv, "a 5xx response carries no explanation of the error"sv,
     fam::content, src::own, ct::content_empty, classes_of({sc::server_error}),
     warning_in("RFC 2616 §10.5"sv), warning_in("RFC 9110 §15.6"sv)},
    {"content.options-length"sv, "Content-Length"sv,
     "a 200 to OPTIONS without content does not carry Content-Length: 0"sv, fam::content,
     src::own, ct::zero_length_declared,
     with_methods(codes(code::ok), options),
     error_in("RFC 2616 §9.2"sv), not_a_rule},

    // ---- framing ---------------------------------------------------------------------------
    {"framing.transfer-encoding-with-content-length"sv, "Content-Length"sv,
     "Content-Length is sent together with a Transfer-Encoding"sv, fam::framing, src::own,
     ct::length_with_coding, every_response,
     error_in("RFC 2616 §4.4"sv), error_in("RFC 9112 §6.2"sv)},
    {"framing.content-length-invalid"sv, "Content-Length"sv,
     "Content-Length is not a decimal number of octets"sv, fam::framing, src::own,
     ct::length_invalid, every_response,
     error_in("RFC 2616 §14.13"sv), error_in("RFC 9110 §8.6"sv)},
    {"framing.content-length-conflict"sv, "Content-Length"sv,
     "Content-Length has differing values"sv, fam::framing, src::own, ct::length_conflict,
     every_response,
     error_in("RFC 2616 §14.13"sv), error_in("RFC 9112 §6.3"sv)},
    // Content-Length = 1*DIGIT is no list: a second line (or element), even of the same
    // value, is what RFC 9110 §5.3 says a sender MUST NOT generate; RFC 2616 §4.2 allows
    // repeated lines "if and only if" the field is a list, read as the same MUST NOT.
    {"framing.content-length-repeated"sv, "Content-Length"sv,
     "Content-Length is sent more than once"sv, fam::framing, src::own, ct::length_repeated,
     every_response,
     error_in("RFC 2616 §4.2"sv), error_in("RFC 9110 §5.3"sv)},
    {"framing.content-length-mismatch"sv, "Content-Length"sv,
     "Content-Length does not match the length of the content"sv, fam::framing, src::own,
     ct::length_mismatch, every_response,
     error_in("RFC 2616 §4.4"sv), error_in("RFC 9110 §8.6"sv)},
    {"framing.content-length-forbidden"sv, "Content-Length"sv,
     "Content-Length is sent in a 1xx or 204 response"sv, fam::framing, src::own,
     ct::field_present,
     and_code(classes_of({sc::informational}), code::no_content),
     not_a_rule, error_in("RFC 9110 §8.6"sv)},
    {"framing.transfer-encoding-forbidden"sv, "Transfer-Encoding"sv,
     "Transfer-Encoding is sent in a 1xx or 204 response"sv, fam::framing, src::own,
     ct::field_present,
     and_code(classes_of({sc::informational}), code::no_content),
     not_a_rule, error_in("RFC 9112 §6.1"sv)},
    {"framing.connect"sv, "Content-Length"sv,
     "Content-Length or Transfer-Encoding is sent in a 2xx response to CONNECT"sv,
     fam::framing, src::own, ct::field_present,
     with_methods(classes_of({sc::successful}), connect),
     not_a_rule, error_in("RFC 9110 §9.3.6"sv), vg::none,
     "Transfer-Encoding"sv},
    {"framing.chunked-repeated"sv, "Transfer-Encoding"sv,
     "the chunked transfer coding is applied more than once"sv, fam::framing, src::own,
     ct::chunked_repeated, every_response,
     error_in("RFC 2616 §3.6"sv), error_in("RFC 9112 §6.1"sv)},
    // RFC 9112 §6.1/§6.3 let a response end a chunked-then-other coding by closing the
    // connection; only RFC 2616 asks that chunked always be last.
    {"framing.chunked-not-last"sv, "Transfer-Encoding"sv,
     "the chunked transfer coding is not the last one applied"sv, fam::framing, src::own,
     ct::chunked_not_last, every_response,
     error_in("RFC 2616 §3.6"sv), not_a_rule},
    {"framing.transfer-encoding-http-1.0"sv, "Transfer-Encoding"sv,
     "Transfer-Encoding is sent in a response to an HTTP/1.0 request"sv, fam::framing, src::own,
     ct::coding_to_http_1_0, with_request(every_response),
     error_in("RFC 2616 §3.6"sv), error_in("RFC 9112 §6.1"sv)},

    // ---- fields ----------------------------------------------------------------------------
    {"field.missing"sv, ""sv, "a header field the status code calls for is missing"sv, fam::fields,
     src::table_rule, ct::table_field_rule, every_response,
     not_a_rule, not_a_rule},
    {"field.forbidden"sv, ""sv, "a header field the status code rules out is present"sv, fam::fields,
     src::table_rule, ct::table_field_rule, every_response,
     not_a_rule, not_a_rule},
    // Date: MUST from an origin server with a clock, which only the sender knows: a warning
    // unless validation_options::clock says (RFC 2616 §14.18: all responses but 100, 101 and,
    // where "inconvenient or impossible", 5xx; RFC 9110 §6.6.1: 2xx, 3xx and 4xx).
    {"date.missing"sv, "Date"sv, "Date is missing"sv, fam::fields, src::own, ct::date_missing,
     except(classes_of({sc::informational, sc::successful,
                                        sc::redirection, sc::client_error}),
                    code::continue_, code::switching_protocols),
     error_in("RFC 2616 §14.18"sv), not_a_rule},
    {"date.missing"sv, "Date"sv, "Date is missing"sv, fam::fields, src::own, ct::date_missing,
     classes_of({sc::successful, sc::redirection,
                         sc::client_error}),
     not_a_rule, error_in("RFC 9110 §6.6.1"sv)},
    {"date.without-clock"sv, "Date"sv, "Date is sent by an origin server without a clock"sv,
     fam::fields, src::own, ct::date_without_clock, every_response,
     error_in("RFC 2616 §14.18"sv), error_in("RFC 9110 §6.6.1"sv)},
    {"field.repeated"sv, ""sv, "a field that is not a list is sent on more than one line"sv,
     fam::fields, src::own, ct::field_repeated, every_response,
     error_in("RFC 2616 §4.2"sv), error_in("RFC 9110 §5.3"sv)},
    // Values: RFC 2616 §3.3.1 and RFC 9110 §5.6.7 have senders generate IMF-fixdate only.
    {"field.invalid"sv, "Date"sv, "Date is not an HTTP-date in IMF-fixdate form"sv, fam::fields,
     src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.18"sv), error_in("RFC 9110 §5.6.7"sv), vg::http_date},
    {"field.invalid"sv, "Last-Modified"sv, "Last-Modified is not an HTTP-date in IMF-fixdate form"sv,
     fam::fields, src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.29"sv), error_in("RFC 9110 §8.8.2"sv), vg::http_date},
    // RFC 2616 §14.21's note: caches treat invalid values such as "0" as in the past; a
    // sender still MUST send RFC 1123 dates.
    {"field.invalid"sv, "Expires"sv, "Expires is not an HTTP-date in IMF-fixdate form"sv,
     fam::fields, src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.21"sv), error_in("RFC 9110 §5.6.7"sv), vg::http_date},
    {"field.invalid"sv, "Retry-After"sv, "Retry-After is neither an HTTP-date nor delay-seconds"sv,
     fam::fields, src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.37"sv), error_in("RFC 9110 §10.2.3"sv),
     vg::delay_or_date},
    // RFC 2616 §14.30: "a single absolute URI"; RFC 9110 §10.2.2: a URI-reference.
    {"field.invalid"sv, "Location"sv, "Location is not an absolute URI"sv, fam::fields, src::own,
     ct::field_invalid, every_response,
     error_in("RFC 2616 §14.30"sv), not_a_rule, vg::absolute_uri},
    {"field.invalid"sv, "Location"sv, "Location is not a URI reference"sv, fam::fields, src::own,
     ct::field_invalid, every_response,
     not_a_rule, error_in("RFC 9110 §10.2.2"sv), vg::uri_reference},
    {"field.invalid"sv, "WWW-Authenticate"sv, "WWW-Authenticate holds no challenge"sv, fam::fields,
     src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.47"sv), error_in("RFC 9110 §11.6.1"sv),
     vg::challenge_list},
    {"field.invalid"sv, "Proxy-Authenticate"sv, "Proxy-Authenticate holds no challenge"sv, fam::fields,
     src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.33"sv), error_in("RFC 9110 §11.7.1"sv),
     vg::challenge_list},
    {"field.invalid"sv, "Allow"sv, "Allow is not a list of method tokens"sv, fam::fields, src::own,
     ct::field_invalid, every_response,
     error_in("RFC 2616 §14.7"sv), error_in("RFC 9110 §10.2.1"sv), vg::method_list},
    {"field.invalid"sv, "ETag"sv, "ETag is not an entity-tag"sv, fam::fields, src::own,
     ct::field_invalid, every_response,
     error_in("RFC 2616 §14.19"sv), error_in("RFC 9110 §8.8.3"sv), vg::entity_tag},
    // Content-Range means something only in 206 and 416 (RFC 9110 §14.4).
    {"field.invalid"sv, "Content-Range"sv,
     "Content-Range is not a valid range (unit, first <= last < complete length)"sv, fam::fields,
     src::own, ct::field_invalid,
     codes(code::partial_content, code::range_not_satisfiable),
     error_in("RFC 2616 §14.16"sv), error_in("RFC 9110 §14.4"sv), vg::content_range},
    {"field.connection-upgrade"sv, "Connection"sv,
     "Upgrade is sent without the \"upgrade\" option in Connection"sv, fam::fields, src::own,
     ct::field_lacks_token, every_response,
     error_in("RFC 2616 §14.42"sv), error_in("RFC 9110 §7.8"sv), vg::none, "upgrade"sv,
     "Upgrade"sv},

    // ---- ranges ----------------------------------------------------------------------------
    {"range.unsatisfied-in-206"sv, "Content-Range"sv,
     "a 206 carries an unsatisfied-range Content-Range (*/length)"sv, fam::fields, src::own,
     ct::range_unsatisfied, codes(code::partial_content),
     error_in("RFC 2616 §14.16"sv), error_in("RFC 9110 §15.3.7.1"sv)},
    {"range.satisfied-in-416"sv, "Content-Range"sv,
     "a 416's Content-Range is not an unsatisfied-range (*/length)"sv, fam::fields, src::own,
     ct::range_not_unsatisfied, codes(code::range_not_satisfiable),
     warning_in("RFC 2616 §14.16"sv), warning_in("RFC 9110 §14.4"sv)},
    {"range.length-mismatch"sv, "Content-Range"sv,
     "the content's length is not the length of the Content-Range"sv, fam::fields, src::own,
     ct::range_length, codes(code::partial_content),
     error_in("RFC 2616 §14.16"sv), error_in("RFC 9110 §15.3.7.1"sv)},
    {"range.multipart-boundary"sv, "Content-Type"sv,
     "multipart/byteranges has no boundary parameter"sv, fam::fields, src::own,
     ct::multipart_boundary, every_response,
     error_in("RFC 2616 §3.7.2"sv), error_in("RFC 9110 §14.6"sv)},
    {"range.multipart-for-one-range"sv, "Content-Type"sv,
     "a multipart/byteranges 206 answers a request for a single range"sv, fam::fields, src::own,
     ct::multipart_one_range, with_request(codes(code::partial_content)),
     error_in("RFC 2616 §14.16"sv), error_in("RFC 9110 §15.3.7.2"sv)},

    // ---- the request -----------------------------------------------------------------------
    {"request.range"sv, "Range"sv, "the request had no Range field"sv, fam::request, src::table_rule,
     ct::table_request_rule, every_response, not_a_rule, not_a_rule},
    {"request.conditional"sv, ""sv,
     "the request was not a conditional GET or HEAD (If-None-Match or If-Modified-Since)"sv,
     fam::request, src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.expect"sv, "Expect"sv,
     "the request had no Expect: 100-continue (and was no HTTP/1.1 PUT or POST)"sv, fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.upgrade"sv, "Upgrade"sv, "the request had no Upgrade field"sv, fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.expectation"sv, "Expect"sv, "the request had no Expect field"sv, fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.precondition"sv, ""sv, "the request had no precondition field"sv, fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.not-get"sv, ""sv, "the request was not a GET, for which alone ranges are defined"sv,
     fam::request, src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.if-range"sv, "If-Range"sv, "the request had an If-Range field"sv, fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.http-1.0"sv, ""sv, "a 1xx response is sent to an HTTP/1.0 request"sv, fam::request,
     src::own, ct::interim_to_http_1_0,
     with_request(classes_of({sc::informational})),
     error_in("RFC 2616 §10.1"sv), error_in("RFC 9110 §15.2"sv)},
    {"request.allow-lists-method"sv, "Allow"sv,
     "the 405 response's Allow lists the method that was refused"sv, fam::request, src::own,
     ct::allow_lists_method, with_request(codes(code::method_not_allowed)),
     warning_in("RFC 2616 §10.4.6"sv), warning_in("RFC 9110 §15.5.6"sv)},
    // RFC 9110 §9.2.1 lets a safe method have side effects; only RFC 2616 §9.1.1 objects.
    {"request.created-by-safe-method"sv, ""sv,
     "a 201 (Created) answers a safe method, which requests no state change"sv, fam::request,
     src::own, ct::any_response, with_methods(codes(code::created), get | head),
     warning_in("RFC 2616 §9.1.1"sv), not_a_rule},
    {"request.upgrade-not-offered"sv, "Upgrade"sv,
     "the 101 switches to a protocol the request's Upgrade did not offer"sv, fam::request,
     src::own, ct::upgrade_not_offered,
     with_request(codes(code::switching_protocols)),
     not_a_rule, error_in("RFC 9110 §7.8"sv)},
    {"precondition.412-for-if-none-match"sv, "If-None-Match"sv,
     "a GET or HEAD that fails only If-None-Match gets 412, not 304"sv, fam::request, src::own,
     ct::only_if_none_match,
     with_methods(codes(code::precondition_failed), get | head),
     warning_in("RFC 2616 §14.26"sv), error_in("RFC 9110 §13.1.2"sv)},
    {"precondition.412-for-unconditional-method"sv, ""sv,
     "a 412 answers CONNECT, OPTIONS or TRACE, whose preconditions a server ignores"sv,
     fam::request, src::own, ct::any_response,
     with_methods(codes(code::precondition_failed), connect | options | trace),
     not_a_rule, error_in("RFC 9110 §13.2.1"sv)},
    {"precondition.if-match-not-evaluated"sv, "If-Match"sv,
     "a 2xx answers a request whose If-Match names no entity tag matching the ETag"sv,
     fam::request, src::own, ct::if_match_failed,
     with_request(classes_of({sc::successful})),
     error_in("RFC 2616 §14.24"sv), error_in("RFC 9110 §13.1.1"sv)},
    {"precondition.if-none-match-not-evaluated"sv, "If-None-Match"sv,
     "a 2xx answers a GET or HEAD whose If-None-Match lists the ETag; 304 was due"sv,
     fam::request, src::own, ct::if_none_match_matched,
     with_methods(classes_of({sc::successful}), get | head),
     warning_in("RFC 2616 §14.26"sv), error_in("RFC 9110 §13.1.2"sv)},
    {"precondition.if-range-not-evaluated"sv, "If-Range"sv,
     "a 206 answers a request whose If-Range does not match; the full 200 was due"sv,
     fam::request, src::own, ct::if_range_failed,
     with_request(codes(code::partial_content)),
     warning_in("RFC 2616 §14.27"sv), error_in("RFC 9110 §13.1.5"sv)},
    // RFC 2616 §14.25 c) and RFC 9110 §13.1.3: SHOULD 304 when the representation has not
    // been modified since the date. Only a 200 (2616 §14.25 a: other statuses are as without
    // the field), only beside no If-None-Match (which replaces it), only for an IMF-fixdate
    // not later than the response's Date (2616: a later date is invalid; 9110: the origin's
    // clock decides); a resource without Last-Modified has no modification date to compare.
    {"precondition.if-modified-since-not-evaluated"sv, "If-Modified-Since"sv,
     "a 200 answers a GET or HEAD whose If-Modified-Since is not before the Last-Modified; "sv
     "304 was due"sv,
     fam::request, src::own, ct::if_modified_since_unmodified,
     with_methods(codes(code::ok), get | head),
     warning_in("RFC 2616 §14.25"sv), warning_in("RFC 9110 §13.1.3"sv)},
    // RFC 2616 §14.20: an expectation-extension the server does not support MUST get a 417
    // (no extension is defined, so any other than 100-continue); RFC 9110 §10.1.1 only says
    // a server MAY send 417, so no rule there.
    {"request.expectation-not-met"sv, "Expect"sv,
     "a 2xx or 3xx answers a request whose Expect holds an expectation other than "sv
     "100-continue; 417 was due"sv,
     fam::request, src::own, ct::expectation_unmet,
     with_request(classes_of({sc::successful, sc::redirection})),
     error_in("RFC 2616 §14.20"sv), not_a_rule},

    // ---- what the parser noted (check_syntax), and the library's limit -------------------------
    {"syntax.whitespace-before-colon"sv, ""sv, "white space between a field name and its colon"sv,
     fam::syntax, src::own, ct::syntax_whitespace_before_colon, any_status,
     not_a_rule, error_in("RFC 9112 §5.1"sv)},  // RFC 2616 §2.1 implied LWS
    {"syntax.obs-fold"sv, ""sv, "a field value is folded over several lines (obs-fold)"sv,
     fam::syntax, src::own, ct::syntax_obs_fold, any_status,
     not_a_rule, error_in("RFC 9112 §5.2"sv)},  // RFC 2616 §4.2 allowed it
    {"syntax.lf-line-ending"sv, ""sv, "a line ends with LF alone, not CRLF"sv, fam::syntax, src::own,
     ct::syntax_lf_line_ending, any_status,
     error_in("RFC 2616 §2.2"sv), error_in("RFC 9112 §2.2"sv)},
    {"syntax.version"sv, ""sv,
     "an HTTP/1.x status line claims HTTP/2 or later, whose messages are not written so"sv,
     fam::syntax, src::own, ct::version_not_http1, any_status,
     warning_in("RFC 2616 §3.1"sv), error_in("RFC 9110 §6.2"sv)},
#define HTTPSTATUS_CONNECTION_FIELD(id, name, cite, form)                                   \
    {id ""sv, name ""sv, "a connection-specific field in an " form " message"sv, fam::syntax,  \
     src::own, ct::frames_connection_field, any_status, error_in(cite ""sv),                  \
     error_in(cite ""sv), {}, form ""sv}
    HTTPSTATUS_CONNECTION_FIELD("http2.connection-field", "Connection", "RFC 9113 §8.2.2", "HTTP/2"),
    HTTPSTATUS_CONNECTION_FIELD("http2.connection-field", "Keep-Alive", "RFC 9113 §8.2.2", "HTTP/2"),
    HTTPSTATUS_CONNECTION_FIELD("http2.connection-field", "Proxy-Connection", "RFC 9113 §8.2.2", "HTTP/2"),
    HTTPSTATUS_CONNECTION_FIELD("http2.connection-field", "TE", "RFC 9113 §8.2.2", "HTTP/2"),
    HTTPSTATUS_CONNECTION_FIELD("http2.connection-field", "Transfer-Encoding", "RFC 9113 §8.2.2", "HTTP/2"),
    HTTPSTATUS_CONNECTION_FIELD("http2.connection-field", "Upgrade", "RFC 9113 §8.2.2", "HTTP/2"),
    HTTPSTATUS_CONNECTION_FIELD("http3.connection-field", "Connection", "RFC 9114 §4.2", "HTTP/3"),
    HTTPSTATUS_CONNECTION_FIELD("http3.connection-field", "Keep-Alive", "RFC 9114 §4.2", "HTTP/3"),
    HTTPSTATUS_CONNECTION_FIELD("http3.connection-field", "Proxy-Connection", "RFC 9114 §4.2", "HTTP/3"),
    HTTPSTATUS_CONNECTION_FIELD("http3.connection-field", "TE", "RFC 9114 §4.2", "HTTP/3"),
    HTTPSTATUS_CONNECTION_FIELD("http3.connection-field", "Transfer-Encoding", "RFC 9114 §4.2", "HTTP/3"),
    HTTPSTATUS_CONNECTION_FIELD("http3.connection-field", "Upgrade", "RFC 9114 §4.2", "HTTP/3"),
#undef HTTPSTATUS_CONNECTION_FIELD
    {"http2.uppercase-field-name"sv, ""sv, "a field name holds an upper-case letter in an HTTP/2 message"sv,
     fam::syntax, src::own, ct::frames_uppercase_name, any_status,
     error_in("RFC 9113 §8.2.1"sv), error_in("RFC 9113 §8.2.1"sv), {}, "HTTP/2"sv},
    {"http3.uppercase-field-name"sv, ""sv, "a field name holds an upper-case letter in an HTTP/3 message"sv,
     fam::syntax, src::own, ct::frames_uppercase_name, any_status,
     error_in("RFC 9114 §4.2"sv), error_in("RFC 9114 §4.2"sv), {}, "HTTP/3"sv},
    {"http2.switching-protocols"sv, ""sv, "HTTP/2 has no 101 (Switching Protocols)"sv,
     fam::syntax, src::own, ct::frames_switching, codes(code::switching_protocols),
     error_in("RFC 9113 §8.6"sv), error_in("RFC 9113 §8.6"sv), {}, "HTTP/2"sv},
    {"http3.switching-protocols"sv, ""sv, "HTTP/3 has no 101 (Switching Protocols)"sv,
     fam::syntax, src::own, ct::frames_switching, codes(code::switching_protocols),
     error_in("RFC 9114 §4.5"sv), error_in("RFC 9114 §4.5"sv), {}, "HTTP/3"sv},
    {"view.fields-omitted"sv, ""sv,
     "field lines beyond the adapter's capacity were not checked (HTTPSTATUS_MAX_FIELDS)"sv,
     fam::fields, src::library, ct::fields_omitted, any_status,
     error_in(""sv), error_in(""sv)},
};
// clang-format on
}  // namespace detail

/// The validator's rules, in the order of checks[] (see detail::check_table).
inline constexpr const auto& checks = detail::check_table;

inline constexpr std::size_t check_count = sizeof(detail::check_table) / sizeof(detail::check_table[0]);
static_assert(check_count < 512, "httpstatus: a finding record numbers a check in 9 bits");

/// A check's position in checks[].
using check_index = std::uint16_t;

HTTPSTATUS_NODISCARD constexpr const check_info& info_of(check_index c) noexcept {
  return checks[c];
}

/// The first check with this id (and field, when given); check_count when there is none.
/// Usable at compile time, so that code naming a check by id is checked by the compiler.
HTTPSTATUS_NODISCARD constexpr check_index find_check(std::string_view id,
                                                      std::string_view field = {}) noexcept {
  for (std::size_t i = 0; i < check_count; ++i) {
    if (checks[i].id == id && (field.empty() || checks[i].field == field)) {
      return static_cast<check_index>(i);
    }
  }
  return static_cast<check_index>(check_count);
}

namespace detail {
// The id of the check that reports each request condition, in the enum's order.
inline constexpr std::string_view request_check_ids[] = {
    "request.range"sv,       "request.conditional"sv,  "request.expect"sv,  "request.upgrade"sv,
    "request.expectation"sv, "request.precondition"sv, "request.not-get"sv, "request.if-range"sv};
struct request_check_table {
  check_index of[sizeof(request_check_ids) / sizeof(request_check_ids[0])]{};
};
constexpr request_check_table make_request_checks() noexcept {
  request_check_table t;
  for (std::size_t i = 0; i < sizeof(request_check_ids) / sizeof(request_check_ids[0]); ++i) {
    t.of[i] = find_check(request_check_ids[i]);
  }
  return t;
}
inline constexpr request_check_table request_checks = make_request_checks();
constexpr bool every_request_check_found() noexcept {
  for (check_index i : request_checks.of) {
    if (i >= check_count || checks[i].source != check_source::table_rule) return false;
  }
  return static_cast<std::size_t>(request_condition::no_if_range) + 1 ==
         sizeof(request_check_ids) / sizeof(request_check_ids[0]);
}
static_assert(every_request_check_found(),
              "httpstatus: one table-rule check in checks[] for each request_condition");
}  // namespace detail

/// The check that reports a request precondition of the status table.
HTTPSTATUS_NODISCARD constexpr check_index check_of(request_condition c) noexcept {
  return detail::request_checks.of[static_cast<std::size_t>(c)];
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_CHECKS_HPP
