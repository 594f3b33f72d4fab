// The validator's own rules: those that hold for every response or a class of them, rather
// than for one code's row. With the status table, this is all validation knows; the rule
// reference (docs/rules.md) is generated from both.
#ifndef HTTPSTATUS_CHECKS_HPP
#define HTTPSTATUS_CHECKS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config.hpp"
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

/// What one edition says of a check; an empty citation means the edition has no such rule.
struct check_edition {
  httpstatus::level level;
  std::string_view citation;
};

/// One of the validator's rules.
struct check_info {
  std::string_view id;       ///< the stable rule id findings carry
  std::string_view field;    ///< the field it concerns; "" if none or it varies
  std::string_view message;  ///< the finding's one-line message
  check_source source;
  check_edition rfc2616;
  check_edition rfc9110;

  HTTPSTATUS_NODISCARD constexpr const check_edition& in(edition e) const noexcept {
    return e == edition::rfc9110 ? rfc9110 : rfc2616;
  }
  HTTPSTATUS_NODISCARD constexpr bool holds_in(edition e) const noexcept {
    return source == check_source::table_rule || source == check_source::library ||
           !in(e).citation.empty();
  }
};

/// The validator's rules, by name; `checks[static_cast<size_t>(c)]` describes `c`.
enum class check : std::uint8_t {
  status_invalid,
  status_unregistered,
  status_reserved,
  status_deprecated,
  reason_phrase,
  content_forbidden,
  content_head,
  content_connect,
  transfer_encoding_with_content_length,
  content_length_invalid,
  content_length_conflict,
  content_length_repeated,
  content_length_mismatch,
  content_length_forbidden,
  transfer_encoding_forbidden,
  connect_framing,
  field_missing,
  field_forbidden,
  request_range,
  request_conditional,
  request_expect,
  request_upgrade,
  request_http_1_0,
  allow_lists_method,
  created_by_safe_method,
  whitespace_before_colon,
  obs_fold,
  lf_line_ending,
  fields_omitted
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
}  // namespace detail

inline constexpr check_info checks[] = {
    {"status.invalid", "", "the status code is outside 100-599", check_source::own,
     detail::error_in("RFC 2616 §6.1.1"), detail::error_in("RFC 9110 §15")},
    {"status.unregistered", "",
     "the status code is not registered; recipients treat it as the x00 of its class",
     check_source::own, detail::warning_in("RFC 2616 §6.1.1"), detail::warning_in("RFC 9110 §15")},
    {"status.reserved", "", "the status code is reserved (Unused) and not to be sent",
     check_source::status_row, detail::warning_in("RFC 2616 §10.3.7"),
     detail::warning_in("RFC 9110 §15.4.7")},
    {"status.deprecated", "", "the status code is deprecated", check_source::status_row,
     detail::not_a_rule, detail::warning_in("RFC 9110 §15.4.6")},
    {"status.reason-phrase", "",
     "the reason phrase differs from the edition's; phrases are only recommendations",
     check_source::own, detail::info_in("RFC 2616 §6.1.1"), detail::info_in("RFC 9110 §15.1")},
    {"content.forbidden", "", "the response carries content that its status code does not allow",
     check_source::status_content, detail::error_in("RFC 2616 §4.3"),
     detail::error_in("RFC 9110 §15.2")},
    {"content.head", "", "a response to HEAD carries content", check_source::own,
     detail::error_in("RFC 2616 §9.4"), detail::error_in("RFC 9110 §9.3.2")},
    {"content.connect", "",
     "a 2xx response to CONNECT carries content; the tunnel starts after its header section",
     check_source::own, detail::not_a_rule, detail::error_in("RFC 9110 §9.3.6")},
    {"framing.transfer-encoding-with-content-length", "Content-Length",
     "Content-Length is sent together with a Transfer-Encoding", check_source::own,
     detail::error_in("RFC 2616 §4.4"), detail::error_in("RFC 9112 §6.2")},
    {"framing.content-length-invalid", "Content-Length",
     "Content-Length is not a decimal number of octets", check_source::own,
     detail::error_in("RFC 2616 §14.13"), detail::error_in("RFC 9110 §8.6")},
    {"framing.content-length-conflict", "Content-Length",
     "Content-Length has differing values", check_source::own,
     detail::error_in("RFC 2616 §14.13"), detail::error_in("RFC 9112 §6.3")},
    {"framing.content-length-repeated", "Content-Length",
     "Content-Length repeats the same value; send it once", check_source::own,
     detail::warning_in("RFC 2616 §14.13"), detail::warning_in("RFC 9110 §8.6")},
    {"framing.content-length-mismatch", "Content-Length",
     "Content-Length does not match the length of the content", check_source::own,
     detail::error_in("RFC 2616 §4.4"), detail::error_in("RFC 9110 §8.6")},
    {"framing.content-length-forbidden", "Content-Length",
     "Content-Length is sent in a 1xx or 204 response", check_source::own, detail::not_a_rule,
     detail::error_in("RFC 9110 §8.6")},
    {"framing.transfer-encoding-forbidden", "Transfer-Encoding",
     "Transfer-Encoding is sent in a 1xx or 204 response", check_source::own, detail::not_a_rule,
     detail::error_in("RFC 9112 §6.1")},
    {"framing.connect", "",
     "Content-Length or Transfer-Encoding is sent in a 2xx response to CONNECT",
     check_source::own, detail::not_a_rule, detail::error_in("RFC 9110 §9.3.6")},
    {"field.missing", "", "a header field the status code calls for is missing",
     check_source::table_rule, detail::not_a_rule, detail::not_a_rule},
    {"field.forbidden", "", "a header field the status code rules out is present",
     check_source::table_rule, detail::not_a_rule, detail::not_a_rule},
    {"request.range", "Range", "the request had no Range field", check_source::table_rule,
     detail::not_a_rule, detail::not_a_rule},
    {"request.conditional", "",
     "the request was not a conditional GET or HEAD (If-None-Match or If-Modified-Since)",
     check_source::table_rule, detail::not_a_rule, detail::not_a_rule},
    {"request.expect", "Expect", "the request had no Expect: 100-continue",
     check_source::table_rule, detail::not_a_rule, detail::not_a_rule},
    {"request.upgrade", "Upgrade", "the request had no Upgrade field", check_source::table_rule,
     detail::not_a_rule, detail::not_a_rule},
    {"request.http-1.0", "", "a 1xx response is sent to an HTTP/1.0 request",
     check_source::table_rule, detail::not_a_rule, detail::not_a_rule},
    {"request.allow-lists-method", "Allow",
     "the 405 response's Allow lists the method that was refused", check_source::own,
     detail::warning_in("RFC 2616 §10.4.6"), detail::warning_in("RFC 9110 §15.5.6")},
    {"request.created-by-safe-method", "",
     "a 201 (Created) answers a safe method, which requests no state change", check_source::own,
     detail::warning_in("RFC 2616 §9.1.1"), detail::warning_in("RFC 9110 §9.2.1")},
    {"syntax.whitespace-before-colon", "", "white space between a field name and its colon",
     check_source::own, detail::not_a_rule, detail::error_in("RFC 9112 §5.1")},  // §2.1 LWS
    {"syntax.obs-fold", "", "a field value is folded over several lines (obs-fold)",
     check_source::own, detail::not_a_rule, detail::error_in("RFC 9112 §5.2")},  // §4.2 allowed it
    {"syntax.lf-line-ending", "", "a line ends with LF alone, not CRLF", check_source::own,
     detail::error_in("RFC 2616 §2.2"), detail::error_in("RFC 9112 §2.2")},
    {"view.fields-omitted", "",
     "field lines beyond the adapter's capacity were not checked (HTTPSTATUS_MAX_FIELDS)",
     check_source::library, detail::error_in(""), detail::error_in("")},
};

static_assert(sizeof(checks) / sizeof(checks[0]) ==
                  static_cast<std::size_t>(check::fields_omitted) + 1,
              "httpstatus: one checks[] entry per check, in the enum's order");

HTTPSTATUS_NODISCARD constexpr const check_info& info_of(check c) noexcept {
  return checks[static_cast<std::size_t>(c)];
}

/// The check that reports a request precondition of the status table.
HTTPSTATUS_NODISCARD constexpr check check_of(request_condition c) noexcept {
  switch (c) {
    case request_condition::has_range: return check::request_range;
    case request_condition::conditional_get_or_head: return check::request_conditional;
    case request_condition::expect_100_continue: return check::request_expect;
    case request_condition::has_upgrade: return check::request_upgrade;
    case request_condition::not_http_1_0: break;
  }
  return check::request_http_1_0;
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_CHECKS_HPP
