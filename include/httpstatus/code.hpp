// httpstatus::code: one enumerator per registered status code, valued as the code.
#ifndef HTTPSTATUS_CODE_HPP
#define HTTPSTATUS_CODE_HPP

#include <cstdint>

#include "config.hpp"
#include "detail/code_list.hpp"

namespace httpstatus {

#define HTTPSTATUS_DETAIL_ENUMERATOR(value, name) name = value,
/// A registered HTTP status code. Any other value in 0-65535 may be held too
/// (e.g. `code{471}`); the lookups answer for it as for the matching `int`.
enum class code : std::uint16_t {
  HTTPSTATUS_DETAIL_FOR_EACH_CODE(HTTPSTATUS_DETAIL_ENUMERATOR)
  HTTPSTATUS_DETAIL_FOR_EACH_ALIAS(HTTPSTATUS_DETAIL_ENUMERATOR)
};
#undef HTTPSTATUS_DETAIL_ENUMERATOR

/// The numeric value of a code.
HTTPSTATUS_NODISCARD constexpr int to_int(code c) noexcept { return static_cast<int>(c); }

}  // namespace httpstatus

#endif  // HTTPSTATUS_CODE_HPP
