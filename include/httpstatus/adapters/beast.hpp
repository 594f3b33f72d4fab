// Boost.Beast adapter: validate boost::beast::http::response<Body, Fields> and
// request<Body, Fields> directly. Optional; needs Boost (Debian's libboost-dev).
//
//   boost::beast::http::response<boost::beast::http::string_body> res{status::created, 11};
//   auto report = httpstatus::validate(res, req, httpstatus::edition::rfc9110);
#ifndef HTTPSTATUS_ADAPTERS_BEAST_HPP
#define HTTPSTATUS_ADAPTERS_BEAST_HPP

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/status.hpp>

#include <optional>

#include <string_view>

#include "../httpstatus.hpp"

namespace httpstatus {
namespace detail {

template <class BeastStringView>
std::string_view to_std(BeastStringView s) noexcept {
  return std::string_view(s.data(), s.size());
}

template <bool IsRequest, class Body, class Fields>
void copy_beast_fields(const boost::beast::http::message<IsRequest, Body, Fields>& message,
                       field_buffer& out) noexcept {
  for (const auto& f : message) out.push_back(to_std(f.name_string()), to_std(f.value()));
}

}  // namespace detail

/// A Beast response: status, the reason it will send (Beast's own phrase when none was set),
/// field lines, and the body's size where the body type knows it.
template <class Body, class Fields>
struct response_traits<boost::beast::http::message<false, Body, Fields>> {
  static response_snapshot to_view(
      const boost::beast::http::message<false, Body, Fields>& message) noexcept {
    response_snapshot out;
    out.status = static_cast<int>(message.result_int());
    out.reason = detail::to_std(message.reason());
    if (const auto size = message.payload_size()) out.content_length = static_cast<std::size_t>(*size);
    detail::copy_beast_fields(message, out.fields);
    return out;
  }
};

/// A Beast request: method, HTTP version, field lines.
template <class Body, class Fields>
struct request_traits<boost::beast::http::message<true, Body, Fields>> {
  static request_snapshot to_view(
      const boost::beast::http::message<true, Body, Fields>& message) noexcept {
    request_snapshot out;
    out.method = detail::to_std(message.method_string());
    out.version_major = static_cast<int>(message.version() / 10);
    out.version_minor = static_cast<int>(message.version() % 10);
    detail::copy_beast_fields(message, out.fields);
    return out;
  }
};

/// Beast's status as a code: empty for `status::unknown` and anything outside 100-599.
HTTPSTATUS_NODISCARD constexpr std::optional<code> to_code(boost::beast::http::status s) noexcept {
  return to_code(static_cast<int>(s));
}

/// A code as Beast's status (Beast keeps any number, registered or not, in the enum).
HTTPSTATUS_NODISCARD constexpr boost::beast::http::status to_beast_status(code c) noexcept {
  return static_cast<boost::beast::http::status>(to_int(c));
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_ADAPTERS_BEAST_HPP
