// Catch2 (2.13) matchers for responses of any type response_traits accepts, and
// StringMakers for the views and findings. Optional: the core never includes this header.
//
//   REQUIRE_THAT(response, httpstatus::catch2::conforms());
//   REQUIRE_THAT(response, httpstatus::catch2::conforms(request, httpstatus::edition::rfc9110));
//   REQUIRE_THAT(response, httpstatus::catch2::has_status(201));
//   REQUIRE_THAT(response, httpstatus::catch2::is_successful());
#ifndef HTTPSTATUS_CATCH2_HPP
#define HTTPSTATUS_CATCH2_HPP

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "httpstatus.hpp"

namespace httpstatus {
namespace catch2 {
namespace detail {

inline std::string status_text(int status) {
  std::string text;
  write_status(status, [&text](std::string_view piece) { text += piece; });
  return text;
}

template <class Response>
int status_of(const Response& response) {
  const auto& adapted = response_traits<Response>::to_view(response);
  const response_view view = adapted;
  return view.status();
}

inline std::string edition_name(edition e) {
  return e == edition::rfc9110 ? "RFC 9110" : "RFC 2616";
}

// "conforms to RFC 2616" and, when it does not, the actual status and every finding, each on
// a line of its own, indented under it.
template <class Report>
std::string describe(edition e, int status, const Report& found) {
  std::string text = "conforms to " + edition_name(e);
  if (found.ok()) return text;
  text += "\n    actual status: " + status_text(status) + "\n    ";
  write_report(found, [&text](std::string_view piece) {
    text += piece;
    if (piece == "\n") text += "    ";
  });
  return text;
}

}  // namespace detail

/// Matches a response that validate() finds free of errors in the edition.
class conforms_matcher {
 public:
  explicit conforms_matcher(edition e) : edition_(e) {}

  template <class Response>
  bool match(const Response& response) const {
    const report found = validate(response, edition_);
    description_ = detail::describe(edition_, detail::status_of(response), found);
    return found.ok();
  }
  std::string toString() const {
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
class conforms_to_request_matcher {
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
  std::string toString() const {
    return description_.empty() ? "conforms to " + detail::edition_name(edition_) : description_;
  }

 private:
  adapted request_;
  edition edition_;
  mutable std::string description_;
};

/// Matches a response with the given status code.
class status_matcher {
 public:
  explicit status_matcher(int status) : status_(status) {}
  template <class Response>
  bool match(const Response& response) const {
    actual_ = detail::status_of(response);
    return actual_ == status_;
  }
  std::string toString() const {
    std::string text = "has status " + detail::status_text(status_);
    if (actual_ != status_) text += " (actual status: " + detail::status_text(actual_) + ")";
    return text;
  }

 private:
  int status_;
  mutable int actual_ = 0;
};

/// Matches a response whose status is of the given class.
class class_matcher {
 public:
  explicit class_matcher(status_class c) : class_(c) {}
  template <class Response>
  bool match(const Response& response) const {
    actual_ = detail::status_of(response);
    return class_of(actual_) == class_;
  }
  std::string toString() const {
    return "has a status of class " + std::string(to_string_view(class_)) +
           " (actual status: " + detail::status_text(actual_) + ")";
  }

 private:
  status_class class_;
  mutable int actual_ = 0;
};

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

#endif  // HTTPSTATUS_CATCH2_HPP
