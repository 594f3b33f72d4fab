// Validation, in one flow: the status's plan (made at compile time from the status table and
// checks[]), one pass over the field lines for the names the plan reads, then each check of
// the plan and the row's own rules, into the report. The check_* functions run one family.
#ifndef HTTPSTATUS_VALIDATE_HPP
#define HTTPSTATUS_VALIDATE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "checks.hpp"
#include "config.hpp"
#include "detail/ascii.hpp"
#include "detail/framing_fields.hpp"
#include "detail/grammar.hpp"
#include "lookup.hpp"
#include "names.hpp"
#include "parsed.hpp"
#include "plan.hpp"
#include "report.hpp"
#include "table.hpp"
#include "traits.hpp"
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
                     int status_row) noexcept
      : response(r),
        request(q),
        options(o),
        e(o.edition),
        status(r.status()),
        row(status_row),
        p(plan_for(status_row, r.status())),
        facts(r.fields(), names_to_read(status_row, r.status(), o.edition)),
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

// ---- the table's rules ---------------------------------------------------------------------

constexpr bool is_byte_range_request(const request_view& request) noexcept {
  const field* range = request.fields().find("Range");
  return range != nullptr && istarts_with(trim_ows(range->value), "bytes=");
}

// A conditional request whose validator is weak (RFC 2616 §13.3.3): If-None-Match with only
// weak entity tags, or If-Modified-Since alone (a date is a weak validator there).
constexpr bool used_weak_validator(const request_view& request) noexcept {
  if (request.fields().has("If-None-Match")) {
    bool any = false;
    const bool strong = request.fields().any_element("If-None-Match", [&](std::string_view t) {
      any = true;
      return !parse_entity_tag(t).weak;
    });
    return any && !strong;
  }
  return request.fields().has("If-Modified-Since");
}

enum class applies { yes, no, unknown };

constexpr applies condition_holds(rule_condition c, const exchange& x) noexcept {
  switch (c) {
    case rule_condition::always: return applies::yes;
    case rule_condition::unless_multipart_byteranges:
      return x.is_multipart_byteranges() ? applies::no : applies::yes;
    case rule_condition::if_multipart_byteranges:
      return x.is_multipart_byteranges() ? applies::yes : applies::no;
    case rule_condition::if_request_is_post:
      if (x.request == nullptr) return applies::no;  // needs the request: skipped, not guessed
      return x.method == post ? applies::yes : applies::no;
    case rule_condition::if_byte_range_request:
      if (x.request == nullptr) return applies::no;
      return is_byte_range_request(*x.request) ? applies::yes : applies::no;
    case rule_condition::if_weak_validator:
      return x.request != nullptr && used_weak_validator(*x.request) ? applies::yes : applies::no;
    case rule_condition::unless_weak_validator:
      return x.request != nullptr && used_weak_validator(*x.request) ? applies::no : applies::yes;
    case rule_condition::if_sent_in_200:
    case rule_condition::if_value_might_differ:
    case rule_condition::if_preferred_choice:
    case rule_condition::if_condition_temporary: break;
  }
  return applies::unknown;  // the sender's knowledge alone
}

constexpr bool request_meets(request_condition c, const request_view& request,
                             std::uint16_t method) noexcept {
  const field_span& fields = request.fields();
  switch (c) {
    case request_condition::has_range: return fields.has("Range");
    case request_condition::conditional_get_or_head:
      return (method == get || method == head) &&
             (fields.has("If-None-Match") || fields.has("If-Modified-Since"));
    case request_condition::expect_100_continue:
      // RFC 2616 §8.2.3's exception: an HTTP/1.1 PUT or POST MAY get one (an unknown
      // version is not held against it)
      return fields.list_contains("Expect", "100-continue") ||
             ((method == put || method == post) &&
              (!request.version_known() ||
               (request.version_major() == 1 && request.version_minor() == 1)));
    case request_condition::has_upgrade: return fields.has("Upgrade");
    case request_condition::has_expect: return fields.has("Expect");
    case request_condition::has_precondition:
      return fields.has("If-Match") || fields.has("If-None-Match") ||
             fields.has("If-Modified-Since") || fields.has("If-Unmodified-Since");
    case request_condition::method_is_get: return method == get;
    case request_condition::no_if_range: break;
  }
  return !fields.has("If-Range");
}

inline constexpr check_index missing_check = find_check("field.missing");
inline constexpr check_index forbidden_check = find_check("field.forbidden");

template <std::size_t N>
constexpr void check_table_fields(const exchange& x, basic_report<N>& out) noexcept {
  if (x.row < 0) return;
  const const_span<field_rule> rules = status_table[x.row].field_rules;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const field_rule& rule = rules[i];
    if (!contains(rule.editions, x.e)) continue;
    const applies holds = condition_holds(rule.condition, x);
    if (holds == applies::no) continue;
    const bool present = x.facts.has(field_rule_name_ids.by_row[x.row][i]);
    const bool forbids =
        rule.level == requirement::must_not || rule.level == requirement::should_not;
    if (present != forbids) continue;  // the rule is met
    const level lvl = holds == applies::unknown ? level::info : level_of(rule.level);
    add(out, forbids ? forbidden_check : missing_check, lvl, x.e, field_rule_number(x.row, i));
  }
}

template <std::size_t N>
constexpr void check_table_requests(const exchange& x, basic_report<N>& out) noexcept {
  if (x.row < 0 || x.request == nullptr) return;
  const const_span<request_rule> rules = status_table[x.row].request_rules;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const request_rule& rule = rules[i];
    if (!contains(rule.editions, x.e) || request_meets(rule.what, *x.request, x.method)) continue;
    add(out, check_of(rule.what), level_of(rule.level), x.e, request_rule_number(x.row, i));
  }
}

// ---- the validator's own rules -------------------------------------------------------------

// Whether check `c` of the plan fires on this exchange. `where` may be set for the record.
constexpr bool fires(check_index i, const exchange& x, std::size_t& where) noexcept {
  const check_info& c = checks[i];
  const int field_id = names_of_check.field[i];
  const auto content = x.response.content_length();
  const bool has_content = content.has_value() && *content != 0;
  switch (c.test) {
    case check_test::status_invalid:
    case check_test::status_unregistered:
    case check_test::any_response: return true;  // the plan and the scope decided
    case check_test::status_reserved:
    case check_test::status_deprecated:
      where = static_cast<std::size_t>(x.row + 1);
      return true;
    case check_test::reason_phrase: {
      const std::string_view reason = x.response.reason();
      return !reason.empty() && reason != status_table[x.row].in(x.e).reason_phrase;
    }
    case check_test::content_forbidden:
      where = static_cast<std::size_t>(x.row + 1);
      return has_content;
    case check_test::content_present: return has_content;
    case check_test::content_empty: {
      // "Except when responding to a HEAD request": a declared Content-Length: 0 says the
      // GET would have had none either; empty content says so only when the method is known
      if (x.length.usable() && !x.codings.present && x.length.value == 0) return true;
      return content.has_value() && *content == 0 && x.request != nullptr && x.method != head;
    }
    case check_test::zero_length_declared:
      return content.has_value() && *content == 0 && !x.codings.present &&
             !(x.length.usable() && x.length.value == 0);
    case check_test::length_with_coding:
      return x.length.present && x.codings.present &&
             (x.e == edition::rfc9110 || x.codings.non_identity);
    case check_test::length_invalid: return x.length.invalid;
    case check_test::length_conflict: return x.length.conflicting;
    case check_test::length_repeated: return x.length.repeated && !x.length.conflicting;
    case check_test::length_mismatch: {
      // only where Content-Length delimits this message's content: not in a response to HEAD
      // or a 304 (RFC 9110 §8.6), not beside Transfer-Encoding, not in a 2xx to CONNECT, and,
      // without the request, not for empty content (which may answer HEAD)
      if (!x.length.usable() || x.codings.present || !content) return false;
      if (content_rule_at(x.row, x.status) == content_rule::never) return false;
      if (x.method == connect && is_successful(x.status)) return false;
      if (x.request != nullptr ? x.method == head : *content == 0) return false;
      return x.length.value != *content;
    }
    case check_test::chunked_repeated: return x.codings.chunked > 1;
    case check_test::chunked_not_last: return x.codings.chunked > 0 && !x.codings.chunked_last;
    case check_test::field_present:
      return x.facts.has(field_id) || x.facts.has(names_of_check.token[i]);
    case check_test::date_missing:
      return x.options.clock != origin_clock::no && !x.facts.has(field_id);
    case check_test::date_without_clock:
      return x.options.clock == origin_clock::no && x.facts.has(field_id);
    case check_test::field_invalid:
      return x.each_value(field_id,
                          [&c](std::string_view v) { return !matches(c.grammar, v); });
    case check_test::field_repeated: break;  // one finding a field: see run_check
    case check_test::field_lacks_token:
      return x.facts.has(names_of_check.when_present[i]) &&
             !x.each_value(field_id, [&c](std::string_view v) {
               return any_list_element(v, [&c](std::string_view t) { return iequals(t, c.token); });
             });
    case check_test::range_unsatisfied:
    case check_test::range_not_unsatisfied: {
      if (!x.facts.has(content_range_id)) return false;
      const content_range range = parse_content_range(x.first_value(content_range_id));
      return c.test == check_test::range_unsatisfied ? range.unsatisfied
                                                      : !(range.unsatisfied && range.valid);
    }
    case check_test::range_length: {
      if (!x.facts.has(content_range_id) || x.is_multipart_byteranges()) return false;
      const content_range range = parse_content_range(x.first_value(content_range_id));
      std::uint64_t length = 0;
      if (!range.valid || range.unsatisfied || !x.full_length(length)) return false;
      return length != range.last - range.first + 1;
    }
    case check_test::multipart_boundary:
      return x.is_multipart_byteranges() &&
             !has_parameter(x.first_value(content_type_id), "boundary");
    case check_test::multipart_one_range: {
      const field* range = x.request_field("Range");
      return x.is_multipart_byteranges() && range != nullptr &&
             range->value.find(',') == std::string_view::npos;
    }
    case check_test::interim_to_http_1_0: return below_http_1_1(*x.request);
    case check_test::coding_to_http_1_0:
      return x.codings.present && below_http_1_1(*x.request);
    case check_test::allow_lists_method:
      return x.facts.has(field_id) &&
             x.each_value(field_id, [&x](std::string_view v) {
               return any_list_element(v, [&x](std::string_view m) { return m == x.request->method(); });
             });
    case check_test::upgrade_not_offered: {
      const field* offered = x.request_field("Upgrade");
      if (offered == nullptr) return false;  // request.upgrade says so
      return x.response.fields().any_element(c.field, [&](std::string_view protocol) {
        return !x.request->fields().list_contains("Upgrade", protocol);
      });
    }
    case check_test::only_if_none_match: {
      const field_span& asked = x.request->fields();
      return asked.has("If-None-Match") && !asked.has("If-Match") &&
             !asked.has("If-Unmodified-Since");
    }
    case check_test::if_match_failed: {
      // RFC 9110 §13.2.1: ignored on CONNECT, OPTIONS and TRACE
      const field* listed = x.request_field("If-Match");
      if (listed == nullptr || (x.method & (connect | options | trace)) != 0) return false;
      if (trim_ows(listed->value) == "*") return false;
      const entity_tag tag = parse_entity_tag(x.first_value(etag_id));
      return tag.valid() && !x.request_lists("If-Match", tag, etag_comparison::strong);
    }
    case check_test::if_none_match_matched: {
      const field* listed = x.request_field("If-None-Match");
      if (listed == nullptr) return false;
      if (trim_ows(listed->value) == "*") return true;  // a 2xx: a representation exists
      const entity_tag tag = parse_entity_tag(x.first_value(etag_id));
      return tag.valid() && x.request_lists("If-None-Match", tag, etag_comparison::weak);
    }
    case check_test::if_range_failed: {
      const field* validator = x.request_field("If-Range");
      if (validator == nullptr || x.request_field("Range") == nullptr) return false;
      const std::string_view v = trim_ows(validator->value);
      if (!v.empty() && (v.front() == '"' || v.substr(0, 2) == "W/")) {
        return x.facts.has(etag_id) &&
               !strong_match(parse_entity_tag(v), parse_entity_tag(x.first_value(etag_id)));
      }
      // an HTTP-date matches only the Last-Modified it equals exactly (§13.1.5)
      return x.facts.has(last_modified_id) && x.first_value(last_modified_id) != v;
    }
    case check_test::fields_omitted:
      return x.response.omitted_fields() != 0 ||
             (x.request != nullptr && x.request->omitted_fields() != 0);
    case check_test::table_field_rule:
    case check_test::table_request_rule:
    case check_test::syntax_whitespace_before_colon:
    case check_test::syntax_obs_fold:
    case check_test::syntax_lf_line_ending: break;  // not in any plan
  }
  return false;
}

// The level a finding of `c` is reported at: its level in the edition, except that a missing
// Date is at most a warning while the sender's clock is not known.
constexpr level level_for(const check_info& c, const exchange& x) noexcept {
  const level l = c.in(x.e).level;
  if (c.test == check_test::date_missing && x.options.clock == origin_clock::unknown &&
      l == level::error) {
    return level::warning;
  }
  return l;
}

template <std::size_t N>
constexpr void run_check(check_index i, const exchange& x, basic_report<N>& out) noexcept {
  const check_info& c = checks[i];
  // a step that needs the request has it by now (active_steps); some want one method
  if (c.scope.methods != any_method && (c.scope.methods & x.method) == 0) return;
  if (c.test == check_test::field_repeated) {  // one finding for each field repeated
    for (std::uint64_t bits = x.facts.repeated & non_list_ids; bits != 0; bits &= bits - 1) {
      add(out, i, level_for(c, x), x.e, static_cast<std::size_t>(lowest_bit(bits)) + 1);
    }
    return;
  }
  std::size_t where = 0;
  if (fires(i, x, where)) add(out, i, level_for(c, x), x.e, where);
}

// The steps of the plan that can fire on this exchange, from what the pass found: one bit
// each. The rest are settled without being looked at.
constexpr std::uint64_t active_steps(const exchange& x, unsigned families) noexcept {
  const plan& p = x.p;
  std::uint64_t active = p.always;
  for (std::size_t k = 0; k < p.trigger_count; ++k) {
    if (x.facts.has(p.trigger_names[k])) active |= p.by_name[k];
  }
  active &= p.in_edition[x.e == edition::rfc9110 ? 1 : 0];
  if (x.request == nullptr) active &= ~p.with_request;  // skipped, not guessed
  std::uint64_t wanted = 0;
  for (unsigned f = 0; f < 5; ++f) {
    if ((families >> f) & 1u) wanted |= p.family[f];
  }
  return active & wanted;
}

// Runs the steps of `active` below step `end`, in order, and clears them.
template <std::size_t N>
constexpr void run_steps(const exchange& x, std::uint64_t& active, std::size_t end,
                         basic_report<N>& out) noexcept {
  const std::uint64_t below = end >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << end) - 1;
  for (std::uint64_t bits = active & below; bits != 0; bits &= bits - 1) {
    run_check(x.p.steps[lowest_bit(bits)], x, out);
  }
  active &= ~below;
}

// Which families to run, as bits (1 << check_family).
inline constexpr unsigned every_family = 0x1F;

// The one flow: the plan's steps that can fire, family by family, the row's field rules
// before the fields family's and its request rules before the request family's.
template <std::size_t N>
constexpr void run(const response_view& response, const request_view* request,
                   validation_options options, unsigned families, basic_report<N>& out) noexcept {
  const exchange x(response, request, options, row_of(response.status()));
  std::uint64_t active = active_steps(x, families);
  run_steps(x, active, x.p.fields_start, out);
  if ((families >> static_cast<unsigned>(check_family::fields)) & 1u) check_table_fields(x, out);
  run_steps(x, active, x.p.request_start, out);
  if ((families >> static_cast<unsigned>(check_family::request)) & 1u) check_table_requests(x, out);
  run_steps(x, active, 64, out);
}

template <std::size_t N>
constexpr void run_family(const response_view& response, const request_view* request,
                          validation_options options, check_family f,
                          basic_report<N>& out) noexcept {
  run(response, request, options, 1u << static_cast<unsigned>(f), out);
}

}  // namespace detail

/// Registry rules: a status outside 100-599, an unregistered, reserved or deprecated code,
/// a reason phrase other than the edition's, and field lines an adapter left out.
template <std::size_t N>
constexpr void check_registry(const response_view& response, edition e,
                              basic_report<N>& out) noexcept {
  detail::run_family(response, nullptr, e, check_family::registry, out);
}

/// Content rules: none in 1xx, 204, 304; none sent in 205; none in a response to HEAD or a
/// 2xx to CONNECT (RFC 9110); an explanation in 4xx and 5xx; Content-Length: 0 in an empty
/// 200 to OPTIONS (RFC 2616). The rules on the method need the request.
template <std::size_t N>
constexpr void check_content(const response_view& response, const request_view* request,
                             validation_options options, basic_report<N>& out) noexcept {
  detail::run_family(response, request, options, check_family::content, out);
}

/// Framing rules: Content-Length with Transfer-Encoding; a malformed, conflicting, repeated
/// or wrong Content-Length; chunked applied twice or not last; Content-Length or
/// Transfer-Encoding where forbidden.
template <std::size_t N>
constexpr void check_framing(const response_view& response, const request_view* request,
                             validation_options options, basic_report<N>& out) noexcept {
  detail::run_family(response, request, options, check_family::framing, out);
}

/// Field rules: the status table's header-field rules for the code, Date, repeated fields,
/// the values the rules read (dates, URIs, challenges, ranges, entity tags), Connection's
/// "upgrade" beside Upgrade, and the range rules of 206 and 416. Rules whose condition only
/// the sender can know are reported as info when their field is absent; rules that need the
/// request are skipped without it.
template <std::size_t N>
constexpr void check_fields(const response_view& response, const request_view* request,
                            validation_options options, basic_report<N>& out) noexcept {
  detail::run_family(response, request, options, check_family::fields, out);
}

/// Request-aware rules: the status table's preconditions (Range for 206/416, a conditional
/// GET or HEAD for 304, Expect for 100 and 417, Upgrade for 101, a precondition for 412), no
/// 1xx to HTTP/1.0, the protocols a 101 may switch to, a 405 whose Allow lists the refused
/// method, a 201 to a safe method (RFC 2616), and whether the request's preconditions were
/// evaluated (If-Match, If-None-Match, If-Range against the response's validators).
template <std::size_t N>
constexpr void check_request(const response_view& response, const request_view& request,
                             validation_options options, basic_report<N>& out) noexcept {
  detail::run_family(response, &request, options, check_family::request, out);
}

/// Runs every check on a response view, with the request view when `request` is set, adding
/// to `out` (which may already hold findings, such as check_syntax's).
template <std::size_t N>
constexpr void validate_into(const response_view& response, const request_view* request,
                             validation_options options, basic_report<N>& out) noexcept {
  detail::run(response, request, options, detail::every_family, out);
}

/// As validate_into, into a new report of capacity N.
template <std::size_t N = HTTPSTATUS_REPORT_CAPACITY>
HTTPSTATUS_NODISCARD constexpr basic_report<N> validate_view(const response_view& response,
                                                             const request_view* request,
                                                             validation_options options) noexcept {
  basic_report<N> out;
  validate_into(response, request, options, out);
  return out;
}

/// Validates a response (any type response_traits accepts) in an edition, or with options.
template <class Response>
HTTPSTATUS_NODISCARD constexpr report validate(const Response& response,
                                               validation_options options = {}) noexcept(
    noexcept(response_traits<Response>::to_view(response))) {
  const auto& adapted = response_traits<Response>::to_view(response);
  const response_view& view = adapted;  // no copy when it is a view already
  return validate_view(view, nullptr, options);
}

/// Validates a response together with the request it answers.
template <class Response, class Request,
          class = std::enable_if_t<!std::is_convertible<Request, validation_options>::value>>
HTTPSTATUS_NODISCARD constexpr report validate(const Response& response, const Request& request,
                                               validation_options options = {}) noexcept(
    noexcept(response_traits<Response>::to_view(response)) &&
    noexcept(request_traits<Request>::to_view(request))) {
  const auto& adapted_response = response_traits<Response>::to_view(response);
  const auto& adapted_request = request_traits<Request>::to_view(request);
  const response_view& response_v = adapted_response;
  // a copy: GCC will not compare the address of a temporary with nullptr in a constant
  // expression, and validate_view takes the request by pointer
  const request_view request_v = adapted_request;
  return validate_view(response_v, &request_v, options);
}

namespace detail {
constexpr syntax_note note_of(check_test t) noexcept {
  switch (t) {
    case check_test::syntax_whitespace_before_colon: return syntax_note::whitespace_before_colon;
    case check_test::syntax_obs_fold: return syntax_note::obs_fold;
    default: break;
  }
  return syntax_note::lf_line_ending;
}
}  // namespace detail

/// Syntax findings of a parsed message: what RFC 9112 says a sender must not do (white space
/// before a colon, obs-fold, a bare LF line ending), each in the editions checks[] gives it
/// (RFC 2616 allowed the first two: §2.1 implied LWS, §4.2 folding).
template <std::size_t N>
constexpr void check_syntax(const parsed_message& message, edition e,
                            basic_report<N>& out) noexcept {
  for (std::size_t i = 0; i < check_count; ++i) {
    const check_info& c = checks[i];
    if (c.family != check_family::syntax || !c.holds_in(e)) continue;
    if (message.note_line(detail::note_of(c.test)) != 0) {
      detail::add(out, static_cast<check_index>(i), e);
    }
  }
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_VALIDATE_HPP
