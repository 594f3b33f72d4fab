// One exchange as validation sees it: the one pass over the response's field lines for the
// names its plan reads (which are there, which repeat, where each first is), and what every
// check asks of the exchange, worked out once.
#ifndef HTTPSTATUS_EXCHANGE_HPP
#define HTTPSTATUS_EXCHANGE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checks.hpp"
#include "config.hpp"
#include "detail/ascii.hpp"
#include "detail/framing_fields.hpp"
#include "lookup.hpp"
#include "names.hpp"
#include "plan.hpp"
#include "types.hpp"
#include "view.hpp"

namespace httpstatus {
namespace detail {

// ---- the one pass ----------------------------------------------------------------------------

// What the pass learns of the names it reads: which are there, which on more than one line,
// and the first line of each.
struct field_facts {
  static constexpr std::uint16_t far = 0xFFFF;  // a first line past this is searched for
  std::uint64_t present = 0;
  std::uint64_t repeated = 0;
  std::uint16_t first[known_names.count]{};

  constexpr field_facts(const field_span& fields, const name_set& wanted) noexcept {
    // locals, so that the loop keeps them in registers
    const std::uint64_t ids = wanted.ids;
    const std::uint64_t lengths = wanted.lengths;
    std::uint64_t seen = 0;
    std::uint64_t again = 0;
    const field* const begin = fields.begin();
    for (const field* line = begin; line != fields.end(); ++line) {
      // the test of most lines: a shift, no memory read (lengths past 63 wrap around;
      // is_name compares the whole length)
      if (((lengths >> (line->name.size() & 63u)) & 1u) == 0) continue;
      const int id = name_id_among(line->name, ids);
      if (id < 0) continue;
      const std::uint64_t bit = std::uint64_t{1} << id;
      if ((seen & bit) == 0) {
        const auto i = static_cast<std::size_t>(line - begin);
        first[id] = i < far ? static_cast<std::uint16_t>(i) : far;
      } else {
        again |= bit;
      }
      seen |= bit;
    }
    present = seen;
    repeated = again;
  }
  constexpr bool has(int id) const noexcept { return id >= 0 && ((present >> id) & 1u) != 0; }
};

// Whether the request's version is known to be below HTTP/1.1.
constexpr bool below_http_1_1(const request_view& request) noexcept {
  return request.version_known() &&
         (request.version_major() < 1 || (request.version_major() == 1 && request.version_minor() < 1));
}

// The media type of a Content-Type value, without parameters, and whether a parameter named
// `name` has a value.
constexpr std::string_view media_type(std::string_view value) noexcept {
  return trim_ows(value.substr(0, value.find(';')));
}
constexpr bool has_parameter(std::string_view value, std::string_view name) noexcept {
  std::size_t at = value.find(';');
  while (at != std::string_view::npos) {
    std::string_view rest = value.substr(at + 1);
    const std::size_t next = rest.find(';');
    const std::string_view parameter = trim_ows(rest.substr(0, next));
    const std::size_t eq = parameter.find('=');
    if (eq != std::string_view::npos && iequals(trim_ows(parameter.substr(0, eq)), name) &&
        !trim_ows(parameter.substr(eq + 1)).empty()) {
      return true;
    }
    at = next == std::string_view::npos ? next : at + 1 + next;
  }
  return false;
}

// What every check asks of one exchange, worked out once.
struct exchange {
  // Calls `visit(value)` for each line of known name `id`, from the first; stops when it
  // returns true.
  template <class Visit>
  constexpr bool each_value(int id, Visit&& visit) const noexcept {
    if (!facts.has(id)) return false;
    const field_span& fields = response.fields();
    std::size_t i = facts.first[id];
    if (facts.first[id] == field_facts::far) i = 0;
    const bool more = ((facts.repeated >> id) & 1u) != 0 || facts.first[id] == field_facts::far;
    if (!more) return visit(fields[i].value);
    for (; i < fields.size(); ++i) {
      if (is_name(fields[i].name, static_cast<std::size_t>(id)) && visit(fields[i].value)) {
        return true;
      }
    }
    return false;
  }
  constexpr exchange(const response_view& r, const request_view* q, validation_options o,
                     int status_row, const plan_table& all_plans) noexcept
      : response(r),
        request(q),
        options(o),
        e(o.edition),
        status(r.status()),
        row(status_row),
        plans(all_plans),
        p(plan_for(all_plans, status_row, r.status())),
        facts(r.fields(), names_to_read(all_plans, status_row, r.status(), o.edition)),
        method(q != nullptr ? method_bit(q->method()) : std::uint16_t{0}) {
    if (facts.has(content_length_id)) {
      each_value(content_length_id, [this](std::string_view v) { return !length.read_line(v); });
    }
    if (facts.has(transfer_encoding_id)) {
      each_value(transfer_encoding_id, [this](std::string_view v) {
        codings.read_line(v);
        return false;
      });
    }
  }

  const response_view& response;
  const request_view* request;
  validation_options options;
  edition e;
  int status;
  int row;  // -1: not registered
  const plan_table& plans;
  const plan& p;
  field_facts facts;
  std::uint16_t method;  // method_bit of the request; 0 without one
  content_length_reading length;
  transfer_coding_reading codings;

  constexpr std::string_view first_value(int id) const noexcept {
    std::string_view out;
    each_value(id, [&out](std::string_view v) {
      out = v;
      return true;
    });
    return out;
  }
  constexpr bool is_multipart_byteranges() const noexcept {
    return facts.has(content_type_id) &&
           iequals(media_type(first_value(content_type_id)), "multipart/byteranges");
  }
  constexpr const field* request_field(std::string_view name) const noexcept {
    return request != nullptr ? request->fields().find(name) : nullptr;
  }
  // Whether a line of the request's field `name` lists an entity tag that matches `tag`.
  constexpr bool request_lists(std::string_view name, const entity_tag& tag,
                               etag_comparison how) const noexcept {
    for (const field& f : request->fields()) {
      if (iequals(f.name, name) && list_matches(f.value, tag, how)) return true;
    }
    return false;
  }
  // The length of the content the message would have carried, were it not a response to HEAD:
  // a usable Content-Length without Transfer-Encoding, else the content's own length when it
  // is not a HEAD response's. False when neither is known.
  constexpr bool full_length(std::uint64_t& out) const noexcept {
    if (length.usable() && !codings.present) {
      out = length.value;
      return true;
    }
    const auto content = response.content_length();
    if (!content || request == nullptr || method == head) return false;
    out = *content;
    return true;
  }
};

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_EXCHANGE_HPP
