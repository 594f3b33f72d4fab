// The one reader of each framing field, Content-Length (RFC 9110 §8.6; RFC 9112 §6.3) and
// Transfer-Encoding (RFC 9112 §6.1), shared by the parser and the validator so that they can
// never disagree on what a value says.
#ifndef HTTPSTATUS_DETAIL_FRAMING_FIELDS_HPP
#define HTTPSTATUS_DETAIL_FRAMING_FIELDS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ascii.hpp"

namespace httpstatus {
namespace detail {

// The largest Content-Length either reads: 2^53 bytes (8 PiB), far past any real message and
// well inside every integer type the callers convert it to.
inline constexpr std::uint64_t max_content_length = std::uint64_t{1} << 53;

// What the Content-Length field lines of one message say, taken together. Each line is read
// as a list (RFC 9110 §5.6.1) of elements, each of which must be 1*DIGIT.
struct content_length_reading {
  bool present = false;      // at least one line was read
  bool has_value = false;    // an element has been read: `value` is the first
  bool invalid = false;      // an element that is not 1*DIGIT, or a line with no element
  bool too_large = false;    // an element past max_content_length (also `invalid`)
  bool conflicting = false;  // elements with differing values
  bool repeated = false;     // more than one element, all the same
  std::uint64_t value = 0;

  // Whether the message's length is known from it: present, valid and not conflicting.
  constexpr bool usable() const noexcept { return present && !invalid && !conflicting; }

  // Reads one field line's value. False once the reading is settled as invalid, when the
  // caller may stop.
  constexpr bool read_line(std::string_view v) noexcept {
    present = true;
    if (!has_value && read_plain(v)) return true;  // the usual value: one short number
    bool element_in_line = false;
    std::size_t i = 0;
    while (i < v.size()) {
      while (i < v.size() && (is_value_space(v[i]) || v[i] == ',')) ++i;
      if (i == v.size()) break;
      std::uint64_t element = 0;
      std::size_t digits = 0;
      for (; i < v.size() && is_digit(v[i]); ++i, ++digits) {
        if (element > max_content_length) continue;  // keeps counting digits, no overflow
        element = element * 10 + static_cast<std::uint64_t>(v[i] - '0');
      }
      while (i < v.size() && is_value_space(v[i])) ++i;
      if (digits == 0 || (i < v.size() && v[i] != ',')) {
        invalid = true;
        return false;
      }
      if (element > max_content_length) {
        invalid = too_large = true;
        return false;
      }
      element_in_line = true;
      if (has_value) (element == value ? repeated : conflicting) = true;
      if (!has_value) value = element;
      has_value = true;
    }
    if (!element_in_line) invalid = true;  // an empty value is no number either
    return !invalid;
  }

 private:
  // 1 to 15 digits and nothing else: no overflow possible, no list.
  constexpr bool read_plain(std::string_view v) noexcept {
    if (v.empty() || v.size() > 15) return false;
    std::uint64_t n = 0;
    for (const char c : v) {
      const auto digit = static_cast<unsigned>(static_cast<unsigned char>(c)) - unsigned{'0'};
      if (digit > 9u) return false;
      n = n * 10 + digit;
    }
    value = n;
    has_value = true;
    return true;
  }
};

// What the Transfer-Encoding field lines of one message say, taken together: the list of
// codings, in the order applied (RFC 9112 §6.1).
struct transfer_coding_reading {
  bool present = false;
  bool non_identity = false;  // a coding other than identity (RFC 2616 §4.4)
  int chunked = 0;            // how often chunked is applied
  bool chunked_last = false;  // chunked is the last coding applied

  constexpr void read_line(std::string_view v) noexcept {
    present = true;
    any_list_element(v, [this](std::string_view coding) {
      const std::string_view name = trim_value_space(coding.substr(0, coding.find(';')));
      const bool is_chunked = iequals(name, "chunked");
      chunked += is_chunked ? 1 : 0;
      chunked_last = is_chunked;
      non_identity = non_identity || !iequals(name, "identity");
      return false;
    });
  }
};

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_FRAMING_FIELDS_HPP
