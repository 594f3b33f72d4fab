// The field lines the test-framework integrations (Catch2, GoogleTest, doctest) check
// against, so that each framework's tests say the same things of the same responses.
#ifndef HTTPSTATUS_TESTS_INTEGRATIONS_FIXTURES_HPP
#define HTTPSTATUS_TESTS_INTEGRATIONS_FIXTURES_HPP

#include <httpstatus/httpstatus.hpp>

namespace fixtures {
// a 201's Location and a Date: conforms in both editions
inline constexpr httpstatus::field created[] = {{"Location", "http://example.org/items/1"},
                                                {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
// a Server and a Date, nothing else: a 401 or 405 breaks rules with these
inline constexpr httpstatus::field bare[] = {{"Server", "x"},
                                             {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
// a request's Range, and the 206 that answers it
inline constexpr httpstatus::field ranged[] = {{"Range", "bytes=0-9"}};
inline constexpr httpstatus::field partial[] = {{"Content-Range", "bytes 0-9/100"},
                                                {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}};
}  // namespace fixtures

#endif  // HTTPSTATUS_TESTS_INTEGRATIONS_FIXTURES_HPP
