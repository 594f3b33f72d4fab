// Catch2 matchers for responses of any type response_traits accepts, and StringMakers for
// the views and findings, for Catch2 v2 (Debian's 2.13) and v3 alike. Include it after
// Catch2's own header (<catch2/catch.hpp> for v2; catch_amalgamated.hpp, or
// <catch2/catch_test_macros.hpp> and the matcher headers, for v3); alone, it includes
// whichever Catch2 it finds. Optional: the core never includes this header.
//
//   REQUIRE_THAT(response, httpstatus::catch2::conforms());
//   REQUIRE_THAT(response, httpstatus::catch2::conforms(request, httpstatus::edition::rfc9110));
//   REQUIRE_THAT(response, httpstatus::catch2::has_status(201));
//   REQUIRE_THAT(response, httpstatus::catch2::is_successful() && !has_status(204));
#ifndef HTTPSTATUS_CATCH2_HPP
#define HTTPSTATUS_CATCH2_HPP

#if !defined(CATCH_VERSION_MAJOR)
#if __has_include(<catch2/catch.hpp>)
#include <catch2/catch.hpp>
#elif __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_templated.hpp>
#endif
#endif
#if !defined(CATCH_VERSION_MAJOR)
#error "httpstatus/catch2.hpp: include Catch2 (v2 or v3) first"
#endif

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "httpstatus.hpp"

// v3's matchers derive from MatcherGenericBase, which gives them &&, || and !; v2's compose
// through the operators below.
#if CATCH_VERSION_MAJOR >= 3
#define HTTPSTATUS_DETAIL_CATCH_MATCHER : public Catch::Matchers::MatcherGenericBase
#define HTTPSTATUS_DETAIL_CATCH_DESCRIBE override
#define HTTPSTATUS_DETAIL_CATCH_TO_STRING
#else
#define HTTPSTATUS_DETAIL_CATCH_MATCHER
#define HTTPSTATUS_DETAIL_CATCH_DESCRIBE
#define HTTPSTATUS_DETAIL_CATCH_TO_STRING \
  std::string toString() const { return describe(); }
#endif

namespace httpstatus {
namespace catch2 {
namespace detail {

inline std::string status_text(int status) {
  std::string text;
  write_status(status, [&text](std::string_view piece) { text += piece; });
  return text;
}

using httpstatus::detail::status_of;

inline std::string edition_name(edition e) { return std::string(edition_title(e)); }

// "conforms to RFC 2616" and, when it does not, the actual status and every finding under it.
// Each finding on one line that fits Catch2's 80 columns, so that no word is broken: its
// level, field, citation and rule id (docs/rules.md gives each id's message); then the counts.
template <class Report>
std::string describe(edition e, int status, const Report& found) {
  std::string text = "conforms to " + edition_name(e);
  if (found.ok()) return text;
  text += "\n    actual status: " + status_text(status);
  for (const finding& f : found) {
    text += "\n    " + std::string(to_string_view(f.level));
    if (!f.field.empty()) text += " [" + std::string(f.field) + "]";
    if (!f.citation.empty()) text += " (" + std::string(f.citation) + ")";
    text += " " + std::string(f.rule);
  }
  text += "\n    ";
  write_count(found.errors(), "error", "errors", [&text](std::string_view piece) { text += piece; });
  text += ", ";
  write_count(found.warnings(), "warning", "warnings", [&text](std::string_view piece) { text += piece; });
  text += ", ";
  write_count(found.infos(), "info", "info", [&text](std::string_view piece) { text += piece; });
  return text;
}

}  // namespace detail

/// Matches a response that validate() finds free of errors in the edition.
class conforms_matcher HTTPSTATUS_DETAIL_CATCH_MATCHER {
 public:
  explicit conforms_matcher(edition e) : edition_(e) {}

  template <class Response>
  bool match(const Response& response) const {
    const report found = validate(response, edition_);
    description_ = detail::describe(edition_, detail::status_of(response), found);
    return found.ok();
  }
  HTTPSTATUS_DETAIL_CATCH_TO_STRING
  std::string describe() const HTTPSTATUS_DETAIL_CATCH_DESCRIBE {
    return description_.empty() ? "conforms to " + detail::edition_name(edition_) : description_;
  }

 private:
  edition edition_;
  mutable std::string description_;  // written by match(), read by toString()
};

/// As conforms_matcher, with the request the response answers. It keeps the request's view
/// (or adapter snapshot) by value, so a request_view may be a temporary; another request type
/// must outlive the matcher, as the snapshot points into it.
template <class Request>
class conforms_to_request_matcher HTTPSTATUS_DETAIL_CATCH_MATCHER {
 public:
  using adapted = std::decay_t<decltype(request_traits<Request>::to_view(std::declval<const Request&>()))>;

  conforms_to_request_matcher(const Request& request, edition e)
      : request_(request_traits<Request>::to_view(request)), edition_(e) {}

  template <class Response>
  bool match(const Response& response) const {
    const request_view view = request_;
    const report found = validate(response, view, edition_);
    description_ = detail::describe(edition_, detail::status_of(response), found) +
                   (found.ok() ? " (given the request)" : "");
    return found.ok();
  }
  HTTPSTATUS_DETAIL_CATCH_TO_STRING
  std::string describe() const HTTPSTATUS_DETAIL_CATCH_DESCRIBE {
    return description_.empty() ? "conforms to " + detail::edition_name(edition_) : description_;
  }

 private:
  adapted request_;
  edition edition_;
  mutable std::string description_;
};

/// Matches a response with the given status code.
class status_matcher HTTPSTATUS_DETAIL_CATCH_MATCHER {
 public:
  explicit status_matcher(int status) : status_(status) {}
  template <class Response>
  bool match(const Response& response) const {
    actual_ = detail::status_of(response);
    return actual_ == status_;
  }
  HTTPSTATUS_DETAIL_CATCH_TO_STRING
  std::string describe() const HTTPSTATUS_DETAIL_CATCH_DESCRIBE {
    std::string text = "has status " + detail::status_text(status_);
    if (actual_ != status_) text += " (actual status: " + detail::status_text(actual_) + ")";
    return text;
  }

 private:
  int status_;
  mutable int actual_ = 0;
};

/// Matches a response whose status is of the given class.
class class_matcher HTTPSTATUS_DETAIL_CATCH_MATCHER {
 public:
  explicit class_matcher(status_class c) : class_(c) {}
  template <class Response>
  bool match(const Response& response) const {
    actual_ = detail::status_of(response);
    return class_of(actual_) == class_;
  }
  HTTPSTATUS_DETAIL_CATCH_TO_STRING
  std::string describe() const HTTPSTATUS_DETAIL_CATCH_DESCRIBE {
    return "has a status of class " + std::string(to_string_view(class_)) +
           " (actual status: " + detail::status_text(actual_) + ")";
  }

 private:
  status_class class_;
  mutable int actual_ = 0;
};

#if CATCH_VERSION_MAJOR < 3
// Catch2 v2 composes only matchers of one argument type: these compose the generic ones here.
namespace detail {
template <class T>
struct is_matcher : std::false_type {};
}  // namespace detail

template <class A, class B>
class all_of_matcher {
 public:
  all_of_matcher(A a, B b) : a_(std::move(a)), b_(std::move(b)) {}
  template <class Response>
  bool match(const Response& r) const { return a_.match(r) && b_.match(r); }
  std::string toString() const { return "( " + a_.toString() + " and " + b_.toString() + " )"; }

 private:
  A a_;
  B b_;
};
template <class A, class B>
class any_of_matcher {
 public:
  any_of_matcher(A a, B b) : a_(std::move(a)), b_(std::move(b)) {}
  template <class Response>
  bool match(const Response& r) const { return a_.match(r) || b_.match(r); }
  std::string toString() const { return "( " + a_.toString() + " or " + b_.toString() + " )"; }

 private:
  A a_;
  B b_;
};
template <class A>
class not_matcher {
 public:
  explicit not_matcher(A a) : a_(std::move(a)) {}
  template <class Response>
  bool match(const Response& r) const { return !a_.match(r); }
  std::string toString() const { return "not " + a_.toString(); }

 private:
  A a_;
};

namespace detail {
template <>
struct is_matcher<conforms_matcher> : std::true_type {};
template <class Request>
struct is_matcher<conforms_to_request_matcher<Request>> : std::true_type {};
template <>
struct is_matcher<status_matcher> : std::true_type {};
template <>
struct is_matcher<class_matcher> : std::true_type {};
template <class A, class B>
struct is_matcher<all_of_matcher<A, B>> : std::true_type {};
template <class A, class B>
struct is_matcher<any_of_matcher<A, B>> : std::true_type {};
template <class A>
struct is_matcher<not_matcher<A>> : std::true_type {};
}  // namespace detail

template <class A, class B,
          class = std::enable_if_t<detail::is_matcher<A>::value && detail::is_matcher<B>::value>>
all_of_matcher<A, B> operator&&(A a, B b) {
  return {std::move(a), std::move(b)};
}
template <class A, class B,
          class = std::enable_if_t<detail::is_matcher<A>::value && detail::is_matcher<B>::value>>
any_of_matcher<A, B> operator||(A a, B b) {
  return {std::move(a), std::move(b)};
}
template <class A, class = std::enable_if_t<detail::is_matcher<A>::value>>
not_matcher<A> operator!(A a) {
  return not_matcher<A>(std::move(a));
}
#endif

inline conforms_matcher conforms(edition e = edition::rfc2616) { return conforms_matcher(e); }
template <class Request, class = std::enable_if_t<!std::is_same<Request, edition>::value>>
conforms_to_request_matcher<Request> conforms(const Request& request,
                                              edition e = edition::rfc2616) {
  return conforms_to_request_matcher<Request>(request, e);
}
/// A temporary request of a type other than request_view would leave the matcher's snapshot
/// pointing into a destroyed object: refused.
template <class Request, class = std::enable_if_t<!std::is_same<Request, edition>::value &&
                                                  !std::is_same<Request, request_view>::value>>
void conforms(const Request&& request, edition e = edition::rfc2616) = delete;
inline status_matcher has_status(int status) { return status_matcher(status); }
inline status_matcher has_status(code c) { return status_matcher(to_int(c)); }
inline class_matcher is_informational() { return class_matcher(status_class::informational); }
inline class_matcher is_successful() { return class_matcher(status_class::successful); }
inline class_matcher is_redirection() { return class_matcher(status_class::redirection); }
inline class_matcher is_client_error() { return class_matcher(status_class::client_error); }
inline class_matcher is_server_error() { return class_matcher(status_class::server_error); }

}  // namespace catch2
}  // namespace httpstatus

namespace Catch {

template <>
struct StringMaker<httpstatus::response_view> {
  static std::string convert(const httpstatus::response_view& r) {
    std::string text;
    httpstatus::write_response(r, [&text](std::string_view piece) { text += piece; });
    return text;
  }
};

template <>
struct StringMaker<httpstatus::request_view> {
  static std::string convert(const httpstatus::request_view& r) {
    std::string text;
    httpstatus::write_request(r, [&text](std::string_view piece) { text += piece; });
    return text;
  }
};

// A report is a range of findings, which Catch2 prints element by element.
template <>
struct StringMaker<httpstatus::finding> {
  static std::string convert(const httpstatus::finding& f) {
    std::string text;
    httpstatus::write_finding(f, [&text](std::string_view piece) { text += piece; });
    return text;
  }
};

}  // namespace Catch

#undef HTTPSTATUS_DETAIL_CATCH_MATCHER
#undef HTTPSTATUS_DETAIL_CATCH_DESCRIBE
#undef HTTPSTATUS_DETAIL_CATCH_TO_STRING

#endif  // HTTPSTATUS_CATCH2_HPP
