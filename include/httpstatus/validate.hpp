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
  const field* type = fields.find("Content-Type");
  if (type == nullptr) return false;
  std::string_view value = type->value;
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
  bool invalid = false;      // an element that is not 1*DIGIT, or too large to hold
  bool conflicting = false;  // elements with differing values
  bool repeated = false;     // the same value more than once
  std::uint64_t value = 0;
};

constexpr content_length_field read_content_length(const field_span& fields,
                                                   const field_index& index) noexcept {
  content_length_field out;
  if (!index.has(content_length_id)) return out;
  out.present = true;
  bool seen = false;
  for (const field& f : fields) {
    if (!iequals(f.name, "Content-Length")) continue;
    // The value as a list (RFC 9110 §5.6.1): elements of digits between commas and OWS.
    const std::string_view v = f.value;
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
      if (digits == 0 || (i < v.size() && v[i] != ',')) {
        out.invalid = true;
        return out;
      }
      element_in_line = true;
      if (out.invalid) return out;
      if (seen && value != out.value) out.conflicting = true;
      if (seen && value == out.value) out.repeated = true;
      if (!seen) out.value = value;
      seen = true;
    }
    // A field line with no element (an empty value) is no number either.
    if (!element_in_line) out.invalid = true;
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

}  // namespace detail

/// Registry rules: a status outside 100-599, an unregistered, reserved or deprecated code,
/// and a reason phrase other than the edition's.
template <std::size_t N>
constexpr void check_registry(const response_view& response, edition e,
                              basic_report<N>& out) noexcept {
  const int status = response.status();
  if (class_of(status) == status_class::invalid) {
    detail::add(out, check::status_invalid, e);
    return;
  }
  const status_info* info = lookup(status);
  if (info == nullptr) {
    detail::add(out, check::status_unregistered, e);
    return;
  }
  const edition_info& ed = info->in(e);
  if (info->reserved) detail::add(out, check::status_reserved, e, ed.citation);
  if (ed.deprecated) detail::add(out, check::status_deprecated, e, ed.citation);
  if (!info->reserved && !response.reason().empty() && response.reason() != ed.reason_phrase) {
    detail::add(out, check::reason_phrase, e);
  }
}

/// Content rules: none in 1xx, 204, 304; none sent in 205; none in a response to HEAD; none
/// in a 2xx to CONNECT (RFC 9110). Needs the content length; the last two need the request.
template <std::size_t N>
constexpr void check_content(const response_view& response, const request_view* request,
                             edition e, basic_report<N>& out) noexcept {
  const auto length = response.content_length();
  if (!length.has_value() || *length == 0) return;
  const int status = response.status();
  if (content_rule_of(status) != content_rule::allowed) {
    const status_info* info = lookup(status);
    detail::add(out, check::content_forbidden, e,
                info != nullptr ? info->in(e).content_citation : std::string_view{});
  }
  if (request == nullptr) return;
  if (request->method() == "HEAD") detail::add(out, check::content_head, e);
  if (request->method() == "CONNECT" && is_successful(status)) {
    detail::add(out, check::content_connect, e);  // RFC 9110 only: checks[] says so
  }
}

/// Framing rules: Content-Length with Transfer-Encoding, a malformed, conflicting, repeated or
/// wrong Content-Length, and (RFC 9110) Content-Length or Transfer-Encoding where forbidden.
template <std::size_t N>
constexpr void check_framing(const response_view& response, const request_view* request,
                             edition e, basic_report<N>& out,
                             const detail::field_index& index) noexcept {
  const field_span& fields = response.fields();
  const int status = response.status();
  const detail::content_length_field length = detail::read_content_length(fields, index);
  const bool has_te = index.has(detail::transfer_encoding_id);
  const bool bodiless_status = is_informational(status) || status == 204;

  // RFC 2616 §4.4 forbids the pair only with a non-identity coding; RFC 9112 §6.2 always.
  if (length.present && has_te &&
      (e == edition::rfc9110 || detail::has_non_identity_transfer_coding(fields))) {
    detail::add(out, check::transfer_encoding_with_content_length, e);
  }
  if (length.invalid) detail::add(out, check::content_length_invalid, e);
  if (length.conflicting) detail::add(out, check::content_length_conflict, e);
  if (length.repeated && !length.conflicting) detail::add(out, check::content_length_repeated, e);
  // RFC 9110 only, as checks[] says: detail::add skips them in the RFC 2616 edition
  if (bodiless_status) {
    if (length.present) detail::add(out, check::content_length_forbidden, e);
    if (has_te) detail::add(out, check::transfer_encoding_forbidden, e);
  }
  const bool connect_2xx =
      request != nullptr && request->method() == "CONNECT" && is_successful(status);
  if (connect_2xx && (length.present || has_te)) {
    detail::add(out, check::connect_framing, e);
  }

  // Content-Length against the content: only where it delimits this message's content. It
  // describes another message's length in a response to HEAD and in a 304 (RFC 9110 §8.6),
  // and gives way to Transfer-Encoding. Without the request, empty content may answer HEAD.
  const auto content = response.content_length();
  if (!length.present || length.invalid || length.conflicting || has_te || !content) return;
  if (content_rule_of(status) == content_rule::never || connect_2xx) return;
  if (request != nullptr ? request->method() == "HEAD" : *content == 0) return;
  if (length.value != *content) detail::add(out, check::content_length_mismatch, e);
}

template <std::size_t N>
constexpr void check_framing(const response_view& response, const request_view* request,
                             edition e, basic_report<N>& out) noexcept {
  check_framing(response, request, e, out, detail::field_index(response.fields()));
}

/// The status table's header-field rules for the code, in the edition. Rules whose condition
/// only the sender can know are reported as info when their field is absent; rules that need
/// the request are skipped without it.
template <std::size_t N>
constexpr void check_fields(const response_view& response, const request_view* request,
                            edition e, basic_report<N>& out,
                            const detail::field_index& index) noexcept {
  const status_info* info = lookup(response.status());
  if (info == nullptr) return;
  for (const field_rule& rule : info->field_rules) {
    if (!contains(rule.editions, e)) continue;
    const detail::applies holds =
        detail::condition_holds(rule.condition, response, index, request);
    if (holds == detail::applies::no) continue;
    const bool present = index.has(rule.field);
    const bool forbids =
        rule.level == requirement::must_not || rule.level == requirement::should_not;
    if (present != forbids) continue;  // the rule is met
    const check c = forbids ? check::field_forbidden : check::field_missing;
    const level lvl = holds == detail::applies::unknown ? level::info : level_of(rule.level);
    const check_info& ci = info_of(c);
    out.add(finding{ci.id, lvl, rule.field, rule.citation, ci.message, describe(rule.condition)});
  }
}

template <std::size_t N>
constexpr void check_fields(const response_view& response, const request_view* request,
                            edition e, basic_report<N>& out) noexcept {
  check_fields(response, request, e, out, detail::field_index(response.fields()));
}

/// Request-aware rules: the status table's preconditions (Range for 206/416, a conditional
/// GET or HEAD for 304, Expect for 100, Upgrade for 101, no 1xx to HTTP/1.0), a 405 whose
/// Allow lists the refused method, and a 201 to a safe method.
template <std::size_t N>
constexpr void check_request(const response_view& response, const request_view& request,
                             edition e, basic_report<N>& out,
                             const detail::field_index& index) noexcept {
  const int status = response.status();
  if (const status_info* info = lookup(status)) {
    for (const request_rule& rule : info->request_rules) {
      if (!contains(rule.editions, e) || detail::request_meets(rule.what, request)) continue;
      const check_info& ci = info_of(check_of(rule.what));
      out.add(finding{ci.id, level_of(rule.level), ci.field, rule.citation, ci.message, {}});
    }
  }
  if (status == 405 && index.has(detail::allow_id) &&
      response.fields().list_contains("Allow", request.method(), true)) {
    detail::add(out, check::allow_lists_method, e);
  }
  if (status == 201 && detail::is_safe_method(request.method(), e)) {
    detail::add(out, check::created_by_safe_method, e);
  }
}

template <std::size_t N>
constexpr void check_request(const response_view& response, const request_view& request,
                             edition e, basic_report<N>& out) noexcept {
  check_request(response, request, e, out, detail::field_index(response.fields()));
}

/// Runs every check family on a response view, with the request view when `request` is set,
/// adding to `out` (which may already hold findings, such as check_syntax's).
template <std::size_t N>
constexpr void validate_into(const response_view& response, const request_view* request,
                             edition e, basic_report<N>& out) noexcept {
  if (response.omitted_fields() != 0 || (request != nullptr && request->omitted_fields() != 0)) {
    detail::add(out, check::fields_omitted, e);
  }
  const detail::field_index index(response.fields());  // the one pass over the field lines
  check_registry(response, e, out);
  check_content(response, request, e, out);
  check_framing(response, request, e, out, index);
  check_fields(response, request, e, out, index);
  if (request != nullptr) check_request(response, *request, e, out, index);
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
  const response_view view = adapted;
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
  const response_view response_v = adapted_response;
  const request_view request_v = adapted_request;
  return validate_view(response_v, &request_v, e);
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_VALIDATE_HPP
