// ASCII helpers for field names and tokens: constexpr, locale-free, no allocation.
#ifndef HTTPSTATUS_DETAIL_ASCII_HPP
#define HTTPSTATUS_DETAIL_ASCII_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#if !defined(__GNUC__) && !defined(__clang__)
#include <cstring>
#endif

namespace httpstatus {
namespace detail {

constexpr char to_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Field names and most tokens compare case-insensitively (RFC 9110 §5.1, §5.6.2).
constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  if (a == b) return true;  // names mostly arrive in their usual case: a plain compare first
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char x = a[i];
    const char y = b[i];
    if (x == y) continue;
    // equal but for case: they differ in the 0x20 bit only, and are letters
    const char lower = static_cast<char>(x | 0x20);
    if ((x ^ y) != 0x20 || lower < 'a' || lower > 'z') return false;
  }
  return true;
}

constexpr bool istarts_with(std::string_view text, std::string_view prefix) noexcept {
  return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

constexpr bool is_ows(char c) noexcept { return c == ' ' || c == '\t'; }

// White space inside a field value as a parser hands it over: OWS, and the CR LF of an
// obs-fold, which a recipient reads as SP (RFC 9112 §5.2).
constexpr bool is_value_space(char c) noexcept {
  return is_ows(c) || c == '\r' || c == '\n';
}

// Strips white space, obs-fold included, from both ends of a list element.
constexpr std::string_view trim_value_space(std::string_view text) noexcept {
  while (!text.empty() && is_value_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_value_space(text.back())) text.remove_suffix(1);
  return text;
}

// Strips optional white space (RFC 9110 §5.6.3) from both ends.
constexpr std::string_view trim_ows(std::string_view text) noexcept {
  while (!text.empty() && is_ows(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ows(text.back())) text.remove_suffix(1);
  return text;
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// tchar (RFC 9110 §5.6.2): the characters of a token.
constexpr bool is_tchar(char c) noexcept {
  if (is_alpha(c) || is_digit(c)) return true;
  switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~': return true;
    default: return false;
  }
}

// token = 1*tchar
constexpr bool is_token(std::string_view text) noexcept {
  if (text.empty()) return false;
  for (const char c : text) {
    if (!is_tchar(c)) return false;
  }
  return true;
}

constexpr int hex_value(char c) noexcept {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Calls `visit(element)` for each non-empty element of a comma-separated list (RFC 9110
// §5.6.1), commas inside quoted strings excepted; stops and returns true when `visit` does.
template <class Visit>
constexpr bool any_list_element(std::string_view list, Visit&& visit) noexcept {
  while (!list.empty()) {
    std::size_t end = 0;
    bool quoted = false;
    for (; end < list.size(); ++end) {
      const char c = list[end];
      if (c == '"') quoted = !quoted;
      if (quoted && c == '\\') ++end;  // quoted-pair
      if (!quoted && c == ',') break;
    }
    // an obs-fold inside the value is white space, so a folded list reads as the list it is
    const std::string_view element =
        trim_value_space(list.substr(0, end < list.size() ? end : list.size()));
    if (!element.empty() && visit(element)) return true;
    list = end < list.size() ? list.substr(end + 1) : std::string_view{};
  }
  return false;
}

// Eight bytes from `p` as one native-endian word: for run-time paths only.
inline std::uint64_t load_word(const char* p) noexcept {
  std::uint64_t word;
#if defined(__GNUC__) || defined(__clang__)
  __builtin_memcpy(&word, p, sizeof word);  // spares users <cstring>
#else
  std::memcpy(&word, p, sizeof word);
#endif
  return word;
}

// Four bytes from `p` as one native-endian word: for run-time paths only.
inline std::uint32_t load_half(const char* p) noexcept {
  std::uint32_t word;
#if defined(__GNUC__) || defined(__clang__)
  __builtin_memcpy(&word, p, sizeof word);
#else
  std::memcpy(&word, p, sizeof word);
#endif
  return word;
}

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_ASCII_HPP
