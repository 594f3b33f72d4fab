// Validation: checks a response, and its request where known, against the status table and
// checks[], in one flow (flow.hpp). The check_* functions run one family each; check_syntax
// reports what the parser noted.
#ifndef HTTPSTATUS_VALIDATE_HPP
#define HTTPSTATUS_VALIDATE_HPP

#include <cstddef>
#include <type_traits>

#include "checks.hpp"
#include "config.hpp"
#include "flow.hpp"
#include "parsed.hpp"
#include "report.hpp"
#include "traits.hpp"
#include "types.hpp"
#include "view.hpp"

namespace httpstatus {

/// Registry rules: a status outside 100-599, an unregistered, reserved or deprecated code,
/// and a reason phrase other than the edition's.
template <std::size_t N>
constexpr void check_registry(const response_view& response, edition e,
                              basic_report<N>& out) noexcept {
  detail::run_family(response, nullptr, e, check_family::registry, out);
}

/// Content rules: none in 1xx, 204, 304; none sent in 205; none in a response to HEAD or a
/// 2xx to CONNECT (RFC 9110); an explanation in 4xx and 5xx; Content-Length: 0 in an empty
/// 200 to OPTIONS (RFC 2616). The rules on the method need the request.
template <std::size_t N>
constexpr void check_content(const response_view& response, const request_view* request,
                             validation_options options, basic_report<N>& out) noexcept {
  detail::run_family(response, request, options, check_family::content, out);
}

/// Framing rules: Content-Length with Transfer-Encoding; a malformed, conflicting, repeated
/// or wrong Content-Length; chunked applied twice or not last; Content-Length or
/// Transfer-Encoding where forbidden.
template <std::size_t N>
constexpr void check_framing(const response_view& response, const request_view* request,
                             validation_options options, basic_report<N>& out) noexcept {
  detail::run_family(response, request, options, check_family::framing, out);
}

/// Field rules: the status table's header-field rules for the code, Date, repeated fields,
/// the values the rules read (dates, URIs, challenges, ranges, entity tags), Connection's
/// "upgrade" beside Upgrade, the range rules of 206 and 416, and field lines an adapter left
/// out (which are never called conforming). Rules whose condition only
/// the sender can know are reported as info when their field is absent; rules that need the
/// request are skipped without it.
template <std::size_t N>
constexpr void check_fields(const response_view& response, const request_view* request,
                            validation_options options, basic_report<N>& out) noexcept {
  detail::run_family(response, request, options, check_family::fields, out);
}

/// Request-aware rules: the status table's preconditions (Range for 206/416, a conditional
/// GET or HEAD for 304, Expect for 100 and 417, Upgrade for 101, a precondition for 412), no
/// 1xx to HTTP/1.0, the protocols a 101 may switch to, a 405 whose Allow lists the refused
/// method, a 201 to a safe method (RFC 2616), and whether the request's preconditions were
/// evaluated (If-Match, If-None-Match, If-Range against the response's validators).
template <std::size_t N>
constexpr void check_request(const response_view& response, const request_view& request,
                             validation_options options, basic_report<N>& out) noexcept {
  detail::run_family(response, &request, options, check_family::request, out);
}

/// Runs every check on a response view, with the request view when `request` is set, adding
/// to `out` (which may already hold findings, such as check_syntax's).
template <std::size_t N>
constexpr void validate_into(const response_view& response, const request_view* request,
                             validation_options options, basic_report<N>& out) noexcept {
  detail::run(response, request, options, detail::every_family, out);
}

/// As validate_into, into a new report of capacity N.
template <std::size_t N = HTTPSTATUS_REPORT_CAPACITY>
HTTPSTATUS_NODISCARD constexpr basic_report<N> validate_view(const response_view& response,
                                                             const request_view* request,
                                                             validation_options options) noexcept {
  basic_report<N> out;
  validate_into(response, request, options, out);
  return out;
}

/// Validates a response (any type response_traits accepts) in an edition, or with options.
template <class Response>
HTTPSTATUS_NODISCARD constexpr report validate(const Response& response,
                                               validation_options options = {}) noexcept(
    noexcept(response_traits<Response>::to_view(response))) {
  const auto& adapted = response_traits<Response>::to_view(response);
  const response_view& view = adapted;  // no copy when it is a view already
  return validate_view(view, nullptr, options);
}

/// Validates a response together with the request it answers.
template <class Response, class Request,
          class = std::enable_if_t<!std::is_convertible<Request, validation_options>::value>>
HTTPSTATUS_NODISCARD constexpr report validate(const Response& response, const Request& request,
                                               validation_options options = {}) noexcept(
    noexcept(response_traits<Response>::to_view(response)) &&
    noexcept(request_traits<Request>::to_view(request))) {
  const auto& adapted_response = response_traits<Response>::to_view(response);
  const auto& adapted_request = request_traits<Request>::to_view(request);
  const response_view& response_v = adapted_response;
  // a copy: GCC will not compare the address of a temporary with nullptr in a constant
  // expression, and validate_view takes the request by pointer
  const request_view request_v = adapted_request;
  return validate_view(response_v, &request_v, options);
}

namespace detail {
constexpr std::string_view form_name(head_form f) noexcept {
  return f == head_form::http2 ? "HTTP/2" : f == head_form::http3 ? "HTTP/3" : "HTTP/1.x";
}

// Whether a syntax rule's finding is due: what the parser noted, or the version's own rules.
// `status` is 0 for a request.
constexpr bool syntax_fails(const check_info& c, const parsed_message& m, int status) noexcept {
  const bool in_form = c.token == form_name(m.head_form());
  switch (c.test) {
    case check_test::syntax_whitespace_before_colon:
      return m.note_line(syntax_note::whitespace_before_colon) != 0;
    case check_test::syntax_obs_fold: return m.note_line(syntax_note::obs_fold) != 0;
    case check_test::syntax_lf_line_ending: return m.note_line(syntax_note::lf_line_ending) != 0;
    case check_test::version_not_http1:
      return m.head_form() == head_form::http1 && m.version_major() >= 2;
    case check_test::frames_connection_field: return in_form && m.fields().has(c.field);
    case check_test::frames_uppercase_name:
      if (!in_form) return false;
      for (const field& f : m.fields()) {
        for (char ch : f.name) {
          if (ch >= 'A' && ch <= 'Z') return true;
        }
      }
      return false;
    case check_test::frames_switching: return in_form && c.scope.covers(status);
    default: break;
  }
  return false;
}

// The rows of the syntax family, found once at compile time.
struct syntax_check_list {
  check_index at[32]{};
  std::size_t count = 0;
};
constexpr syntax_check_list find_syntax_checks() noexcept {
  syntax_check_list list;
  for (std::size_t i = 0; i < check_count; ++i) {
    if (checks[i].family == check_family::syntax && list.count < 32) {
      list.at[list.count++] = static_cast<check_index>(i);
    }
  }
  return list;
}
inline constexpr syntax_check_list syntax_checks = find_syntax_checks();
static_assert(syntax_checks.count < 32, "httpstatus: syntax_check_list holds 32 rows at most");

template <std::size_t N>
constexpr void check_syntax_of(const parsed_message& message, int status, edition e,
                               basic_report<N>& out) noexcept {
  for (std::size_t k = 0; k < syntax_checks.count; ++k) {
    const check_index i = syntax_checks.at[k];
    if (checks[i].holds_in(e) && syntax_fails(checks[i], message, status)) detail::add(out, i, e);
  }
}
}  // namespace detail

/// Syntax findings of a parsed message: what RFC 9112 says a sender must not do (white space
/// before a colon, obs-fold, a bare LF line ending), each in the editions checks[] gives it
/// (RFC 2616 allowed the first two: §2.1 implied LWS, §4.2 folding); an HTTP/1.x start line
/// that claims a later major version; and, in an HTTP/2 or HTTP/3 head as clients print it,
/// those versions' own rules (RFC 9113 §8.2, RFC 9114 §4.2): no connection-specific field,
/// no upper-case field name.
template <std::size_t N>
constexpr void check_syntax(const parsed_message& message, edition e,
                            basic_report<N>& out) noexcept {
  detail::check_syntax_of(message, 0, e, out);
}

/// The same for a response, with the rules of its status too: HTTP/2 and HTTP/3 have no 101
/// (RFC 9113 §8.6, RFC 9114 §4.5).
template <std::size_t N>
constexpr void check_syntax(const parsed_response& message, edition e,
                            basic_report<N>& out) noexcept {
  detail::check_syntax_of(message, message.status(), e, out);
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_VALIDATE_HPP
