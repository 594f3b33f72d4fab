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
// rule, framing, and perhaps "this field is there" (Location in a 301, WWW-Authenticate in a
// 401). For those codes validation first asks one question, "is this response certainly
// clean?", in one pass over the field lines for Content-Length, Transfer-Encoding and the
// fields the code requires. A "yes" means every check family would find nothing; a "no"
// only means "not certain", and the check families then run as they would have. So the
// short way decides no finding: it can only spare work. (The test "validate finds what the
// check families find one by one" compares the two ways for every code.)

// What the short way reads for a code in an edition, and which of those names must be there.
// It is usable when nothing but framing, the reason phrase and the presence of fields can
// break, with or without the request: registered, not reserved, not deprecated, content
// allowed, no field rule of the edition that forbids a field, no request rule, and none of
// the codes other rules name (1xx and 204 for framing, 201 and 405 for those of
// check_request).
struct short_way {
  name_set reads = names_of_every_response;
  std::uint32_t required = 0;
  bool usable = false;
};

constexpr short_way make_short_way(const status_info& info, edition e) noexcept {
  short_way way;
  const int value = to_int(info.value);
  if (info.reserved || info.in(e).deprecated || info.content != content_rule::allowed) return way;
  if (value < 200 || value == 204 || value == 201 || value == 405) return way;
  for (const request_rule& rule : info.request_rules) {
    if (contains(rule.editions, e)) return way;
  }
  for (const field_rule& rule : info.field_rules) {
    if (!contains(rule.editions, e)) continue;
    // a rule that asks for a field is met when the field is there, whatever its condition;
    // one that forbids a field is left to the full checks
    if (rule.level == requirement::must_not || rule.level == requirement::should_not) return way;
    const int id = known_names.id_of(rule.field);
    if (id < 0) return way;  // a name the field pass does not know (none in the table)
    way.reads.add(id);
    way.required |= std::uint32_t{1} << id;
  }
  way.usable = true;
  return way;
}

struct short_way_table {
  short_way by_row[status_count][2];  // [row][edition]
};
constexpr short_way_table make_short_ways() noexcept {
  short_way_table table;
  for (std::size_t row = 0; row < status_count; ++row) {
    table.by_row[row][0] = make_short_way(status_table[row], edition::rfc2616);
    table.by_row[row][1] = make_short_way(status_table[row], edition::rfc9110);
  }
  return table;
}
inline constexpr short_way_table short_ways = make_short_ways();

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

// The pass of the short way: at most one Content-Length line, a plain number that matches
// the content, no Transfer-Encoding, and the `required` names there. `id_of` gives a line's
// name id among those read, or -1; `lengths` holds their lengths.
template <class IdOf>
constexpr bool framing_and_presence_hold(const response_view& response, std::uint64_t lengths,
                                         IdOf id_of, std::uint32_t required) noexcept {
  std::uint32_t present = 0;
  const field* length_line = nullptr;
  for (const field& line : response.fields()) {
    if (((lengths >> (line.name.size() & name_table::max_length)) & 1u) == 0) continue;
    const int id = id_of(line.name);
    if (id < 0) continue;
    if (id == transfer_encoding_id) return false;
    if (id == content_length_id) {
      if (length_line != nullptr) return false;
      length_line = &line;
    }
    present |= std::uint32_t{1} << id;
  }
  if ((present & required) != required) return false;
  if (length_line == nullptr) return true;
  std::uint64_t declared = 0;
  if (!read_plain_number(length_line->value, declared)) return false;
  const auto content = response.content_length();
  return !content.has_value() || declared == *content;
}

// The same, for a code that requires fields. Out of line, so that the most common case above
// keeps its registers (measured: about a quarter of its time).
HTTPSTATUS_NOINLINE constexpr bool framing_and_presence_hold_for(const response_view& response,
                                                                 const short_way& way) noexcept {
  const std::uint32_t ids = way.reads.ids;
  return framing_and_presence_hold(
      response, way.reads.lengths,
      [ids](std::string_view name) { return name_id_among(name, ids); }, way.required);
}

// True when validation would find nothing in this exchange; false when it might. `row` is
// the status's row (-1: none).
constexpr bool certainly_clean(const response_view& response, const request_view* request,
                               edition e, int row) noexcept {
  if (row < 0 || response.omitted_fields() != 0) return false;
  const short_way& way = short_ways.by_row[row][e == edition::rfc9110 ? 1 : 0];
  if (!way.usable) return false;
  const std::string_view reason = response.reason();
  if (!reason.empty() && reason != status_table[row].in(e).reason_phrase) return false;
  if (request != nullptr) {
    // HEAD and CONNECT change the content and framing rules; leave them to the full checks
    const std::string_view method = request->method();
    if (request->omitted_fields() != 0 || method == "HEAD" || method == "CONNECT") return false;
  }
  if (way.required == 0) {
    // Most codes: the two framing names only, compared directly (what the benchmark's 200 is).
    constexpr auto framing_id_of = [](std::string_view name) {
      if (is_name(name, static_cast<std::size_t>(content_length_id))) return content_length_id;
      if (is_name(name, static_cast<std::size_t>(transfer_encoding_id))) {
        return transfer_encoding_id;
      }
      return -1;
    };
    return framing_and_presence_hold(response, names_of_every_response.lengths, framing_id_of,
                                     0);
  }
  return framing_and_presence_hold_for(response, way);
}
constexpr bool certainly_clean(const response_view& response, const request_view* request,
                               edition e) noexcept {
  return certainly_clean(response, request, e, row_of(response.status()));
}

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_COMMON_CASE_HPP
