// std::format support: std::formatter for `code` ("404 Not Found"; `{:rfc9110}` for RFC 9110's
// phrase), `finding` and `report`, in the one text form of text.hpp. Optional: the core
// never includes this header. Where the standard library has no <format>, it defines nothing
// and HTTPSTATUS_HAS_STD_FORMAT is 0.
//
// libc++ 16 has std::format without defining __cpp_lib_format, as an experimental feature
// (clang -fexperimental-library); it is recognized by its version when that is on.
#ifndef HTTPSTATUS_FORMAT_HPP
#define HTTPSTATUS_FORMAT_HPP

#if __has_include(<version>)
#include <version>
#endif

#if !defined(HTTPSTATUS_HAS_STD_FORMAT)
#if defined(__cpp_lib_format) || \
    (defined(_LIBCPP_VERSION) && _LIBCPP_VERSION >= 160000 && __cplusplus >= 202002L && \
     !defined(_LIBCPP_HAS_NO_INCOMPLETE_FORMAT))
#define HTTPSTATUS_HAS_STD_FORMAT 1
#else
#define HTTPSTATUS_HAS_STD_FORMAT 0
#endif
#endif

#if HTTPSTATUS_HAS_STD_FORMAT
#include <cstddef>
#include <format>
#include <string_view>

#include "httpstatus.hpp"

namespace httpstatus {
namespace detail {

template <class Out>
struct std_format_sink {
  Out* out;
  void operator()(std::string_view text) const {
    for (char c : text) *(*out)++ = c;
  }
};

// Takes no format spec: "{}" only.
struct std_format_no_spec {
  constexpr auto parse(std::format_parse_context& ctx) {
    auto it = ctx.begin();
    if (it != ctx.end() && *it != '}') throw std::format_error("httpstatus types take no format spec");
    return it;
  }
};

}  // namespace detail
}  // namespace httpstatus

/// "404 Not Found" with the phrase of the edition the spec names: `{}` and `{:rfc2616}` for
/// RFC 2616's, `{:rfc9110}` for RFC 9110's; an unregistered code prints its number alone.
template <>
struct std::formatter<httpstatus::code, char> {
  httpstatus::edition edition = httpstatus::edition::rfc2616;

  constexpr auto parse(std::format_parse_context& ctx) {
    auto it = ctx.begin();
    auto end = it;
    while (end != ctx.end() && *end != '}') ++end;
    if (!httpstatus::edition_of_format_spec(std::string_view(it, end), edition)) {
      throw std::format_error("httpstatus::code takes {}, {:rfc2616} or {:rfc9110}");
    }
    return end;
  }
  template <class FormatContext>
  auto format(httpstatus::code c, FormatContext& ctx) const {
    auto out = ctx.out();
    httpstatus::write_code(c, edition, httpstatus::detail::std_format_sink<decltype(out)>{&out});
    return out;
  }
};

/// "error: message, condition [field] (citation)"
template <>
struct std::formatter<httpstatus::finding, char> : httpstatus::detail::std_format_no_spec {
  template <class FormatContext>
  auto format(const httpstatus::finding& f, FormatContext& ctx) const {
    auto out = ctx.out();
    httpstatus::write_finding(f, httpstatus::detail::std_format_sink<decltype(out)>{&out});
    return out;
  }
};

#if defined(__cpp_lib_format_ranges)
// A report is a range of findings but prints as one text, not as a list of elements.
template <std::size_t N>
constexpr std::range_format std::format_kind<httpstatus::basic_report<N>> =
    std::range_format::disabled;
#endif

/// One finding a line, then the counts.
template <std::size_t N>
struct std::formatter<httpstatus::basic_report<N>, char> : httpstatus::detail::std_format_no_spec {
  template <class FormatContext>
  auto format(const httpstatus::basic_report<N>& r, FormatContext& ctx) const {
    auto out = ctx.out();
    httpstatus::write_report(r, httpstatus::detail::std_format_sink<decltype(out)>{&out});
    return out;
  }
};

#endif  // HTTPSTATUS_HAS_STD_FORMAT
#endif  // HTTPSTATUS_FORMAT_HPP
