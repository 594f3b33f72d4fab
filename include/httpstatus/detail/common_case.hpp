// The common case, decided first: a response that certainly breaks no rule.
#ifndef HTTPSTATUS_DETAIL_COMMON_CASE_HPP
#define HTTPSTATUS_DETAIL_COMMON_CASE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../code.hpp"
#include "../lookup.hpp"
#include "../table.hpp"
#include "../types.hpp"
#include "../view.hpp"
#include "ascii.hpp"
#include "field_index.hpp"

namespace httpstatus {
namespace detail {

// Most responses break no rule, and most codes have no rule but the registry's, the content
// rule and framing. For those codes validation first asks one question, "is this response
// certainly clean?", in one pass over the field lines for Content-Length and
// Transfer-Encoding. A "yes" means every check family would find nothing; a "no" only means
// "not certain", and the check families then run as they would have. So the short way
// decides no finding: it can only spare work. (The test "validate finds what the check
// families find one by one" compares the two ways for every code.)

// A code is quiet in an edition when nothing but framing and the reason phrase can break for
// it, with or without the request: registered, not reserved, not deprecated, content allowed,
// no field or request rule in the edition, and none of the codes that other rules name (1xx
// and 204 for framing, 201 and 405 for the request rules of check_request).
constexpr bool is_quiet(const status_info& row, edition e) noexcept {
  const int value = to_int(row.value);
  if (row.reserved || row.in(e).deprecated || row.content != content_rule::allowed) return false;
  if (value < 200 || value == 204 || value == 201 || value == 405) return false;
  for (const field_rule& rule : row.field_rules) {
    if (contains(rule.editions, e)) return false;
  }
  for (const request_rule& rule : row.request_rules) {
    if (contains(rule.editions, e)) return false;
  }
  return true;
}

// One bit per code 100-599 and edition.
struct quiet_code_set {
  std::uint64_t bits[2][8]{};  // [edition][(code - 100) / 64]
};
constexpr quiet_code_set make_quiet_codes() noexcept {
  quiet_code_set set;
  for (const status_info& row : status_table) {
    const auto at = static_cast<unsigned>(to_int(row.value) - 100);
    for (edition e : {edition::rfc2616, edition::rfc9110}) {
      if (is_quiet(row, e)) {
        set.bits[e == edition::rfc9110 ? 1 : 0][at / 64] |= std::uint64_t{1} << (at % 64);
      }
    }
  }
  return set;
}
inline constexpr quiet_code_set quiet_codes = make_quiet_codes();

constexpr bool is_quiet_code(int code, edition e) noexcept {
  const auto at = static_cast<unsigned>(code) - 100u;  // codes below 100 wrap to large values
  if (at >= 500u) return false;
  return ((quiet_codes.bits[e == edition::rfc9110 ? 1 : 0][at / 64] >> (at % 64)) & 1u) != 0;
}

// A field value of 1 to 18 digits and nothing else (too short to overflow): the usual
// Content-Length. False for anything else, which the full reading then takes in hand.
constexpr bool read_plain_number(std::string_view v, std::uint64_t& out) noexcept {
  if (v.empty() || v.size() > 18) return false;
  std::uint64_t value = 0;
  for (const char c : v) {
    const auto digit = static_cast<unsigned>(static_cast<unsigned char>(c)) - unsigned{'0'};
    if (digit > 9u) return false;
    value = value * 10 + digit;
  }
  out = value;
  return true;
}

// True when validation would find nothing in this exchange; false when it might.
constexpr bool certainly_clean(const response_view& response, const request_view* request,
                               edition e) noexcept {
  const int status = response.status();
  if (!is_quiet_code(status, e) || response.omitted_fields() != 0) return false;
  const std::string_view reason = response.reason();
  if (!reason.empty() && reason != status_table[row_of(status)].in(e).reason_phrase) return false;
  if (request != nullptr) {
    // HEAD and CONNECT change the content and framing rules; leave them to the full checks
    const std::string_view method = request->method();
    if (request->omitted_fields() != 0 || method == "HEAD" || method == "CONNECT") return false;
  }
  // One pass for the framing fields: at most one Content-Length line, no Transfer-Encoding.
  constexpr std::uint64_t lengths = names_of_every_response.lengths;
  const field* length_line = nullptr;
  for (const field& line : response.fields()) {
    if (((lengths >> (line.name.size() & name_table::max_length)) & 1u) == 0) continue;
    if (is_name(line.name, static_cast<std::size_t>(content_length_id))) {
      if (length_line != nullptr) return false;
      length_line = &line;
    } else if (is_name(line.name, static_cast<std::size_t>(transfer_encoding_id))) {
      return false;
    }
  }
  if (length_line == nullptr) return true;
  std::uint64_t declared = 0;
  if (!read_plain_number(length_line->value, declared)) return false;
  const auto content = response.content_length();
  return !content.has_value() || declared == *content;
}

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_COMMON_CASE_HPP
