// The GoogleTest / GoogleMock matchers against the real framework (Debian's libgtest-dev and
// libgmock-dev): on views and on real cpp-httplib objects, passing and failing, with what
// they print. gtest_failure_output.cpp fails on purpose, to show the whole failure text.
#include <httpstatus/adapters/httplib.hpp>
#include <httpstatus/gtest.hpp>

#include "fixtures.hpp"

#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <utility>

namespace hs = httpstatus;
using fixtures::bare;
using fixtures::created;
using fixtures::partial;
using fixtures::ranged;
using hs::testing::Conforms;
using hs::testing::HasStatus;
using ::testing::Not;

namespace {

// What a matcher says about a value it rejects ("Which is" / "Actual: ..., " in a failure).
template <class Matcher, class Value>
std::string explanation(const Matcher& matcher, const Value& value) {
  ::testing::StringMatchResultListener listener;
  const bool matched = ::testing::Matcher<const Value&>(matcher).MatchAndExplain(value, &listener);
  return (matched ? "matched: " : "") + listener.str();
}

template <class Matcher, class Value>
std::string description(const Matcher& matcher) {
  return ::testing::DescribeMatcher<const Value&>(matcher);
}

// Whether Conforms(T) compiles: a temporary httplib::Request would leave the matcher pointing
// into a destroyed object, so it must not.
template <class T, class = void>
struct can_conform : std::false_type {};
template <class T>
struct can_conform<T, std::void_t<decltype(Conforms(std::declval<T>()))>> : std::true_type {};
}  // namespace

static_assert(can_conform<const httplib::Request&>::value, "a named request is accepted");
static_assert(!can_conform<httplib::Request&&>::value, "a temporary request is refused");
static_assert(can_conform<hs::request_view&&>::value, "a temporary view is kept by value");

TEST(Conforms, PassesAConformingResponseInEachEdition) {
  const hs::response_view response(201, created);
  EXPECT_THAT(response, Conforms());
  EXPECT_THAT(response, Conforms(hs::edition::rfc9110));
  EXPECT_THAT(hs::response_view(206, partial, 10), Conforms(hs::request_view("GET", ranged)));
  EXPECT_THAT(hs::response_view(206, partial, 10),
              Conforms(hs::request_view("GET", ranged), hs::edition::rfc9110));
}

TEST(Conforms, FailsABrokenResponseAndListsEachFindingWithFieldAndCitation) {
  const hs::response_view response(401, bare);
  EXPECT_THAT(response, Not(Conforms()));
  const std::string why = explanation(Conforms(), response);
  EXPECT_EQ(why,
            "has status 401 Unauthorized, and findings:\n"
            "error: a header field the status code calls for is missing [WWW-Authenticate] "
            "(RFC 2616 §10.4.2)\n"
            "1 error, 0 warnings, 0 info");
  EXPECT_EQ((description<decltype(Conforms()), hs::response_view>(Conforms())),
            "conforms to RFC 2616");
  EXPECT_EQ((description<decltype(Not(Conforms(hs::edition::rfc9110))), hs::response_view>(
                Not(Conforms(hs::edition::rfc9110)))),
            "does not conform to RFC 9110");

  // with the request: what the request lacked
  const auto with_request = Conforms(hs::request_view("GET"), hs::edition::rfc9110);
  const std::string request_why = explanation(with_request, hs::response_view(206, partial, 10));
  EXPECT_NE(request_why.find("the request had no Range field [Range] (RFC 9110 §15.3.7)"),
            std::string::npos)
      << request_why;
  EXPECT_EQ((description<decltype(with_request), hs::response_view>(with_request)),
            "conforms to RFC 9110 (given the request)");
}

TEST(HasStatus, MatchesTheCodeAndSaysTheActualOne) {
  const hs::response_view response(404, bare);
  EXPECT_THAT(response, HasStatus(404));
  EXPECT_THAT(response, HasStatus(hs::code::not_found));
  EXPECT_THAT(response, Not(HasStatus(200)));
  EXPECT_EQ(explanation(HasStatus(200), response), "has status 404 Not Found");
  EXPECT_EQ((description<decltype(HasStatus(200)), hs::response_view>(HasStatus(200))),
            "has status 200 OK");
  EXPECT_EQ(explanation(HasStatus(200), hs::response_view(299, bare)),
            "has status 299 (not registered)");
}

TEST(ClassMatchers, EachClassAndItsNegation) {
  EXPECT_THAT(hs::response_view(100, bare), hs::testing::IsInformational());
  EXPECT_THAT(hs::response_view(204, bare), hs::testing::IsSuccessful());
  EXPECT_THAT(hs::response_view(308, bare), hs::testing::IsRedirection());
  EXPECT_THAT(hs::response_view(418, bare), hs::testing::IsClientError());
  EXPECT_THAT(hs::response_view(503, bare), hs::testing::IsServerError());
  EXPECT_THAT(hs::response_view(503, bare), Not(hs::testing::IsSuccessful()));
  EXPECT_THAT(hs::response_view(200, bare), Not(hs::testing::IsServerError()));
  // composes with gMock's own matchers
  EXPECT_THAT(hs::response_view(201, created),
              ::testing::AllOf(hs::testing::IsSuccessful(), Conforms(), Not(HasStatus(200))));
  EXPECT_THAT(hs::response_view(404, bare), ::testing::AnyOf(HasStatus(404), HasStatus(410)));
  EXPECT_EQ((description<decltype(hs::testing::IsClientError()), hs::response_view>(
                hs::testing::IsClientError())),
            "has a status of class client_error");
}

TEST(PrintTo, ViewsFindingsAndReportsPrintAsText) {
  EXPECT_EQ(::testing::PrintToString(hs::response_view(405, bare, 1)),
            "response 405 Method Not Allowed {Server: x; Date: Sun, 06 Nov 1994 08:49:37 GMT} "
            "with 1 byte of content");
  EXPECT_EQ(::testing::PrintToString(hs::request_view("GET", ranged).with_version(1, 1)),
            "request GET HTTP/1.1 {Range: bytes=0-9}");
  const hs::report found = hs::validate(hs::response_view(401, bare), hs::edition::rfc9110);
  EXPECT_EQ(::testing::PrintToString(found[0]),
            "error: a header field the status code calls for is missing [WWW-Authenticate] "
            "(RFC 9110 §15.5.2)");
  EXPECT_EQ(::testing::PrintToString(found),
            "error: a header field the status code calls for is missing [WWW-Authenticate] "
            "(RFC 9110 §15.5.2)\n1 error, 0 warnings, 0 info");
}

TEST(RealObjects, AnHttplibResponseAndRequest) {
  httplib::Response res;
  res.status = 206;
  res.set_content("0123456789", "text/plain");
  res.set_header("Date", "Sun, 06 Nov 1994 08:49:37 GMT");
  httplib::Request req;
  req.method = "GET";
  req.version = "HTTP/1.1";
  EXPECT_THAT(res, Not(Conforms(req, hs::edition::rfc9110)));
  const std::string why = explanation(Conforms(req, hs::edition::rfc9110), res);
  EXPECT_NE(why.find("[Content-Range] (RFC 9110 §15.3.7.1)"), std::string::npos) << why;
  EXPECT_NE(why.find("the request had no Range field [Range] (RFC 9110 §15.3.7)"), std::string::npos)
      << why;
  res.set_header("Content-Range", "bytes 0-9/100");
  req.set_header("Range", "bytes=0-9");
  EXPECT_THAT(res, Conforms(req, hs::edition::rfc9110));
  EXPECT_THAT(res, HasStatus(hs::code::partial_content));
}
