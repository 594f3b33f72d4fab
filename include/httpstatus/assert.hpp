// Debug-build checks of the responses a program sends, for any response type validate()
// accepts (Beast, cpp-httplib, your own):
//
//   HTTPSTATUS_ASSERT_CONFORMS(response);
//   HTTPSTATUS_ASSERT_CONFORMS(response, request, httpstatus::edition::rfc9110);
//
// Like assert(), it is compiled out under NDEBUG (its arguments are then not evaluated).
// When the response does not conform, the handler set with set_assert_handler() is called;
// the default one prints the findings to stderr and aborts, as assert() does. Optional: the
// core never includes this header.
#ifndef HTTPSTATUS_ASSERT_HPP
#define HTTPSTATUS_ASSERT_HPP

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <type_traits>

#include "httpstatus.hpp"

namespace httpstatus {

/// What is called with the findings of a response that does not conform.
using assert_handler = void (*)(const report& findings, const char* expression, const char* file,
                                int line);

/// Prints "file:line: HTTPSTATUS_ASSERT_CONFORMS(expression) failed:" and the findings to
/// stderr, then aborts.
inline void print_and_abort(const report& findings, const char* expression, const char* file,
                            int line) {
  std::fprintf(stderr, "%s:%d: HTTPSTATUS_ASSERT_CONFORMS(%s) failed:\n", file, line, expression);
  write_report(findings, [](std::string_view piece) {
    std::fwrite(piece.data(), 1, piece.size(), stderr);
  });
  std::fputc('\n', stderr);
  std::abort();
}

namespace detail {
inline assert_handler& current_assert_handler() noexcept {
  static assert_handler handler = print_and_abort;
  return handler;
}
}  // namespace detail

/// Sets the handler (nullptr: the default, print_and_abort); returns the one it replaces.
inline assert_handler set_assert_handler(assert_handler handler) noexcept {
  assert_handler& current = detail::current_assert_handler();
  const assert_handler before = current;
  current = handler != nullptr ? handler : print_and_abort;
  return before;
}

namespace detail {
template <class Response>
void assert_conforms(const char* expression, const char* file, int line, const Response& response,
                     edition e = edition::rfc2616) {
  const report found = validate(response, e);
  if (!found.ok()) current_assert_handler()(found, expression, file, line);
}
template <class Response, class Request,
          class = std::enable_if_t<!std::is_same<Request, edition>::value>>
void assert_conforms(const char* expression, const char* file, int line, const Response& response,
                     const Request& request, edition e = edition::rfc2616) {
  const report found = validate(response, request, e);
  if (!found.ok()) current_assert_handler()(found, expression, file, line);
}
}  // namespace detail
}  // namespace httpstatus

#ifdef NDEBUG
#define HTTPSTATUS_ASSERT_CONFORMS(...) static_cast<void>(0)
#else
#define HTTPSTATUS_ASSERT_CONFORMS(...) \
  ::httpstatus::detail::assert_conforms(#__VA_ARGS__, __FILE__, __LINE__, __VA_ARGS__)
#endif

#endif  // HTTPSTATUS_ASSERT_HPP
