// Conversions users reach for: an int or a text to a code. Defined for every input; an input
// that names no status code gives an empty optional, never a guess.
#ifndef HTTPSTATUS_CONVERSIONS_HPP
#define HTTPSTATUS_CONVERSIONS_HPP

#include <optional>
#include <string_view>

#include "code.hpp"
#include "config.hpp"
#include "detail/ascii.hpp"
#include "detail/code_list.hpp"
#include "lookup.hpp"
#include "table.hpp"

namespace httpstatus {

/// The code of a status code in 100-599, registered or not (RFC 9110 §15: three digits, the
/// first of them 1-5); empty for any other int.
HTTPSTATUS_NODISCARD constexpr std::optional<code> to_code(int value) noexcept {
  if (value < 100 || value > 599) return std::nullopt;
  return static_cast<code>(value);
}

namespace detail {

#define HTTPSTATUS_DETAIL_NAMED(value, name) {#name##sv, value},
struct named_code {
  std::string_view name;
  int value;
};
// Every enumerator's name, the aliases included ("payload_too_large").
inline constexpr named_code enumerator_and_alias_names[] = {
    HTTPSTATUS_DETAIL_FOR_EACH_CODE(HTTPSTATUS_DETAIL_NAMED)
    HTTPSTATUS_DETAIL_FOR_EACH_ALIAS(HTTPSTATUS_DETAIL_NAMED)};
#undef HTTPSTATUS_DETAIL_NAMED

constexpr bool phrase_of(int value, std::string_view phrase) noexcept {
  const status_info* row = lookup(value);
  return row != nullptr && (iequals(row->rfc2616.reason_phrase, phrase) ||
                            iequals(row->rfc9110.reason_phrase, phrase));
}

}  // namespace detail

/// The code a text names: "404"; "404 Not Found" (the number and either edition's phrase of
/// it); "Not Found" (either edition's phrase, ignoring case, when it names one code alone);
/// "not_found" (an enumerator's name or alias). White space around it is ignored. Empty
/// when the text names no code, or a number with another code's phrase ("404 OK").
HTTPSTATUS_NODISCARD constexpr std::optional<code> parse_code(std::string_view text) noexcept {
  text = detail::trim_ows(text);
  const auto digit = [&text](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() >= 3 && digit(0) && digit(1) && digit(2) &&
      (text.size() == 3 || detail::is_ows(text[3]))) {
    const int value = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
    const std::string_view phrase = detail::trim_ows(text.substr(3));
    if (phrase.empty()) return to_code(value);
    if (detail::phrase_of(value, phrase)) return static_cast<code>(value);
    return std::nullopt;
  }
  for (const detail::named_code& named : detail::enumerator_and_alias_names) {
    if (named.name == text) return static_cast<code>(named.value);
  }
  std::optional<code> found;
  for (const status_info& row : detail::status_table) {
    if (detail::phrase_of(to_int(row.value), text)) {
      if (found) return std::nullopt;  // two codes share it ("(Unused)"): no guess
      found = row.value;
    }
  }
  return found;
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_CONVERSIONS_HPP
