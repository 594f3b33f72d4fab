// The checks of one exchange, in one flow: the plan's steps that can fire on what the pass
// found, family by family, with the status table's rules of the row, into the report.
#ifndef HTTPSTATUS_FLOW_HPP
#define HTTPSTATUS_FLOW_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checks.hpp"
#include "config.hpp"
#include "detail/ascii.hpp"
#include "detail/grammar.hpp"
#include "exchange.hpp"
#include "lookup.hpp"
#include "names.hpp"
#include "plan.hpp"
#include "report.hpp"
#include "table.hpp"
#include "types.hpp"
#include "view.hpp"

namespace httpstatus {
namespace detail {

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

inline constexpr check_index missing_check = find_check("field.missing"sv);
inline constexpr check_index forbidden_check = find_check("field.forbidden"sv);

template <std::size_t N>
constexpr void check_table_fields(const exchange& x, basic_report<N>& out) noexcept {
  if (x.row < 0) return;
  const const_span<field_rule> rules = status_table[x.row].field_rules;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const field_rule& rule = rules[i];
    if (!contains(rule.editions, x.e)) continue;
    const applies holds = condition_holds(rule.condition, x);
    if (holds == applies::no) continue;
    const bool present = x.facts.has(x.plans.row_rule_names.by_row[x.row][i]);
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
             !x.response.fields().list_contains(c.field, c.token);
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
             x.response.fields().list_contains(c.field, x.request->method(), true);
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
    case check_test::if_modified_since_unmodified: {
      const field* since = x.request_field("If-Modified-Since");
      if (since == nullptr || x.request_field("If-None-Match") != nullptr) return false;
      const std::uint64_t asked = imf_fixdate_order(trim_ows(since->value));
      const std::uint64_t modified = imf_fixdate_order(x.first_value(last_modified_id));
      if (asked == 0 || modified == 0 || modified > asked) return false;
      const std::uint64_t now = x.facts.has(date_id) ? imf_fixdate_order(x.first_value(date_id)) : 0;
      return now == 0 || asked <= now;
    }
    case check_test::expectation_unmet: {
      if (x.request_field("Expect") == nullptr) return false;
      return x.request->fields().any_element("Expect", [](std::string_view member) {
        return !iequals(member, "100-continue");
      });
    }
    case check_test::fields_omitted:
      return x.response.omitted_fields() != 0 ||
             (x.request != nullptr && x.request->omitted_fields() != 0);
    case check_test::table_field_rule:
    case check_test::table_request_rule:
    case check_test::syntax_whitespace_before_colon:
    case check_test::syntax_obs_fold:
    case check_test::syntax_lf_line_ending:
    case check_test::version_not_http1:
    case check_test::frames_connection_field:
    case check_test::frames_uppercase_name:
    case check_test::frames_switching: break;  // not in any plan: check_syntax's
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
  constexpr const plan_table& all_plans = plans<typename dependent_void<N>::type>;
  static_assert(plans_fit(all_plans), "httpstatus: more plans than max_plans, or a plan with "
                                      "more steps or triggers than it holds");
  const exchange x(response, request, options, row_of(response.status()), all_plans);
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
}  // namespace httpstatus

#endif  // HTTPSTATUS_FLOW_HPP
