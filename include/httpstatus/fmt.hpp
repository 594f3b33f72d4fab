// fmt formatters for httpstatus: `code` ("404 Not Found"), `finding` and `report`.
// Optional: the core never includes this header; it needs fmt (Debian's libfmt-dev, fmt 9).
#ifndef HTTPSTATUS_FMT_HPP
#define HTTPSTATUS_FMT_HPP

#include <fmt/format.h>

#include <iterator>
#include <type_traits>
#include <string_view>

#include "httpstatus.hpp"

namespace httpstatus {
namespace detail {

// Takes no format spec: "{}" only.
struct fmt_no_spec {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    auto it = ctx.begin();
    if (it != ctx.end() && *it != '}') throw fmt::format_error("httpstatus types take no format spec");
    return it;
  }
};

template <class Out>
struct fmt_sink {
  Out* out;
  void operator()(std::string_view text) const { *out = std::copy(text.begin(), text.end(), *out); }
};

}  // namespace detail
}  // namespace httpstatus

/// "404 Not Found" with the phrase of the edition the spec names: `{}` and `{:rfc2616}` for
/// RFC 2616's, `{:rfc9110}` for RFC 9110's ("413 Content Too Large"); an unregistered code
/// prints its number alone.
template <>
struct fmt::formatter<httpstatus::code> {
  httpstatus::edition edition = httpstatus::edition::rfc2616;

  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    auto it = ctx.begin();
    auto end = it;
    while (end != ctx.end() && *end != '}') ++end;
    const std::string_view spec(it, static_cast<std::size_t>(end - it));  // fmt 9: const char*
    if (!httpstatus::edition_of_format_spec(spec, edition)) {
      throw fmt::format_error("httpstatus::code takes {}, {:rfc2616} or {:rfc9110}");
    }
    return end;
  }
  template <class FormatContext>
  auto format(httpstatus::code c, FormatContext& ctx) const -> decltype(ctx.out()) {
    auto out = ctx.out();
    httpstatus::write_code(c, edition, httpstatus::detail::fmt_sink<decltype(out)>{&out});
    return out;
  }
};

/// "error: message, condition [field] (citation)"
template <>
struct fmt::formatter<httpstatus::finding> : httpstatus::detail::fmt_no_spec {
  template <class FormatContext>
  auto format(const httpstatus::finding& f, FormatContext& ctx) const -> decltype(ctx.out()) {
    auto out = ctx.out();
    httpstatus::write_finding(f, httpstatus::detail::fmt_sink<decltype(out)>{&out});
    return out;
  }
};

/// A report is a range of findings, but prints as one text, not as fmt's list of elements:
/// with <fmt/ranges.h> included (before or after this header), fmt's range formatter would
/// claim it too. fmt::is_range is declared here as <fmt/ranges.h> defines it.
FMT_BEGIN_NAMESPACE
template <typename T, typename Char>
struct is_range;
template <std::size_t N, typename Char>
struct is_range<httpstatus::basic_report<N>, Char> : std::false_type {};
FMT_END_NAMESPACE

/// One finding a line, then the counts.
template <std::size_t N>
struct fmt::formatter<httpstatus::basic_report<N>> : httpstatus::detail::fmt_no_spec {
  template <class FormatContext>
  auto format(const httpstatus::basic_report<N>& r, FormatContext& ctx) const
      -> decltype(ctx.out()) {
    auto out = ctx.out();
    httpstatus::write_report(r, httpstatus::detail::fmt_sink<decltype(out)>{&out});
    return out;
  }
};

#endif  // HTTPSTATUS_FMT_HPP
