// doctest assertions for responses of any type response_traits accepts, and StringMakers for
// the views, findings and reports. Optional: the core never includes this header.
//
//   HTTPSTATUS_CHECK_CONFORMS(response);
//   HTTPSTATUS_CHECK_CONFORMS(response, httpstatus::edition::rfc9110);
//   HTTPSTATUS_REQUIRE_CONFORMS(response, request, httpstatus::edition::rfc9110);
//
// On failure doctest prints the expression, the response, and every finding with its field
// and citation.
#ifndef HTTPSTATUS_DOCTEST_HPP
#define HTTPSTATUS_DOCTEST_HPP

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "httpstatus.hpp"

namespace httpstatus {
namespace doctest_support {

/// What a conformance check found: whether it passed, and the text doctest prints if not.
struct conformance_result {
  bool ok = false;
  std::string text;
};

namespace detail {

template <class Response, std::size_t N>
conformance_result result_of(const Response& response, const basic_report<N>& found, edition e,
                             const char* expression) {
  conformance_result out{found.ok(), {}};
  if (out.ok) return out;
  const auto& adapted = response_traits<Response>::to_view(response);
  const response_view view = adapted;
  std::string& text = out.text;
  const auto sink = [&text](std::string_view piece) { text += piece; };
  text += expression;
  text += " does not conform to ";
  text += edition_title(e);
  text += "\n  ";
  write_response(view, sink);
  text += "\n";
  write_report(found, sink);
  return out;
}

}  // namespace detail

template <class Response>
conformance_result conformance(const char* expression, const Response& response,
                               edition e = edition::rfc2616) {
  return detail::result_of(response, validate(response, e), e, expression);
}
template <class Response, class Request,
          class = std::enable_if_t<!std::is_same<Request, edition>::value>>
conformance_result conformance(const char* expression, const Response& response,
                               const Request& request, edition e = edition::rfc2616) {
  return detail::result_of(response, validate(response, request, e), e, expression);
}

}  // namespace doctest_support
}  // namespace httpstatus

// The check: CHECK or REQUIRE, failing with the findings as its message.
#define HTTPSTATUS_DETAIL_CONFORMS(assertion, name, ...)                                    \
  do {                                                                                      \
    const ::httpstatus::doctest_support::conformance_result httpstatus_result =             \
        ::httpstatus::doctest_support::conformance(name "(" #__VA_ARGS__ ")", __VA_ARGS__); \
    const bool httpstatus_conforms = httpstatus_result.ok;                                  \
    assertion(httpstatus_conforms, httpstatus_result.text);                                 \
  } while (false)

/// Checks that a response conforms (no error), with its request and edition when given.
#define HTTPSTATUS_CHECK_CONFORMS(...) \
  HTTPSTATUS_DETAIL_CONFORMS(DOCTEST_CHECK_MESSAGE, "HTTPSTATUS_CHECK_CONFORMS", __VA_ARGS__)
/// The same, ending the test case when it fails.
#define HTTPSTATUS_REQUIRE_CONFORMS(...) \
  HTTPSTATUS_DETAIL_CONFORMS(DOCTEST_REQUIRE_MESSAGE, "HTTPSTATUS_REQUIRE_CONFORMS", __VA_ARGS__)

namespace doctest {

template <>
struct StringMaker<httpstatus::response_view> {
  static String convert(const httpstatus::response_view& r) {
    std::string text;
    httpstatus::write_response(r, [&text](std::string_view piece) { text += piece; });
    return String(text.c_str());
  }
};

template <>
struct StringMaker<httpstatus::request_view> {
  static String convert(const httpstatus::request_view& r) {
    std::string text;
    httpstatus::write_request(r, [&text](std::string_view piece) { text += piece; });
    return String(text.c_str());
  }
};

template <>
struct StringMaker<httpstatus::finding> {
  static String convert(const httpstatus::finding& f) {
    std::string text;
    httpstatus::write_finding(f, [&text](std::string_view piece) { text += piece; });
    return String(text.c_str());
  }
};

template <std::size_t N>
struct StringMaker<httpstatus::basic_report<N>> {
  static String convert(const httpstatus::basic_report<N>& r) {
    std::string text;
    httpstatus::write_report(r, [&text](std::string_view piece) { text += piece; });
    return String(text.c_str());
  }
};

}  // namespace doctest

#endif  // HTTPSTATUS_DOCTEST_HPP
