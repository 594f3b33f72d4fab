// cpp-httplib adapter: validate httplib::Response and httplib::Request directly, and check
// every response a server sends (in debug builds, say). Optional; needs cpp-httplib
// (Debian's libcpp-httplib-dev).
//
//   httplib::Response res;  res.status = 405;  res.set_header("Allow", "GET");
//   REQUIRE(httpstatus::validate(res, req).ok());
//
//   httplib::Server server;
//   httpstatus::httplib::check_responses(server, httpstatus::edition::rfc9110);
#ifndef HTTPSTATUS_ADAPTERS_HTTPLIB_HPP
#define HTTPSTATUS_ADAPTERS_HTTPLIB_HPP

#include <httplib.h>

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "../httpstatus.hpp"

namespace httpstatus {
namespace detail {

inline void copy_httplib_headers(const ::httplib::Headers& headers, field_buffer& out) noexcept {
  for (const auto& header : headers) out.push_back(header.first, header.second);
}

}  // namespace detail

/// An httplib response: status, reason (if set), headers, and the body's size. A response
/// with a content provider has the provider's length, or an unknown one.
template <>
struct response_traits<::httplib::Response> {
  static response_snapshot to_view(const ::httplib::Response& response) noexcept {
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
struct request_traits<::httplib::Request> {
  static request_snapshot to_view(const ::httplib::Request& request) noexcept {
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

namespace httplib {

/// What is called with the findings of a response the server sent.
using response_handler = std::function<void(const ::httplib::Request& request,
                                            const ::httplib::Response& response,
                                            const report& findings)>;

/// The default handler: the findings to stderr, one a line, under the method, path and status.
inline void print_findings(const ::httplib::Request& request, const ::httplib::Response& response,
                           const report& findings) {
  std::string text = "httpstatus: " + request.method + " " + request.path + " -> ";
  write_status(response.status, [&text](std::string_view piece) { text += piece; });
  text += "\n";
  for (const finding& f : findings) {
    text += "  ";
    write_finding(f, [&text](std::string_view piece) { text += piece; });
    text += "\n";
  }
  std::fwrite(text.data(), 1, text.size(), stderr);
}

/// The findings of a response as the server sent it, given its request: httplib never sends
/// the content of a response to HEAD (it keeps the body it was given), so none is counted.
inline report check(const ::httplib::Request& request, const ::httplib::Response& response,
                    edition e = edition::rfc2616) {
  response_snapshot sent = response_traits<::httplib::Response>::to_view(response);
  if (request.method == "HEAD") sent.content_length = 0;
  const request_snapshot asked = request_traits<::httplib::Request>::to_view(request);
  return validate(static_cast<response_view>(sent), static_cast<request_view>(asked), e);
}

/// Checks every response the server sends, once written (with what httplib adds to it:
/// Content-Length, Content-Type, Connection, Keep-Alive), and calls `handler` for each that
/// has findings. It takes the server's logger slot: to log as well, log from the handler.
inline void check_responses(::httplib::Server& server, edition e = edition::rfc2616,
                            response_handler handler = print_findings) {
  server.set_logger([e, handler = std::move(handler)](const ::httplib::Request& request,
                                                      const ::httplib::Response& response) {
    const report found = check(request, response, e);
    if (!found.empty()) handler(request, response, found);
  });
}

}  // namespace httplib
}  // namespace httpstatus

#endif  // HTTPSTATUS_ADAPTERS_HTTPLIB_HPP
