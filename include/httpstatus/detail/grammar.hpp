// The value grammars the rules read, each a small constexpr recognizer, and the one switch
// that picks one by name. A rule names its grammar in checks[]; a new grammar is a function
// here and a line in the switch.
#ifndef HTTPSTATUS_DETAIL_GRAMMAR_HPP
#define HTTPSTATUS_DETAIL_GRAMMAR_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ascii.hpp"

namespace httpstatus {

/// The grammars field values are checked against.
enum class value_grammar : std::uint8_t {
  none,
  http_date,          ///< IMF-fixdate, the form a sender generates (RFC 9110 §5.6.7; RFC 2616 §3.3.1)
  delay_or_date,      ///< Retry-After: HTTP-date / delay-seconds (RFC 9110 §10.2.3)
  challenge_list,     ///< 1#challenge: at least one auth-scheme (RFC 9110 §11.6.1)
  uri_reference,      ///< URI-reference (RFC 3986 §4.1), as RFC 9110 §10.2.2 allows
  absolute_uri,       ///< absoluteURI (RFC 2396 §3), as RFC 2616 §14.30 asks
  method_list,        ///< #method: tokens (RFC 9110 §10.2.1)
  content_range,      ///< range-unit SP (range-resp / unsatisfied-range) (RFC 9110 §14.4)
  entity_tag          ///< [W/] DQUOTE *etagc DQUOTE (RFC 9110 §8.8.3)
};

namespace detail {

// ---- HTTP-date -------------------------------------------------------------------------------

// Three characters as one number, so that a name is one integer compare.
constexpr std::uint32_t three(char a, char b, char c) noexcept {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(a)) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b)) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(c));
}
// Two digits at `at`, as a number at most `max`; -1 otherwise.
constexpr int two_digits(std::string_view s, std::size_t at, int max) noexcept {
  if (!is_digit(s[at]) || !is_digit(s[at + 1])) return -1;
  const int value = (s[at] - '0') * 10 + (s[at + 1] - '0');
  return value <= max ? value : -1;
}

// IMF-fixdate = day-name "," SP date1 SP time-of-day SP GMT, e.g.
// "Sun, 06 Nov 1994 08:49:37 GMT" (29 characters). Day-name and month are case-sensitive.
constexpr bool is_imf_fixdate(std::string_view s) noexcept {
  if (s.size() != 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' ||
      s[16] != ' ' || s[19] != ':' || s[22] != ':' || s[25] != ' ' || s[26] != 'G' ||
      s[27] != 'M' || s[28] != 'T') {
    return false;
  }
  switch (three(s[0], s[1], s[2])) {
    case three('M', 'o', 'n'): case three('T', 'u', 'e'): case three('W', 'e', 'd'):
    case three('T', 'h', 'u'): case three('F', 'r', 'i'): case three('S', 'a', 't'):
    case three('S', 'u', 'n'): break;
    default: return false;
  }
  switch (three(s[8], s[9], s[10])) {
    case three('J', 'a', 'n'): case three('F', 'e', 'b'): case three('M', 'a', 'r'):
    case three('A', 'p', 'r'): case three('M', 'a', 'y'): case three('J', 'u', 'n'):
    case three('J', 'u', 'l'): case three('A', 'u', 'g'): case three('S', 'e', 'p'):
    case three('O', 'c', 't'): case three('N', 'o', 'v'): case three('D', 'e', 'c'): break;
    default: return false;
  }
  if (two_digits(s, 5, 31) <= 0) return false;
  for (std::size_t i = 12; i < 16; ++i) {
    if (!is_digit(s[i])) return false;
  }
  // hour 0-23, minute 0-59, second 0-60 (a leap second)
  return two_digits(s, 17, 23) >= 0 && two_digits(s, 20, 59) >= 0 && two_digits(s, 23, 60) >= 0;
}

// An IMF-fixdate as one number that orders as the dates do (seconds since 1 January of the
// year 0, with 31-day months: only the order is used); 0 when `s` is not an IMF-fixdate.
constexpr std::uint64_t imf_fixdate_order(std::string_view s) noexcept {
  if (!is_imf_fixdate(s)) return 0;
  std::uint64_t month = 0;
  switch (three(s[8], s[9], s[10])) {
    case three('J', 'a', 'n'): month = 0; break;
    case three('F', 'e', 'b'): month = 1; break;
    case three('M', 'a', 'r'): month = 2; break;
    case three('A', 'p', 'r'): month = 3; break;
    case three('M', 'a', 'y'): month = 4; break;
    case three('J', 'u', 'n'): month = 5; break;
    case three('J', 'u', 'l'): month = 6; break;
    case three('A', 'u', 'g'): month = 7; break;
    case three('S', 'e', 'p'): month = 8; break;
    case three('O', 'c', 't'): month = 9; break;
    case three('N', 'o', 'v'): month = 10; break;
    default: month = 11; break;
  }
  std::uint64_t year = 0;
  for (std::size_t i = 12; i < 16; ++i) year = year * 10 + static_cast<std::uint64_t>(s[i] - '0');
  const auto at = [s](std::size_t i) { return static_cast<std::uint64_t>(two_digits(s, i, 99)); };
  return ((((year * 12 + month) * 31 + at(5)) * 24 + at(17)) * 60 + at(20)) * 61 + at(23) + 1;
}

// ---- entity tags (RFC 9110 §8.8.3) -----------------------------------------------------------

/// An entity-tag: its opaque-tag (quotes included) and whether it is weak.
struct entity_tag {
  std::string_view opaque;  // empty when the text is no entity-tag
  bool weak = false;
  constexpr bool valid() const noexcept { return !opaque.empty(); }
};

// etagc = %x21 / %x23-7E / obs-text
constexpr bool is_etagc(char c) noexcept {
  const auto u = static_cast<unsigned char>(c);
  return u == 0x21 || (u >= 0x23 && u != 0x7F);
}

constexpr entity_tag parse_entity_tag(std::string_view s) noexcept {
  entity_tag tag;
  if (s.size() >= 2 && s[0] == 'W' && s[1] == '/') {
    tag.weak = true;
    s.remove_prefix(2);
  }
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') return entity_tag{};
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    if (!is_etagc(s[i])) return entity_tag{};
  }
  tag.opaque = s;
  return tag;
}

/// Strong comparison: both strong, opaque-tags equal character by character (§8.8.3.2).
constexpr bool strong_match(const entity_tag& a, const entity_tag& b) noexcept {
  return a.valid() && b.valid() && !a.weak && !b.weak && a.opaque == b.opaque;
}
/// Weak comparison: opaque-tags equal, either or both weak (§8.8.3.2).
constexpr bool weak_match(const entity_tag& a, const entity_tag& b) noexcept {
  return a.valid() && b.valid() && a.opaque == b.opaque;
}

enum class etag_comparison : std::uint8_t { strong, weak };

/// Whether a list of entity tags (If-Match, If-None-Match) holds one that matches `tag`.
/// "*" is not an entity tag; callers decide what it means.
constexpr bool list_matches(std::string_view list, const entity_tag& tag,
                            etag_comparison how) noexcept {
  return any_list_element(list, [&](std::string_view element) {
    const entity_tag listed = parse_entity_tag(element);
    return how == etag_comparison::strong ? strong_match(listed, tag) : weak_match(listed, tag);
  });
}

// ---- URIs (RFC 3986) -------------------------------------------------------------------------

// unreserved / reserved / "%": the characters a URI may hold.
constexpr bool is_uri_char(char c) noexcept {
  if (is_alpha(c) || is_digit(c)) return true;
  switch (c) {
    case '-': case '.': case '_': case '~':                                 // unreserved
    case ':': case '/': case '?': case '#': case '[': case ']': case '@':  // gen-delims
    case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+':
    case ',': case ';': case '=':                                           // sub-delims
    case '%': return true;
    default: return false;
  }
}

// Every character is a URI character and every "%" starts a pct-encoded octet.
constexpr bool uri_characters_valid(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_uri_char(s[i])) return false;
    if (s[i] == '%' && (i + 2 >= s.size() || hex_value(s[i + 1]) < 0 || hex_value(s[i + 2]) < 0)) {
      return false;
    }
  }
  return true;
}

// The length of a scheme at the front of `s` followed by ":", or 0.
// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
constexpr std::size_t scheme_length(std::string_view s) noexcept {
  if (s.empty() || !is_alpha(s[0])) return 0;
  std::size_t i = 1;
  while (i < s.size() && (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) ++i;
  return i < s.size() && s[i] == ':' ? i : 0;
}

constexpr bool is_uri_reference(std::string_view s) noexcept {
  if (!uri_characters_valid(s)) return false;
  // a relative reference's first segment holds no ":" before any "/", "?" or "#"
  const std::size_t stop = s.find_first_of("/?#");
  const std::size_t colon = s.find(':');
  return colon == std::string_view::npos || colon > stop || scheme_length(s) != 0;
}

constexpr bool is_absolute_uri(std::string_view s) noexcept {
  return uri_characters_valid(s) && scheme_length(s) != 0;
}

// ---- the other grammars ----------------------------------------------------------------------

// delay-seconds = 1*DIGIT
constexpr bool is_delay_seconds(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (const char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]: a list whose first element
// starts with a token (the auth-scheme). Parameters are not taken apart.
constexpr bool is_challenge_list(std::string_view s) noexcept {
  bool first = true;
  bool ok = false;
  any_list_element(s, [&](std::string_view element) {
    if (first) {
      const std::size_t end = element.find(' ');
      ok = is_token(element.substr(0, end));
      first = false;
    }
    return true;
  });
  return ok;
}

constexpr bool is_method_list(std::string_view s) noexcept {
  return !any_list_element(s, [](std::string_view element) { return !is_token(element); });
}

// Reads 1*DIGIT at `at`, advancing it; false when there is none or it is past 2^53.
constexpr bool read_decimal(std::string_view s, std::size_t& at, std::uint64_t& out) noexcept {
  const std::size_t start = at;
  out = 0;
  for (; at < s.size() && is_digit(s[at]); ++at) {
    if (out > (std::uint64_t{1} << 53)) return false;
    out = out * 10 + static_cast<std::uint64_t>(s[at] - '0');
  }
  return at != start;
}

/// A Content-Range value taken apart (RFC 9110 §14.4; RFC 2616 §14.16).
struct content_range {
  bool valid = false;        // the grammar holds and, for bytes, first <= last < complete
  bool bytes = false;        // the range unit is "bytes"
  bool unsatisfied = false;  // "*/complete-length"
  bool complete_known = false;
  std::uint64_t first = 0;
  std::uint64_t last = 0;
  std::uint64_t complete = 0;
};

constexpr content_range parse_content_range(std::string_view s) noexcept {
  content_range r;
  const std::size_t space = s.find(' ');
  if (space == std::string_view::npos || !is_token(s.substr(0, space))) return r;
  r.bytes = iequals(s.substr(0, space), "bytes");
  std::size_t at = space + 1;
  if (at < s.size() && s[at] == '*') {
    r.unsatisfied = true;
    if (++at >= s.size() || s[at++] != '/') return r;
    r.complete_known = read_decimal(s, at, r.complete);
    r.valid = r.complete_known && at == s.size();
    return r;
  }
  if (!read_decimal(s, at, r.first) || at >= s.size() || s[at++] != '-' ||
      !read_decimal(s, at, r.last) || at >= s.size() || s[at++] != '/') {
    return r;
  }
  if (at < s.size() && s[at] == '*') {
    ++at;
  } else {
    r.complete_known = read_decimal(s, at, r.complete);
    if (!r.complete_known) return r;
  }
  // invalid: last-pos below first-pos, or a complete length at or below last-pos
  r.valid = at == s.size() && r.first <= r.last && (!r.complete_known || r.complete > r.last);
  return r;
}

/// Whether `value` is in `grammar`.
constexpr bool matches(value_grammar grammar, std::string_view value) noexcept {
  switch (grammar) {
    case value_grammar::http_date: return is_imf_fixdate(value);
    case value_grammar::delay_or_date: return is_delay_seconds(value) || is_imf_fixdate(value);
    case value_grammar::challenge_list: return is_challenge_list(value);
    case value_grammar::uri_reference: return is_uri_reference(value);
    case value_grammar::absolute_uri: return is_absolute_uri(value);
    case value_grammar::method_list: return is_method_list(value);
    case value_grammar::content_range: return parse_content_range(value).valid;
    case value_grammar::entity_tag: return parse_entity_tag(value).valid();
    case value_grammar::none: break;
  }
  return true;
}

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_GRAMMAR_HPP
