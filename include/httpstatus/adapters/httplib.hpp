// cpp-httplib adapter: validate httplib::Response and httplib::Request directly. Optional;
// needs cpp-httplib (Debian's libcpp-httplib-dev).
//
//   httplib::Response res;  res.status = 405;  res.set_header("Allow", "GET");
//   REQUIRE(httpstatus::validate(res, req).ok());
#ifndef HTTPSTATUS_ADAPTERS_HTTPLIB_HPP
#define HTTPSTATUS_ADAPTERS_HTTPLIB_HPP

#include <httplib.h>

#include <string_view>

#include "../httpstatus.hpp"

namespace httpstatus {
namespace detail {

inline void copy_httplib_headers(const httplib::Headers& headers, field_buffer& out) noexcept {
  for (const auto& header : headers) out.push_back(header.first, header.second);
}

}  // namespace detail

/// An httplib response: status, reason (if set), headers, and the body's size. A response
/// with a content provider has the provider's length, or an unknown one.
template <>
struct response_traits<httplib::Response> {
  static response_snapshot to_view(const httplib::Response& response) noexcept {
    response_snapshot out;
    out.status = response.status;
    out.reason = response.reason;
    if (!response.content_provider_) {
      out.content_length = response.body.size();
    } else if (!response.is_chunked_content_provider_ && response.content_length_ > 0) {
      out.content_length = response.content_length_;
    }
    detail::copy_httplib_headers(response.headers, out.fields);
    return out;
  }
};

/// An httplib request: method, version ("HTTP/1.1") where set, headers.
template <>
struct request_traits<httplib::Request> {
  static request_snapshot to_view(const httplib::Request& request) noexcept {
    request_snapshot out;
    out.method = request.method;
    const std::string_view version = request.version;
    if (version.size() == 8 && version.substr(0, 5) == "HTTP/" && detail::is_digit(version[5]) &&
        version[6] == '.' && detail::is_digit(version[7])) {
      out.version_major = version[5] - '0';
      out.version_minor = version[7] - '0';
    }
    detail::copy_httplib_headers(request.headers, out.fields);
    return out;
  }
};

}  // namespace httpstatus

#endif  // HTTPSTATUS_ADAPTERS_HTTPLIB_HPP
