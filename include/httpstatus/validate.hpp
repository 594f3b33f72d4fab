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
constexpr syntax_note note_of(check_test t) noexcept {
  switch (t) {
    case check_test::syntax_whitespace_before_colon: return syntax_note::whitespace_before_colon;
    case check_test::syntax_obs_fold: return syntax_note::obs_fold;
    default: break;
  }
  return syntax_note::lf_line_ending;
}
}  // namespace detail

/// Syntax findings of a parsed message: what RFC 9112 says a sender must not do (white space
/// before a colon, obs-fold, a bare LF line ending), each in the editions checks[] gives it
/// (RFC 2616 allowed the first two: §2.1 implied LWS, §4.2 folding).
template <std::size_t N>
constexpr void check_syntax(const parsed_message& message, edition e,
                            basic_report<N>& out) noexcept {
  for (std::size_t i = 0; i < check_count; ++i) {
    const check_info& c = checks[i];
    if (c.family != check_family::syntax || !c.holds_in(e)) continue;
    if (message.note_line(detail::note_of(c.test)) != 0) {
      detail::add(out, static_cast<check_index>(i), e);
    }
  }
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_VALIDATE_HPP
