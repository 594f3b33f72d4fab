// Lookups over the table: rows, phrases, classes, predicates. Defined for every int.
#ifndef HTTPSTATUS_LOOKUP_HPP
#define HTTPSTATUS_LOOKUP_HPP

#include <cstdint>
#include <string_view>

#include "code.hpp"
#include "config.hpp"
#include "table.hpp"
#include "types.hpp"

namespace httpstatus {
namespace detail {

// Direct index from code - 100 to row + 1 (0: not registered), built once from the table.
struct code_index {
  std::uint8_t slot[500];
};
static_assert(status_count < 255, "code_index stores row numbers in a byte");

constexpr code_index make_code_index() noexcept {
  code_index index{};
  for (std::size_t row = 0; row < status_count; ++row) {
    index.slot[static_cast<int>(status_table[row].value) - 100] =
        static_cast<std::uint8_t>(row + 1);
  }
  return index;
}
inline constexpr code_index index_by_code = make_code_index();

#define HTTPSTATUS_DETAIL_NAME(value, name) #name##sv,
inline constexpr std::string_view enumerator_names[] = {
    HTTPSTATUS_DETAIL_FOR_EACH_CODE(HTTPSTATUS_DETAIL_NAME)};
#undef HTTPSTATUS_DETAIL_NAME

constexpr int row_of(int code) noexcept {
  return (code < 100 || code > 599) ? -1 : static_cast<int>(index_by_code.slot[code - 100]) - 1;
}

}  // namespace detail

/// The table row of a registered code; nullptr for any other int.
HTTPSTATUS_NODISCARD constexpr const status_info* lookup(int code) noexcept {
  const int row = detail::row_of(code);
  return row < 0 ? nullptr : &detail::status_table[row];
}
HTTPSTATUS_NODISCARD constexpr const status_info* lookup(code c) noexcept {
  return lookup(to_int(c));
}

/// True for every entry of the IANA registry, the reserved 306 and 418 included.
HTTPSTATUS_NODISCARD constexpr bool is_registered(int code) noexcept {
  return lookup(code) != nullptr;
}
HTTPSTATUS_NODISCARD constexpr bool is_registered(code c) noexcept { return is_registered(to_int(c)); }

/// True for the registry's "(Unused)" entries, 306 and 418: registered, but not to be sent.
HTTPSTATUS_NODISCARD constexpr bool is_reserved(int code) noexcept {
  const status_info* info = lookup(code);
  return info != nullptr && info->reserved;
}
HTTPSTATUS_NODISCARD constexpr bool is_reserved(code c) noexcept { return is_reserved(to_int(c)); }

/// The edition's reason phrase; "" when the code is not registered.
/// For 306 and 418 it is the registry's "(Unused)".
HTTPSTATUS_NODISCARD constexpr std::string_view reason_phrase(
    int code, edition e = edition::rfc2616) noexcept {
  const status_info* info = lookup(code);
  return info == nullptr ? std::string_view{} : info->in(e).reason_phrase;
}
HTTPSTATUS_NODISCARD constexpr std::string_view reason_phrase(
    code c, edition e = edition::rfc2616) noexcept {
  return reason_phrase(to_int(c), e);
}

/// Where the edition defines the code, e.g. "RFC 9110 §15.3.2"; "" when not registered.
HTTPSTATUS_NODISCARD constexpr std::string_view citation(int code,
                                                         edition e = edition::rfc2616) noexcept {
  const status_info* info = lookup(code);
  return info == nullptr ? std::string_view{} : info->in(e).citation;
}
HTTPSTATUS_NODISCARD constexpr std::string_view citation(code c,
                                                         edition e = edition::rfc2616) noexcept {
  return citation(to_int(c), e);
}

/// The enumerator's name, e.g. "not_found"; "" when not registered.
HTTPSTATUS_NODISCARD constexpr std::string_view enumerator_name(int code) noexcept {
  const int row = detail::row_of(code);
  return row < 0 ? std::string_view{} : detail::enumerator_names[row];
}
HTTPSTATUS_NODISCARD constexpr std::string_view enumerator_name(code c) noexcept {
  return enumerator_name(to_int(c));
}

/// The class of the first digit; `invalid` outside 100-599, registered or not (RFC 9110 §15).
HTTPSTATUS_NODISCARD constexpr status_class class_of(int code) noexcept {
  return (code < 100 || code > 599) ? status_class::invalid
                                    : static_cast<status_class>(code / 100);
}
HTTPSTATUS_NODISCARD constexpr status_class class_of(code c) noexcept { return class_of(to_int(c)); }

HTTPSTATUS_NODISCARD constexpr bool is_informational(int code) noexcept {
  return class_of(code) == status_class::informational;
}
HTTPSTATUS_NODISCARD constexpr bool is_successful(int code) noexcept {
  return class_of(code) == status_class::successful;
}
HTTPSTATUS_NODISCARD constexpr bool is_redirection(int code) noexcept {
  return class_of(code) == status_class::redirection;
}
HTTPSTATUS_NODISCARD constexpr bool is_client_error(int code) noexcept {
  return class_of(code) == status_class::client_error;
}
HTTPSTATUS_NODISCARD constexpr bool is_server_error(int code) noexcept {
  return class_of(code) == status_class::server_error;
}
/// 4xx or 5xx.
HTTPSTATUS_NODISCARD constexpr bool is_error(int code) noexcept {
  return is_client_error(code) || is_server_error(code);
}
/// 200-599: a response that ends the exchange (1xx are interim).
HTTPSTATUS_NODISCARD constexpr bool is_final(int code) noexcept {
  return class_of(code) != status_class::invalid && !is_informational(code);
}
HTTPSTATUS_NODISCARD constexpr bool is_informational(code c) noexcept {
  return is_informational(to_int(c));
}
HTTPSTATUS_NODISCARD constexpr bool is_successful(code c) noexcept { return is_successful(to_int(c)); }
HTTPSTATUS_NODISCARD constexpr bool is_redirection(code c) noexcept {
  return is_redirection(to_int(c));
}
HTTPSTATUS_NODISCARD constexpr bool is_client_error(code c) noexcept {
  return is_client_error(to_int(c));
}
HTTPSTATUS_NODISCARD constexpr bool is_server_error(code c) noexcept {
  return is_server_error(to_int(c));
}
HTTPSTATUS_NODISCARD constexpr bool is_error(code c) noexcept { return is_error(to_int(c)); }
HTTPSTATUS_NODISCARD constexpr bool is_final(code c) noexcept { return is_final(to_int(c)); }

/// Whether a cache may reuse the response with heuristic expiration
/// (RFC 9110 §15.1; RFC 2616 §13.4; RFC 7538 §3 and RFC 7725 §3 for 308 and 451).
HTTPSTATUS_NODISCARD constexpr bool is_heuristically_cacheable(
    int code, edition e = edition::rfc2616) noexcept {
  const status_info* info = lookup(code);
  return info != nullptr && info->in(e).heuristically_cacheable;
}
HTTPSTATUS_NODISCARD constexpr bool is_heuristically_cacheable(
    code c, edition e = edition::rfc2616) noexcept {
  return is_heuristically_cacheable(to_int(c), e);
}

/// Whether the edition deprecates the code (305 Use Proxy in RFC 9110 §15.4.6).
HTTPSTATUS_NODISCARD constexpr bool is_deprecated(int code, edition e = edition::rfc2616) noexcept {
  const status_info* info = lookup(code);
  return info != nullptr && info->in(e).deprecated;
}
HTTPSTATUS_NODISCARD constexpr bool is_deprecated(code c, edition e = edition::rfc2616) noexcept {
  return is_deprecated(to_int(c), e);
}

/// Whether a response with this code may carry content, from the table's content rule:
/// `never` for 1xx, 204 and 304, `must_not` for 205. Unregistered codes in 100-599 follow
/// their class (1xx: never), as RFC 9110 §15 treats them like x00; invalid codes: allowed.
namespace detail {
// The content rule of `code`, whose row (detail::row_of) is `row`.
constexpr content_rule content_rule_at(int row, int code) noexcept {
  if (row >= 0) return status_table[row].content;
  return is_informational(code) ? content_rule::never : content_rule::allowed;
}
}  // namespace detail

HTTPSTATUS_NODISCARD constexpr content_rule content_rule_of(int code) noexcept {
  return detail::content_rule_at(detail::row_of(code), code);
}
HTTPSTATUS_NODISCARD constexpr content_rule content_rule_of(code c) noexcept {
  return content_rule_of(to_int(c));
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_LOOKUP_HPP
