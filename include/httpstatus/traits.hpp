// The customization point: how any response or request type becomes a view.
#ifndef HTTPSTATUS_TRAITS_HPP
#define HTTPSTATUS_TRAITS_HPP

#include "view.hpp"

namespace httpstatus {

/// How a type becomes a response_view. The default calls `to_response_view(value)`, found by
/// argument-dependent lookup in the type's namespace; specialize it instead where that is not
/// possible (the adapters do). `to_view` may return a response_view or an object that converts
/// to one and owns what the view points into.
template <class T, class = void>
struct response_traits {
  template <class U = T>
  static constexpr auto to_view(const U& value) noexcept(noexcept(to_response_view(value)))
      -> decltype(to_response_view(value)) {
    return to_response_view(value);
  }
};
template <>
struct response_traits<response_view> {
  static constexpr const response_view& to_view(const response_view& value) noexcept {
    return value;
  }
};

/// How a type becomes a request_view: as response_traits, with `to_request_view`.
template <class T, class = void>
struct request_traits {
  template <class U = T>
  static constexpr auto to_view(const U& value) noexcept(noexcept(to_request_view(value)))
      -> decltype(to_request_view(value)) {
    return to_request_view(value);
  }
};
template <>
struct request_traits<request_view> {
  static constexpr const request_view& to_view(const request_view& value) noexcept {
    return value;
  }
};

namespace detail {
// The status of any response type response_traits accepts: what the integrations print.
template <class Response>
constexpr int status_of(const Response& response) {
  const auto& adapted = response_traits<Response>::to_view(response);
  const response_view view = adapted;
  return view.status();
}
}  // namespace detail

}  // namespace httpstatus

#endif  // HTTPSTATUS_TRAITS_HPP
