// Validation: checks a response, and its request where known, against the status table and
// the validator's own rules. Each check family is a public function; `validate` runs them all.
#ifndef HTTPSTATUS_VALIDATE_HPP
#define HTTPSTATUS_VALIDATE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "checks.hpp"
#include "config.hpp"
#include "detail/ascii.hpp"
#include "detail/common_case.hpp"
#include "detail/field_index.hpp"
#include "lookup.hpp"
#include "report.hpp"
#include "requirements.hpp"
#include "table.hpp"
#include "traits.hpp"
#include "types.hpp"
#include "view.hpp"

namespace httpstatus {
namespace detail {

// The media type of Content-Type, without parameters, is multipart/byteranges.
constexpr bool is_multipart_byteranges(const field_span& fields, const field_index& index) noexcept {
  if (!index.has(content_type_id)) return false;
  std::string_view value = fields[index.first_content_type()].value;
  value = value.substr(0, value.find(';'));
  return iequals(trim_ows(value), "multipart/byteranges");
}

// A Range request in the bytes unit (range units are case-insensitive, RFC 9110 §14.1).
constexpr bool is_byte_range_request(const request_view& request) noexcept {
  const field* range = request.fields().find("Range");
  return range != nullptr && istarts_with(trim_ows(range->value), "bytes=");
}

constexpr bool is_conditional_get_or_head(const request_view& request) noexcept {
  const std::string_view method = request.method();
  return (method == "GET" || method == "HEAD") &&
         (request.fields().has("If-None-Match") || request.fields().has("If-Modified-Since"));
}

// Safe methods: GET and HEAD in RFC 2616 §9.1.1; also OPTIONS and TRACE in RFC 9110 §9.2.1.
constexpr bool is_safe_method(std::string_view method, edition e) noexcept {
  if (method == "GET" || method == "HEAD") return true;
  return e == edition::rfc9110 && (method == "OPTIONS" || method == "TRACE");
}

// What the Content-Length field lines say, taken together.
struct content_length_field {
  bool present = false;
  bool has_value = false;    // an element has been read: `value` is the first
  bool invalid = false;      // an element that is not 1*DIGIT, or too large to hold
  bool conflicting = false;  // elements with differing values
  bool repeated = false;     // the same value more than once
  std::uint64_t value = 0;
};

// Reads one Content-Length field line's value into `out`: a list (RFC 9110 §5.6.1) of
// elements of digits between commas and OWS. False when reading should stop: an element that
// is not a number, or any element after the value was found invalid.
constexpr bool read_content_length_line(std::string_view v, content_length_field& out) noexcept {
  // The usual value first: one number, digits only, too short to overflow.
  if (!out.has_value && read_plain_number(v, out.value)) {
    out.has_value = true;
    return true;
  }
  std::size_t i = 0;
  bool element_in_line = false;
  while (i < v.size()) {
    while (i < v.size() && (is_ows(v[i]) || v[i] == ',')) ++i;
    if (i == v.size()) break;
    std::uint64_t value = 0;
    std::size_t digits = 0;
    for (; i < v.size() && is_digit(v[i]); ++i, ++digits) {
      if (value > (UINT64_MAX - 9) / 10) out.invalid = true;
      value = value * 10 + static_cast<std::uint64_t>(v[i] - '0');
    }
    while (i < v.size() && is_ows(v[i])) ++i;
    if (digits == 0 || (i < v.size() && v[i] != ',') || out.invalid) {
      out.invalid = true;
      return false;
    }
    element_in_line = true;
    if (out.has_value && value != out.value) out.conflicting = true;
    if (out.has_value && value == out.value) out.repeated = true;
    if (!out.has_value) out.value = value;
    out.has_value = true;
  }
  // A field line with no element (an empty value) is no number either.
  if (!element_in_line) out.invalid = true;
  return true;
}

constexpr content_length_field read_content_length(const field_span& fields,
                                                   const field_index& index) noexcept {
  content_length_field out;
  if (!index.has(content_length_id)) return out;
  out.present = true;
  if (index.content_length_lines() == 1) {  // the usual case: the pass found the one line
    read_content_length_line(fields[index.first_content_length()].value, out);
  } else {
    for (std::size_t i = index.first_content_length(); i < fields.size(); ++i) {
      if (iequals(fields[i].name, "Content-Length") &&
          !read_content_length_line(fields[i].value, out)) {
        break;
      }
    }
  }
  return out;
}

constexpr bool has_non_identity_transfer_coding(const field_span& fields) noexcept {
  return fields.any_element("Transfer-Encoding", [](std::string_view coding) {
    return !iequals(coding, "identity");
  });
}

// Whether a table rule's condition holds for this exchange.
enum class applies { yes, no, unknown };

constexpr applies condition_holds(rule_condition c, const response_view& response,
                                  const field_index& index, const request_view* request) noexcept {
  switch (c) {
    case rule_condition::always:
    // Date: an origin server without a clock is the exception RFC 2616 §14.18.1 allows; a
    // response is taken to come from one with a clock.
    case rule_condition::unless_clockless_origin: return applies::yes;
    case rule_condition::unless_multipart_byteranges:
      return is_multipart_byteranges(response.fields(), index) ? applies::no : applies::yes;
    case rule_condition::if_multipart_byteranges:
      return is_multipart_byteranges(response.fields(), index) ? applies::yes : applies::no;
    case rule_condition::if_request_is_post:
      if (request == nullptr) return applies::no;  // needs the request: skipped, not guessed
      return request->method() == "POST" ? applies::yes : applies::no;
    case rule_condition::if_byte_range_request:
      if (request == nullptr) return applies::no;
      return is_byte_range_request(*request) ? applies::yes : applies::no;
    case rule_condition::if_sent_in_200:
    case rule_condition::if_value_might_differ:
    case rule_condition::if_preferred_choice:
    case rule_condition::if_condition_temporary: break;
  }
  return applies::unknown;  // the sender's knowledge alone
}

constexpr bool request_meets(request_condition c, const request_view& request) noexcept {
  switch (c) {
    case request_condition::has_range: return request.fields().has("Range");
    case request_condition::conditional_get_or_head: return is_conditional_get_or_head(request);
    case request_condition::expect_100_continue:
      return request.fields().list_contains("Expect", "100-continue");
    case request_condition::has_upgrade: return request.fields().has("Upgrade");
    case request_condition::not_http_1_0: break;
  }
  // Unknown versions pass; HTTP/1.0 and HTTP/0.9 do not.
  return !request.version_known() || request.version_major() > 1 ||
         (request.version_major() == 1 && request.version_minor() >= 1);
}

// What every check family asks of one exchange, worked out once: the status's row and content
// rule, and the one pass over the response's field lines.
struct exchange {
  // A check family called alone: the pass reads every name validation reads.
  constexpr exchange(const response_view& r, const request_view* q, edition ed) noexcept
      : exchange(r, q, ed, row_of(r.status()), every_name) {}
  // validate, which runs every family and has looked the status's row up (-1: none): the pass
  // reads only the names that row reads.
  constexpr exchange(const response_view& r, const request_view* q, edition ed,
                     int status_row) noexcept
      : exchange(r, q, ed, status_row, names_for_row(status_row, ed)) {}
  constexpr exchange(const response_view& r, const request_view* q, edition ed, int status_row,
                     const name_set& names) noexcept
      : response(r),
        request(q),
        e(ed),
        status(r.status()),
        row(status_row),
        content(content_rule_at(status_row, status)),
        index(r.fields(), names) {}

  static constexpr name_set every_name = all_known_names();

  const response_view& response;
  const request_view* request;
  edition e;
  int status;
  int row;  // -1: not registered
  content_rule content;
  field_index index;
};

template <std::size_t N>
constexpr void check_registry(const exchange& x, basic_report<N>& out) noexcept {
  if (class_of(x.status) == status_class::invalid) {
    add(out, check::status_invalid, x.e);
    return;
  }
  if (x.row < 0) {
    add(out, check::status_unregistered, x.e);
    return;
  }
  const status_info& info = status_table[x.row];
  const edition_info& ed = info.in(x.e);
  if (info.reserved) add(out, check::status_reserved, x.e, x.row);
  if (ed.deprecated) add(out, check::status_deprecated, x.e, x.row);
  const std::string_view reason = x.response.reason();
  if (!info.reserved && !reason.empty() && reason != ed.reason_phrase) {
    add(out, check::reason_phrase, x.e);
  }
}

template <std::size_t N>
constexpr void check_content(const exchange& x, basic_report<N>& out) noexcept {
  const auto length = x.response.content_length();
  if (!length.has_value() || *length == 0) return;
  if (x.content != content_rule::allowed) add(out, check::content_forbidden, x.e, x.row);
  if (x.request == nullptr) return;
  if (x.request->method() == "HEAD") add(out, check::content_head, x.e);
  if (x.request->method() == "CONNECT" && is_successful(x.status)) {
    add(out, check::content_connect, x.e);  // RFC 9110 only: checks[] says so
  }
}

template <std::size_t N>
constexpr void check_framing(const exchange& x, basic_report<N>& out) noexcept {
  const field_span& fields = x.response.fields();
  const content_length_field length = read_content_length(fields, x.index);
  const bool has_te = x.index.has(transfer_encoding_id);
  const edition e = x.e;

  // RFC 2616 §4.4 forbids the pair only with a non-identity coding; RFC 9112 §6.2 always.
  if (length.present && has_te &&
      (e == edition::rfc9110 || has_non_identity_transfer_coding(fields))) {
    add(out, check::transfer_encoding_with_content_length, e);
  }
  if (length.invalid) add(out, check::content_length_invalid, e);
  if (length.conflicting) add(out, check::content_length_conflict, e);
  if (length.repeated && !length.conflicting) add(out, check::content_length_repeated, e);
  // RFC 9110 only, as checks[] says: add() skips them in the RFC 2616 edition
  if (is_informational(x.status) || x.status == 204) {
    if (length.present) add(out, check::content_length_forbidden, e);
    if (has_te) add(out, check::transfer_encoding_forbidden, e);
  }
  const bool connect_2xx =
      x.request != nullptr && x.request->method() == "CONNECT" && is_successful(x.status);
  if (connect_2xx && (length.present || has_te)) add(out, check::connect_framing, e);

  // Content-Length against the content: only where it delimits this message's content. It
  // describes another message's length in a response to HEAD and in a 304 (RFC 9110 §8.6),
  // and gives way to Transfer-Encoding. Without the request, empty content may answer HEAD.
  const auto content = x.response.content_length();
  if (!length.present || length.invalid || length.conflicting || has_te || !content) return;
  if (x.content == content_rule::never || connect_2xx) return;
  if (x.request != nullptr ? x.request->method() == "HEAD" : *content == 0) return;
  if (length.value != *content) add(out, check::content_length_mismatch, e);
}

template <std::size_t N>
constexpr void check_fields(const exchange& x, basic_report<N>& out) noexcept {
  if (x.row < 0) return;
  const const_span<field_rule> rules = status_table[x.row].field_rules;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const field_rule& rule = rules[i];
    if (!contains(rule.editions, x.e)) continue;
    const applies holds = condition_holds(rule.condition, x.response, x.index, x.request);
    if (holds == applies::no) continue;
    const bool present = x.index.has(field_rule_name_ids.by_row[x.row][i]);
    const bool forbids =
        rule.level == requirement::must_not || rule.level == requirement::should_not;
    if (present != forbids) continue;  // the rule is met
    const check c = forbids ? check::field_forbidden : check::field_missing;
    const level lvl = holds == applies::unknown ? level::info : level_of(rule.level);
    add_field_rule(out, c, lvl, x.e, x.row, i);
  }
}

template <std::size_t N>
constexpr void check_request(const exchange& x, const request_view& request,
                             basic_report<N>& out) noexcept {
  if (x.row >= 0) {
    const const_span<request_rule> rules = status_table[x.row].request_rules;
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const request_rule& rule = rules[i];
      if (!contains(rule.editions, x.e) || request_meets(rule.what, request)) continue;
      add_request_rule(out, check_of(rule.what), level_of(rule.level), x.e, x.row, i);
    }
  }
  if (x.status == 405 && x.index.has(allow_id) &&
      x.response.fields().list_contains("Allow", request.method(), true)) {
    add(out, check::allow_lists_method, x.e);
  }
  if (x.status == 201 && is_safe_method(request.method(), x.e)) {
    add(out, check::created_by_safe_method, x.e);
  }
}

// Every check family, for validate_into when the common case does not settle it. Out of line:
// the common case then needs no stack frame of its own.
template <std::size_t N>
HTTPSTATUS_NOINLINE constexpr void check_everything(const response_view& response,
                                                    const request_view* request, edition e,
                                                    int row, basic_report<N>& out) noexcept {
  if (response.omitted_fields() != 0 || (request != nullptr && request->omitted_fields() != 0)) {
    add(out, check::fields_omitted, e);
  }
  // one pass over the field lines, for the names the row's rules read
  const exchange x(response, request, e, row);
  check_registry(x, out);
  check_content(x, out);
  check_framing(x, out);
  check_fields(x, out);
  if (request != nullptr) check_request(x, *request, out);
}

}  // namespace detail

/// Registry rules: a status outside 100-599, an unregistered, reserved or deprecated code,
/// and a reason phrase other than the edition's.
template <std::size_t N>
constexpr void check_registry(const response_view& response, edition e,
                              basic_report<N>& out) noexcept {
  detail::check_registry(detail::exchange(response, nullptr, e), out);
}

/// Content rules: none in 1xx, 204, 304; none sent in 205; none in a response to HEAD; none
/// in a 2xx to CONNECT (RFC 9110). Needs the content length; the last two need the request.
template <std::size_t N>
constexpr void check_content(const response_view& response, const request_view* request,
                             edition e, basic_report<N>& out) noexcept {
  detail::check_content(detail::exchange(response, request, e), out);
}

/// Framing rules: Content-Length with Transfer-Encoding, a malformed, conflicting, repeated or
/// wrong Content-Length, and (RFC 9110) Content-Length or Transfer-Encoding where forbidden.
template <std::size_t N>
constexpr void check_framing(const response_view& response, const request_view* request,
                             edition e, basic_report<N>& out) noexcept {
  detail::check_framing(detail::exchange(response, request, e), out);
}

/// The status table's header-field rules for the code, in the edition. Rules whose condition
/// only the sender can know are reported as info when their field is absent; rules that need
/// the request are skipped without it.
template <std::size_t N>
constexpr void check_fields(const response_view& response, const request_view* request,
                            edition e, basic_report<N>& out) noexcept {
  detail::check_fields(detail::exchange(response, request, e), out);
}

/// Request-aware rules: the status table's preconditions (Range for 206/416, a conditional
/// GET or HEAD for 304, Expect for 100, Upgrade for 101, no 1xx to HTTP/1.0), a 405 whose
/// Allow lists the refused method, and a 201 to a safe method.
template <std::size_t N>
constexpr void check_request(const response_view& response, const request_view& request,
                             edition e, basic_report<N>& out) noexcept {
  detail::check_request(detail::exchange(response, &request, e), request, out);
}

/// Runs every check family on a response view, with the request view when `request` is set,
/// adding to `out` (which may already hold findings, such as check_syntax's).
template <std::size_t N>
constexpr void validate_into(const response_view& response, const request_view* request,
                             edition e, basic_report<N>& out) noexcept {
  // one lookup of the status for the short way and the full checks alike
  const int row = detail::row_of(response.status());
  if (detail::certainly_clean(response, request, e, row)) return;  // most responses: see there
  detail::check_everything(response, request, e, row, out);
}

/// As validate_into, into a new report of capacity N.
template <std::size_t N = HTTPSTATUS_REPORT_CAPACITY>
HTTPSTATUS_NODISCARD constexpr basic_report<N> validate_view(const response_view& response,
                                                             const request_view* request,
                                                             edition e) noexcept {
  basic_report<N> out;
  validate_into(response, request, e, out);
  return out;
}

/// Validates a response (any type response_traits accepts) in an edition.
template <class Response>
HTTPSTATUS_NODISCARD constexpr report validate(const Response& response,
                                               edition e = edition::rfc2616) noexcept(
    noexcept(response_traits<Response>::to_view(response))) {
  const auto& adapted = response_traits<Response>::to_view(response);
  const response_view& view = adapted;  // no copy when it is a view already
  return validate_view(view, nullptr, e);
}

/// Validates a response together with the request it answers.
template <class Response, class Request,
          class = std::enable_if_t<!std::is_same<Request, edition>::value>>
HTTPSTATUS_NODISCARD constexpr report validate(const Response& response, const Request& request,
                                               edition e = edition::rfc2616) noexcept(
    noexcept(response_traits<Response>::to_view(response)) &&
    noexcept(request_traits<Request>::to_view(request))) {
  const auto& adapted_response = response_traits<Response>::to_view(response);
  const auto& adapted_request = request_traits<Request>::to_view(request);
  const response_view& response_v = adapted_response;
  // a copy: GCC will not compare the address of a temporary with nullptr in a constant
  // expression, and validate_view takes the request by pointer
  const request_view request_v = adapted_request;
  return validate_view(response_v, &request_v, e);
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_VALIDATE_HPP
