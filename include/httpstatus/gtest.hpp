// GoogleTest / GoogleMock matchers, in gMock's style, for responses of any type
// response_traits accepts, and PrintTo for the views, findings and reports, so that a failure
// lists each finding with its field and citation. Optional: the core never includes this
// header.
//
//   EXPECT_THAT(response, httpstatus::testing::Conforms());
//   EXPECT_THAT(response, httpstatus::testing::Conforms(request, httpstatus::edition::rfc9110));
//   EXPECT_THAT(response, httpstatus::testing::HasStatus(404));
//   EXPECT_THAT(response, httpstatus::testing::IsSuccessful());
#ifndef HTTPSTATUS_GTEST_HPP
#define HTTPSTATUS_GTEST_HPP

#include <gmock/gmock.h>

#include <cstddef>
#include <ostream>
#include <string_view>
#include <type_traits>
#include <utility>

#include "httpstatus.hpp"

namespace httpstatus {

// Printers gtest finds by argument-dependent lookup.
inline void PrintTo(const finding& f, std::ostream* os) {  // NOLINT: gtest's name
  write_finding(f, [os](std::string_view piece) { *os << piece; });
}
template <std::size_t N>
void PrintTo(const basic_report<N>& r, std::ostream* os) {  // NOLINT: gtest's name
  write_report(r, [os](std::string_view piece) { *os << piece; });
}
inline void PrintTo(const response_view& r, std::ostream* os) {  // NOLINT: gtest's name
  write_response(r, [os](std::string_view piece) { *os << piece; });
}
inline void PrintTo(const request_view& r, std::ostream* os) {  // NOLINT: gtest's name
  write_request(r, [os](std::string_view piece) { *os << piece; });
}

namespace testing {
namespace detail {

using httpstatus::detail::status_of;

// "has status 404 Not Found": what every matcher says of the response it was given.
inline void explain_status(int status, ::testing::MatchResultListener* out) {
  if (!out->IsInterested()) return;
  *out << "has status ";
  write_status(status, [out](std::string_view piece) { *out->stream() << piece; });
}

// What a failed check prints after "Which is": the status, then every finding on a line.
template <class Response, class Report>
void explain(const Response& response, const Report& found, ::testing::MatchResultListener* out) {
  explain_status(status_of(response), out);
  if (!out->IsInterested() || found.empty()) return;
  std::ostream& os = *out->stream();
  os << ", and findings:\n";
  write_report(found, [&os](std::string_view piece) { os << piece; });
}

// Conforms(): no error in the edition.
class conforms_impl {
 public:
  explicit conforms_impl(edition e) : edition_(e) {}
  template <class Response>
  bool MatchAndExplain(const Response& response, ::testing::MatchResultListener* out) const {
    const report found = validate(response, edition_);
    explain(response, found, out);
    return found.ok();
  }
  void DescribeTo(std::ostream* os) const { *os << "conforms to " << edition_title(edition_); }
  void DescribeNegationTo(std::ostream* os) const {
    *os << "does not conform to " << edition_title(edition_);
  }

 private:
  edition edition_;
};

// Conforms(request): the same, given the request the response answers.
template <class Request>
class conforms_to_request_impl {
 public:
  using adapted = std::decay_t<decltype(request_traits<Request>::to_view(std::declval<const Request&>()))>;

  conforms_to_request_impl(const Request& request, edition e)
      : request_(request_traits<Request>::to_view(request)), edition_(e) {}

  template <class Response>
  bool MatchAndExplain(const Response& response, ::testing::MatchResultListener* out) const {
    const request_view view = request_;
    const report found = validate(response, view, edition_);
    explain(response, found, out);
    return found.ok();
  }
  void DescribeTo(std::ostream* os) const {
    *os << "conforms to " << edition_title(edition_) << " (given the request)";
  }
  void DescribeNegationTo(std::ostream* os) const {
    *os << "does not conform to " << edition_title(edition_) << " (given the request)";
  }

 private:
  adapted request_;  // the request's view (or adapter snapshot), kept by value
  edition edition_;
};

class status_impl {
 public:
  explicit status_impl(int status) : status_(status) {}
  template <class Response>
  bool MatchAndExplain(const Response& response, ::testing::MatchResultListener* out) const {
    const int actual = status_of(response);
    explain_status(actual, out);
    return actual == status_;
  }
  void DescribeTo(std::ostream* os) const {
    *os << "has status ";
    write_status(status_, [os](std::string_view piece) { *os << piece; });
  }
  void DescribeNegationTo(std::ostream* os) const {
    *os << "does not have status ";
    write_status(status_, [os](std::string_view piece) { *os << piece; });
  }

 private:
  int status_;
};

class class_impl {
 public:
  explicit class_impl(status_class c) : class_(c) {}
  template <class Response>
  bool MatchAndExplain(const Response& response, ::testing::MatchResultListener* out) const {
    const int actual = status_of(response);
    explain_status(actual, out);
    return class_of(actual) == class_;
  }
  void DescribeTo(std::ostream* os) const {
    *os << "has a status of class " << to_string_view(class_);
  }
  void DescribeNegationTo(std::ostream* os) const {
    *os << "has no status of class " << to_string_view(class_);
  }

 private:
  status_class class_;
};

}  // namespace detail

// NOLINTBEGIN(readability-identifier-naming): gMock's names
inline auto Conforms(edition e = edition::rfc2616) {
  return ::testing::MakePolymorphicMatcher(detail::conforms_impl(e));
}
/// With the request the response answers; the request's view is kept by value, so another
/// request type must outlive the matcher (its snapshot points into it).
template <class Request, class = std::enable_if_t<!std::is_same<Request, edition>::value>>
auto Conforms(const Request& request, edition e = edition::rfc2616) {
  return ::testing::MakePolymorphicMatcher(detail::conforms_to_request_impl<Request>(request, e));
}
template <class Request, class = std::enable_if_t<!std::is_same<Request, edition>::value &&
                                                  !std::is_same<Request, request_view>::value>>
void Conforms(const Request&& request, edition e = edition::rfc2616) = delete;
inline auto HasStatus(int status) { return ::testing::MakePolymorphicMatcher(detail::status_impl(status)); }
inline auto HasStatus(code c) { return HasStatus(to_int(c)); }
inline auto IsInformational() {
  return ::testing::MakePolymorphicMatcher(detail::class_impl(status_class::informational));
}
inline auto IsSuccessful() {
  return ::testing::MakePolymorphicMatcher(detail::class_impl(status_class::successful));
}
inline auto IsRedirection() {
  return ::testing::MakePolymorphicMatcher(detail::class_impl(status_class::redirection));
}
inline auto IsClientError() {
  return ::testing::MakePolymorphicMatcher(detail::class_impl(status_class::client_error));
}
inline auto IsServerError() {
  return ::testing::MakePolymorphicMatcher(detail::class_impl(status_class::server_error));
}
// NOLINTEND(readability-identifier-naming)

}  // namespace testing
}  // namespace httpstatus

#endif  // HTTPSTATUS_GTEST_HPP
