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
  } known[] = {{"GET", get},         {"HEAD", head},       {"POST", post},
               {"PUT", put},         {"DELETE", delete_},  {"CONNECT", connect},
               {"OPTIONS", options}, {"TRACE", trace},     {"PATCH", patch}};
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
}  // namespace detail

/// Response fields whose definitions allow no comma-separated list: sent on one line only
/// (RFC 9110 §5.3; RFC 2616 §4.2). Content-Length has rules of its own (framing); Set-Cookie
/// is the known exception, and no list either.
inline constexpr std::string_view non_list_fields[] = {
    "Age",     "Content-Location", "Content-Range", "Content-Type", "Date",  "ETag",
    "Expires", "Last-Modified",    "Location",      "Retry-After",  "Server"};

namespace detail {
// clang-format off
/// The validator's rules. Levels: MUST and MUST NOT are errors, SHOULD and SHOULD NOT
/// warnings, MAY info. Where a text states a grammar and no keyword, a value outside it is
/// read as a MUST (an error); the note on each entry that reads a text so says so.
inline constexpr check_info check_table[] = {
    // ---- the status code -------------------------------------------------------------------
    {"status.invalid", "", "the status code is outside 100-599", fam::registry, src::own,
     ct::status_invalid, any_status,
     error_in("RFC 2616 §6.1.1"), error_in("RFC 9110 §15")},
    {"status.unregistered", "",
     "the status code is not registered; recipients treat it as the x00 of its class",
     fam::registry, src::own, ct::status_unregistered, every_response,
     warning_in("RFC 2616 §6.1.1"), warning_in("RFC 9110 §15")},
    {"status.reserved", "", "the status code is reserved (Unused) and not to be sent",
     fam::registry, src::status_row, ct::status_reserved, every_response,
     warning_in("RFC 2616 §10.3.7"), warning_in("RFC 9110 §15.4.7")},
    {"status.deprecated", "", "the status code is deprecated", fam::registry, src::status_row,
     ct::status_deprecated, every_response,
     not_a_rule, warning_in("RFC 9110 §15.4.6")},
    {"status.reason-phrase", "",
     "the reason phrase differs from the edition's; phrases are only recommendations",
     fam::registry, src::own, ct::reason_phrase, every_response,
     info_in("RFC 2616 §6.1.1"), info_in("RFC 9110 §15.1")},

    // ---- content ---------------------------------------------------------------------------
    {"content.forbidden", "", "the response carries content that its status code does not allow",
     fam::content, src::status_content, ct::content_forbidden, every_response,
     error_in("RFC 2616 §4.3"), error_in("RFC 9110 §15.2")},
    // a response to HEAD has no content whatever its status (RFC 9112 §6.3 frames it so)
    {"content.head", "", "a response to HEAD carries content", fam::content, src::own,
     ct::content_present, with_methods(any_status, head),
     error_in("RFC 2616 §9.4"), error_in("RFC 9110 §9.3.2")},
    {"content.connect", "",
     "a 2xx response to CONNECT carries content; the tunnel starts after its header section",
     fam::content, src::own, ct::content_present,
     with_methods(classes_of({sc::successful}), connect),
     not_a_rule, error_in("RFC 9110 §9.3.6")},
    // "Except when responding to a HEAD request, the server SHOULD send a representation
    // containing an explanation": empty content is a warning.
    {"content.explanation", "", "a 4xx response carries no explanation of the error",
     fam::content, src::own, ct::content_empty, classes_of({sc::client_error}),
     warning_in("RFC 2616 §10.4"), warning_in("RFC 9110 §15.5")},
    {"content.explanation", "", "a 5xx response carries no explanation of the error",
     fam::content, src::own, ct::content_empty, classes_of({sc::server_error}),
     warning_in("RFC 2616 §10.5"), warning_in("RFC 9110 §15.6")},
    {"content.options-length", "Content-Length",
     "a 200 to OPTIONS without content does not carry Content-Length: 0", fam::content,
     src::own, ct::zero_length_declared,
     with_methods(codes(code::ok), options),
     error_in("RFC 2616 §9.2"), not_a_rule},

    // ---- framing ---------------------------------------------------------------------------
    {"framing.transfer-encoding-with-content-length", "Content-Length",
     "Content-Length is sent together with a Transfer-Encoding", fam::framing, src::own,
     ct::length_with_coding, every_response,
     error_in("RFC 2616 §4.4"), error_in("RFC 9112 §6.2")},
    {"framing.content-length-invalid", "Content-Length",
     "Content-Length is not a decimal number of octets", fam::framing, src::own,
     ct::length_invalid, every_response,
     error_in("RFC 2616 §14.13"), error_in("RFC 9110 §8.6")},
    {"framing.content-length-conflict", "Content-Length",
     "Content-Length has differing values", fam::framing, src::own, ct::length_conflict,
     every_response,
     error_in("RFC 2616 §14.13"), error_in("RFC 9112 §6.3")},
    // Content-Length = 1*DIGIT is no list: a second line (or element), even of the same
    // value, is what RFC 9110 §5.3 says a sender MUST NOT generate; RFC 2616 §4.2 allows
    // repeated lines "if and only if" the field is a list, read as the same MUST NOT.
    {"framing.content-length-repeated", "Content-Length",
     "Content-Length is sent more than once", fam::framing, src::own, ct::length_repeated,
     every_response,
     error_in("RFC 2616 §4.2"), error_in("RFC 9110 §5.3")},
    {"framing.content-length-mismatch", "Content-Length",
     "Content-Length does not match the length of the content", fam::framing, src::own,
     ct::length_mismatch, every_response,
     error_in("RFC 2616 §4.4"), error_in("RFC 9110 §8.6")},
    {"framing.content-length-forbidden", "Content-Length",
     "Content-Length is sent in a 1xx or 204 response", fam::framing, src::own,
     ct::field_present,
     and_code(classes_of({sc::informational}), code::no_content),
     not_a_rule, error_in("RFC 9110 §8.6")},
    {"framing.transfer-encoding-forbidden", "Transfer-Encoding",
     "Transfer-Encoding is sent in a 1xx or 204 response", fam::framing, src::own,
     ct::field_present,
     and_code(classes_of({sc::informational}), code::no_content),
     not_a_rule, error_in("RFC 9112 §6.1")},
    {"framing.connect", "Content-Length",
     "Content-Length or Transfer-Encoding is sent in a 2xx response to CONNECT",
     fam::framing, src::own, ct::field_present,
     with_methods(classes_of({sc::successful}), connect),
     not_a_rule, error_in("RFC 9110 §9.3.6"), vg::none,
     "Transfer-Encoding"},
    {"framing.chunked-repeated", "Transfer-Encoding",
     "the chunked transfer coding is applied more than once", fam::framing, src::own,
     ct::chunked_repeated, every_response,
     error_in("RFC 2616 §3.6"), error_in("RFC 9112 §6.1")},
    // RFC 9112 §6.1/§6.3 let a response end a chunked-then-other coding by closing the
    // connection; only RFC 2616 asks that chunked always be last.
    {"framing.chunked-not-last", "Transfer-Encoding",
     "the chunked transfer coding is not the last one applied", fam::framing, src::own,
     ct::chunked_not_last, every_response,
     error_in("RFC 2616 §3.6"), not_a_rule},
    {"framing.transfer-encoding-http-1.0", "Transfer-Encoding",
     "Transfer-Encoding is sent in a response to an HTTP/1.0 request", fam::framing, src::own,
     ct::coding_to_http_1_0, with_request(every_response),
     error_in("RFC 2616 §3.6"), error_in("RFC 9112 §6.1")},

    // ---- fields ----------------------------------------------------------------------------
    {"field.missing", "", "a header field the status code calls for is missing", fam::fields,
     src::table_rule, ct::table_field_rule, every_response,
     not_a_rule, not_a_rule},
    {"field.forbidden", "", "a header field the status code rules out is present", fam::fields,
     src::table_rule, ct::table_field_rule, every_response,
     not_a_rule, not_a_rule},
    // Date: MUST from an origin server with a clock, which only the sender knows: a warning
    // unless validation_options::clock says (RFC 2616 §14.18: all responses but 100, 101 and,
    // where "inconvenient or impossible", 5xx; RFC 9110 §6.6.1: 2xx, 3xx and 4xx).
    {"date.missing", "Date", "Date is missing", fam::fields, src::own, ct::date_missing,
     except(classes_of({sc::informational, sc::successful,
                                        sc::redirection, sc::client_error}),
                    code::continue_, code::switching_protocols),
     error_in("RFC 2616 §14.18"), not_a_rule},
    {"date.missing", "Date", "Date is missing", fam::fields, src::own, ct::date_missing,
     classes_of({sc::successful, sc::redirection,
                         sc::client_error}),
     not_a_rule, error_in("RFC 9110 §6.6.1")},
    {"date.without-clock", "Date", "Date is sent by an origin server without a clock",
     fam::fields, src::own, ct::date_without_clock, every_response,
     error_in("RFC 2616 §14.18"), error_in("RFC 9110 §6.6.1")},
    {"field.repeated", "", "a field that is not a list is sent on more than one line",
     fam::fields, src::own, ct::field_repeated, every_response,
     error_in("RFC 2616 §4.2"), error_in("RFC 9110 §5.3")},
    // Values: RFC 2616 §3.3.1 and RFC 9110 §5.6.7 have senders generate IMF-fixdate only.
    {"field.invalid", "Date", "Date is not an HTTP-date in IMF-fixdate form", fam::fields,
     src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.18"), error_in("RFC 9110 §5.6.7"), vg::http_date},
    {"field.invalid", "Last-Modified", "Last-Modified is not an HTTP-date in IMF-fixdate form",
     fam::fields, src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.29"), error_in("RFC 9110 §8.8.2"), vg::http_date},
    // RFC 2616 §14.21's note: caches treat invalid values such as "0" as in the past; a
    // sender still MUST send RFC 1123 dates.
    {"field.invalid", "Expires", "Expires is not an HTTP-date in IMF-fixdate form",
     fam::fields, src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.21"), error_in("RFC 9110 §5.6.7"), vg::http_date},
    {"field.invalid", "Retry-After", "Retry-After is neither an HTTP-date nor delay-seconds",
     fam::fields, src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.37"), error_in("RFC 9110 §10.2.3"),
     vg::delay_or_date},
    // RFC 2616 §14.30: "a single absolute URI"; RFC 9110 §10.2.2: a URI-reference.
    {"field.invalid", "Location", "Location is not an absolute URI", fam::fields, src::own,
     ct::field_invalid, every_response,
     error_in("RFC 2616 §14.30"), not_a_rule, vg::absolute_uri},
    {"field.invalid", "Location", "Location is not a URI reference", fam::fields, src::own,
     ct::field_invalid, every_response,
     not_a_rule, error_in("RFC 9110 §10.2.2"), vg::uri_reference},
    {"field.invalid", "WWW-Authenticate", "WWW-Authenticate holds no challenge", fam::fields,
     src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.47"), error_in("RFC 9110 §11.6.1"),
     vg::challenge_list},
    {"field.invalid", "Proxy-Authenticate", "Proxy-Authenticate holds no challenge", fam::fields,
     src::own, ct::field_invalid, every_response,
     error_in("RFC 2616 §14.33"), error_in("RFC 9110 §11.7.1"),
     vg::challenge_list},
    {"field.invalid", "Allow", "Allow is not a list of method tokens", fam::fields, src::own,
     ct::field_invalid, every_response,
     error_in("RFC 2616 §14.7"), error_in("RFC 9110 §10.2.1"), vg::method_list},
    {"field.invalid", "ETag", "ETag is not an entity-tag", fam::fields, src::own,
     ct::field_invalid, every_response,
     error_in("RFC 2616 §14.19"), error_in("RFC 9110 §8.8.3"), vg::entity_tag},
    // Content-Range means something only in 206 and 416 (RFC 9110 §14.4).
    {"field.invalid", "Content-Range",
     "Content-Range is not a valid range (unit, first <= last < complete length)", fam::fields,
     src::own, ct::field_invalid,
     codes(code::partial_content, code::range_not_satisfiable),
     error_in("RFC 2616 §14.16"), error_in("RFC 9110 §14.4"), vg::content_range},
    {"field.connection-upgrade", "Connection",
     "Upgrade is sent without the \"upgrade\" option in Connection", fam::fields, src::own,
     ct::field_lacks_token, every_response,
     error_in("RFC 2616 §14.42"), error_in("RFC 9110 §7.8"), vg::none, "upgrade",
     "Upgrade"},

    // ---- ranges ----------------------------------------------------------------------------
    {"range.unsatisfied-in-206", "Content-Range",
     "a 206 carries an unsatisfied-range Content-Range (*/length)", fam::fields, src::own,
     ct::range_unsatisfied, codes(code::partial_content),
     error_in("RFC 2616 §14.16"), error_in("RFC 9110 §15.3.7.1")},
    {"range.satisfied-in-416", "Content-Range",
     "a 416's Content-Range is not an unsatisfied-range (*/length)", fam::fields, src::own,
     ct::range_not_unsatisfied, codes(code::range_not_satisfiable),
     warning_in("RFC 2616 §14.16"), warning_in("RFC 9110 §14.4")},
    {"range.length-mismatch", "Content-Range",
     "the content's length is not the length of the Content-Range", fam::fields, src::own,
     ct::range_length, codes(code::partial_content),
     error_in("RFC 2616 §14.16"), error_in("RFC 9110 §15.3.7.1")},
    {"range.multipart-boundary", "Content-Type",
     "multipart/byteranges has no boundary parameter", fam::fields, src::own,
     ct::multipart_boundary, every_response,
     error_in("RFC 2616 §3.7.2"), error_in("RFC 9110 §14.6")},
    {"range.multipart-for-one-range", "Content-Type",
     "a multipart/byteranges 206 answers a request for a single range", fam::fields, src::own,
     ct::multipart_one_range, with_request(codes(code::partial_content)),
     error_in("RFC 2616 §14.16"), error_in("RFC 9110 §15.3.7.2")},

    // ---- the request -----------------------------------------------------------------------
    {"request.range", "Range", "the request had no Range field", fam::request, src::table_rule,
     ct::table_request_rule, every_response, not_a_rule, not_a_rule},
    {"request.conditional", "",
     "the request was not a conditional GET or HEAD (If-None-Match or If-Modified-Since)",
     fam::request, src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.expect", "Expect",
     "the request had no Expect: 100-continue (and was no HTTP/1.1 PUT or POST)", fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.upgrade", "Upgrade", "the request had no Upgrade field", fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.expectation", "Expect", "the request had no Expect field", fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.precondition", "", "the request had no precondition field", fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.not-get", "", "the request was not a GET, for which alone ranges are defined",
     fam::request, src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.if-range", "If-Range", "the request had an If-Range field", fam::request,
     src::table_rule, ct::table_request_rule, every_response,
     not_a_rule, not_a_rule},
    {"request.http-1.0", "", "a 1xx response is sent to an HTTP/1.0 request", fam::request,
     src::own, ct::interim_to_http_1_0,
     with_request(classes_of({sc::informational})),
     error_in("RFC 2616 §10.1"), error_in("RFC 9110 §15.2")},
    {"request.allow-lists-method", "Allow",
     "the 405 response's Allow lists the method that was refused", fam::request, src::own,
     ct::allow_lists_method, with_request(codes(code::method_not_allowed)),
     warning_in("RFC 2616 §10.4.6"), warning_in("RFC 9110 §15.5.6")},
    // RFC 9110 §9.2.1 lets a safe method have side effects; only RFC 2616 §9.1.1 objects.
    {"request.created-by-safe-method", "",
     "a 201 (Created) answers a safe method, which requests no state change", fam::request,
     src::own, ct::any_response, with_methods(codes(code::created), get | head),
     warning_in("RFC 2616 §9.1.1"), not_a_rule},
    {"request.upgrade-not-offered", "Upgrade",
     "the 101 switches to a protocol the request's Upgrade did not offer", fam::request,
     src::own, ct::upgrade_not_offered,
     with_request(codes(code::switching_protocols)),
     not_a_rule, error_in("RFC 9110 §7.8")},
    {"precondition.412-for-if-none-match", "If-None-Match",
     "a GET or HEAD that fails only If-None-Match gets 412, not 304", fam::request, src::own,
     ct::only_if_none_match,
     with_methods(codes(code::precondition_failed), get | head),
     warning_in("RFC 2616 §14.26"), error_in("RFC 9110 §13.1.2")},
    {"precondition.412-for-unconditional-method", "",
     "a 412 answers CONNECT, OPTIONS or TRACE, whose preconditions a server ignores",
     fam::request, src::own, ct::any_response,
     with_methods(codes(code::precondition_failed), connect | options | trace),
     not_a_rule, error_in("RFC 9110 §13.2.1")},
    {"precondition.if-match-not-evaluated", "If-Match",
     "a 2xx answers a request whose If-Match names no entity tag matching the ETag",
     fam::request, src::own, ct::if_match_failed,
     with_request(classes_of({sc::successful})),
     error_in("RFC 2616 §14.24"), error_in("RFC 9110 §13.1.1")},
    {"precondition.if-none-match-not-evaluated", "If-None-Match",
     "a 2xx answers a GET or HEAD whose If-None-Match lists the ETag; 304 was due",
     fam::request, src::own, ct::if_none_match_matched,
     with_methods(classes_of({sc::successful}), get | head),
     warning_in("RFC 2616 §14.26"), error_in("RFC 9110 §13.1.2")},
    {"precondition.if-range-not-evaluated", "If-Range",
     "a 206 answers a request whose If-Range does not match; the full 200 was due",
     fam::request, src::own, ct::if_range_failed,
     with_request(codes(code::partial_content)),
     warning_in("RFC 2616 §14.27"), error_in("RFC 9110 §13.1.5")},
    // RFC 2616 §14.25 c) and RFC 9110 §13.1.3: SHOULD 304 when the representation has not
    // been modified since the date. Only a 200 (2616 §14.25 a: other statuses are as without
    // the field), only beside no If-None-Match (which replaces it), only for an IMF-fixdate
    // not later than the response's Date (2616: a later date is invalid; 9110: the origin's
    // clock decides); a resource without Last-Modified has no modification date to compare.
    {"precondition.if-modified-since-not-evaluated", "If-Modified-Since",
     "a 200 answers a GET or HEAD whose If-Modified-Since is not before the Last-Modified; "
     "304 was due",
     fam::request, src::own, ct::if_modified_since_unmodified,
     with_methods(codes(code::ok), get | head),
     warning_in("RFC 2616 §14.25"), warning_in("RFC 9110 §13.1.3")},
    // RFC 2616 §14.20: an expectation-extension the server does not support MUST get a 417
    // (no extension is defined, so any other than 100-continue); RFC 9110 §10.1.1 only says
    // a server MAY send 417, so no rule there.
    {"request.expectation-not-met", "Expect",
     "a 2xx or 3xx answers a request whose Expect holds an expectation other than "
     "100-continue; 417 was due",
     fam::request, src::own, ct::expectation_unmet,
     with_request(classes_of({sc::successful, sc::redirection})),
     error_in("RFC 2616 §14.20"), not_a_rule},

    // ---- what the parser noted (check_syntax), and the library's limit -------------------------
    {"syntax.whitespace-before-colon", "", "white space between a field name and its colon",
     fam::syntax, src::own, ct::syntax_whitespace_before_colon, any_status,
     not_a_rule, error_in("RFC 9112 §5.1")},  // RFC 2616 §2.1 implied LWS
    {"syntax.obs-fold", "", "a field value is folded over several lines (obs-fold)",
     fam::syntax, src::own, ct::syntax_obs_fold, any_status,
     not_a_rule, error_in("RFC 9112 §5.2")},  // RFC 2616 §4.2 allowed it
    {"syntax.lf-line-ending", "", "a line ends with LF alone, not CRLF", fam::syntax, src::own,
     ct::syntax_lf_line_ending, any_status,
     error_in("RFC 2616 §2.2"), error_in("RFC 9112 §2.2")},
    {"syntax.version", "",
     "an HTTP/1.x status line claims HTTP/2 or later, whose messages are not written so",
     fam::syntax, src::own, ct::version_not_http1, any_status,
     warning_in("RFC 2616 §3.1"), error_in("RFC 9110 §6.2")},
#define HTTPSTATUS_CONNECTION_FIELD(id, name, cite, form)                                   \
    {id, name, "a connection-specific field in an " form " message", fam::syntax, src::own, \
     ct::frames_connection_field, any_status, error_in(cite), error_in(cite), {}, form}
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
    {"http2.uppercase-field-name", "", "a field name holds an upper-case letter in an HTTP/2 message",
     fam::syntax, src::own, ct::frames_uppercase_name, any_status,
     error_in("RFC 9113 §8.2.1"), error_in("RFC 9113 §8.2.1"), {}, "HTTP/2"},
    {"http3.uppercase-field-name", "", "a field name holds an upper-case letter in an HTTP/3 message",
     fam::syntax, src::own, ct::frames_uppercase_name, any_status,
     error_in("RFC 9114 §4.2"), error_in("RFC 9114 §4.2"), {}, "HTTP/3"},
    {"http2.switching-protocols", "", "HTTP/2 has no 101 (Switching Protocols)",
     fam::syntax, src::own, ct::frames_switching, codes(code::switching_protocols),
     error_in("RFC 9113 §8.6"), error_in("RFC 9113 §8.6"), {}, "HTTP/2"},
    {"http3.switching-protocols", "", "HTTP/3 has no 101 (Switching Protocols)",
     fam::syntax, src::own, ct::frames_switching, codes(code::switching_protocols),
     error_in("RFC 9114 §4.5"), error_in("RFC 9114 §4.5"), {}, "HTTP/3"},
    {"view.fields-omitted", "",
     "field lines beyond the adapter's capacity were not checked (HTTPSTATUS_MAX_FIELDS)",
     fam::fields, src::library, ct::fields_omitted, any_status,
     error_in(""), error_in("")},
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
    "request.range",       "request.conditional",  "request.expect",  "request.upgrade",
    "request.expectation", "request.precondition", "request.not-get", "request.if-range"};
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
