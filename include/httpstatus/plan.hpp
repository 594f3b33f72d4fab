// The plan of each (status, edition), made at compile time from the status table and checks[]:
// which of the validator's rules can apply to a response with that status in that edition,
// in the order their families run, and which field names the one pass must read for them.
#ifndef HTTPSTATUS_PLAN_HPP
#define HTTPSTATUS_PLAN_HPP

#include <cstddef>
#include <cstdint>

#include "checks.hpp"
#include "config.hpp"
#include "lookup.hpp"
#include "names.hpp"
#include "table.hpp"
#include "types.hpp"

namespace httpstatus {
namespace detail {

// A plan for each row, then one for each class of unregistered status: outside 100-599 (the
// "class" 0), then 1xx to 5xx.
inline constexpr std::size_t plan_count = status_count + 6;

constexpr std::size_t plan_slot(int row, int status) noexcept {
  if (row >= 0) return static_cast<std::size_t>(row);
  return status_count + static_cast<std::size_t>(status >= 100 && status <= 599 ? status / 100 : 0);
}

// The id of each row's field rules' names, so that checking a rule asks the pass directly.
constexpr std::size_t most_field_rules() noexcept {
  std::size_t most = 0;
  for (const status_info& row : status_table) {
    most = row.field_rules.size() > most ? row.field_rules.size() : most;
  }
  return most;
}
struct rule_name_ids {
  std::int8_t by_row[status_count][most_field_rules()]{};
};
constexpr rule_name_ids make_rule_name_ids() noexcept {
  rule_name_ids ids;
  for (std::size_t row = 0; row < status_count; ++row) {
    const const_span<field_rule> rules = status_table[row].field_rules;
    for (std::size_t i = 0; i < rules.size(); ++i) {
      ids.by_row[row][i] = static_cast<std::int8_t>(known_names.id_of(rules[i].field));
    }
  }
  return ids;
}
inline constexpr rule_name_ids field_rule_name_ids = make_rule_name_ids();

// The names each check reads, worked out once for all plans.
struct check_name_sets {
  name_set of[check_count];
};
constexpr check_name_sets make_check_name_sets() noexcept {
  check_name_sets sets;
  for (std::size_t i = 0; i < check_count; ++i) {
    const check_info& c = checks[i];
    name_set& set = sets.of[i];
    if (reads_own_field(c.test)) {
      set.add(c.field);
      if (c.test == check_test::field_present && !c.token.empty()) set.add(c.token);
    }
    if (!c.when_present.empty()) set.add(c.when_present);
    for_each_extra_name(c.test, [&set](std::string_view name) { set.add(name); });
  }
  return sets;
}
inline constexpr check_name_sets names_of_checks = make_check_name_sets();

// The name whose presence a check needs before it can fire (-1: none), so that the flow
// skips it on one bit of what the pass found.
constexpr int trigger_of(check_index i) noexcept {
  const check_info& c = checks[i];
  switch (c.test) {
    case check_test::field_present:
      return c.token.empty() ? names_of_check.field[i] : -1;  // either of two names
    case check_test::date_without_clock:
    case check_test::field_invalid:
    case check_test::allow_lists_method:
    case check_test::upgrade_not_offered: return names_of_check.field[i];
    case check_test::field_lacks_token: return names_of_check.when_present[i];
    case check_test::length_with_coding:
    case check_test::length_invalid:
    case check_test::length_conflict:
    case check_test::length_repeated:
    case check_test::length_mismatch: return content_length_id;
    case check_test::chunked_repeated:
    case check_test::chunked_not_last:
    case check_test::coding_to_http_1_0: return transfer_encoding_id;
    case check_test::range_unsatisfied:
    case check_test::range_not_unsatisfied:
    case check_test::range_length: return content_range_id;
    case check_test::multipart_boundary:
    case check_test::multipart_one_range: return content_type_id;
    case check_test::if_match_failed: return etag_id;
    default: return -1;
  }
}

// One step of a plan: a check, and what it needs before it can fire.
struct plan_step {
  check_index check = 0;
  std::int8_t trigger = -1;     // a name that must be there (-1: none)
  bool needs_request = false;   // checked only with the request
  std::uint8_t family = 0;
};

// At most this many steps in one plan: a plan's steps are a 64-bit set.
inline constexpr std::size_t max_plan_steps = 64;

struct plan {
  plan_step steps[max_plan_steps]{};  // in the order of their families
  std::uint16_t count = 0;
  bool overfull = false;  // more steps than a set holds (a static_assert says no)
  name_set reads;         // the names the pass reads for these checks and the row's rules
  // Which steps can fire, by what the pass found: `always` whatever it found, `by_name[k]`
  // when the name `trigger_names[k]` is there. A step that needs the request is also in
  // `with_request`; `family[f]` holds the steps of family f.
  std::uint64_t always = 0;
  std::uint64_t with_request = 0;
  std::uint64_t family[5]{};
  std::int8_t trigger_names[max_plan_steps]{};
  std::uint64_t by_name[max_plan_steps]{};
  std::uint8_t trigger_count = 0;
  // The first step of the fields family and of the request family: the table's rules of
  // each run just before them.
  std::uint16_t fields_start = 0;
  std::uint16_t request_start = 0;
};

// Whether a check of the validator's own can apply, from what the row (or its absence) says.
constexpr bool can_apply(const check_info& c, const status_info* row, int status,
                         edition e) noexcept {
  if (c.source == check_source::table_rule || c.family == check_family::syntax) return false;
  if (!c.holds_in(e) || !c.scope.covers(status)) return false;
  const bool valid = status >= 100 && status <= 599;
  switch (c.test) {
    case check_test::status_invalid: return !valid;
    case check_test::status_unregistered: return valid && row == nullptr;
    case check_test::status_reserved: return row != nullptr && row->reserved;
    case check_test::status_deprecated: return row != nullptr && row->in(e).deprecated;
    case check_test::reason_phrase: return row != nullptr && !row->reserved;
    case check_test::content_forbidden:
      return (row != nullptr ? row->content : content_rule_at(-1, status)) != content_rule::allowed;
    default: return true;
  }
}

constexpr plan make_plan(int row_index, int status, edition e) noexcept {
  const status_info* row = row_index >= 0 ? &status_table[row_index] : nullptr;
  plan p;
  p.reads.add(content_length_id);
  p.reads.add(transfer_encoding_id);
  for (int family = 0; family <= static_cast<int>(check_family::request); ++family) {
    if (family == static_cast<int>(check_family::fields)) p.fields_start = p.count;
    if (family == static_cast<int>(check_family::request)) p.request_start = p.count;
    for (std::size_t i = 0; i < check_count; ++i) {
      const check_info& c = checks[i];
      if (static_cast<int>(c.family) != family || !can_apply(c, row, status, e)) continue;
      if (p.count == max_plan_steps) {
        p.overfull = true;
        continue;
      }
      const int trigger = trigger_of(static_cast<check_index>(i));
      const std::uint64_t bit = std::uint64_t{1} << p.count;
      p.steps[p.count++] = plan_step{static_cast<check_index>(i), static_cast<std::int8_t>(trigger),
                                     c.scope.reads_request(), static_cast<std::uint8_t>(c.family)};
      p.family[family] |= bit;
      if (c.scope.reads_request()) p.with_request |= bit;
      if (trigger < 0) {
        p.always |= bit;
      } else {
        std::size_t k = 0;
        while (k < p.trigger_count && p.trigger_names[k] != trigger) ++k;
        if (k == p.trigger_count) p.trigger_names[p.trigger_count++] = static_cast<std::int8_t>(trigger);
        p.by_name[k] |= bit;
      }
      p.reads.ids |= names_of_checks.of[i].ids;
      p.reads.lengths |= names_of_checks.of[i].lengths;
    }
  }
  if (row != nullptr) {
    for (std::size_t i = 0; i < row->field_rules.size(); ++i) {
      const field_rule& rule = row->field_rules[i];
      if (!contains(rule.editions, e)) continue;
      p.reads.add(field_rule_name_ids.by_row[row_index][i]);
      if (rule.condition == rule_condition::if_multipart_byteranges ||
          rule.condition == rule_condition::unless_multipart_byteranges) {
        p.reads.add(content_type_id);
      }
    }
  }
  return p;
}

struct plan_table {
  plan by_slot[plan_count][2];  // [slot][edition]
};
constexpr plan_table make_plans() noexcept {
  plan_table table;
  for (std::size_t row = 0; row < status_count; ++row) {
    const status_info& info = status_table[row];
    for (int e = 0; e < 2; ++e) {
      table.by_slot[row][e] = make_plan(static_cast<int>(row), to_int(info.value), static_cast<edition>(e));
    }
  }
  // an unregistered status stands for its class: x99 is registered in no class
  for (int first_digit = 0; first_digit < 6; ++first_digit) {
    const int status = first_digit == 0 ? 0 : first_digit * 100 + 99;
    for (int e = 0; e < 2; ++e) {
      table.by_slot[status_count + static_cast<std::size_t>(first_digit)][e] =
          make_plan(-1, status, static_cast<edition>(e));
    }
  }
  return table;
}
inline constexpr plan_table plans = make_plans();

constexpr bool no_plan_overfull() noexcept {
  for (const auto& slot : plans.by_slot) {
    if (slot[0].overfull || slot[1].overfull) return false;
  }
  return true;
}
static_assert(no_plan_overfull(), "httpstatus: a plan has more steps than max_plan_steps");

constexpr const plan& plan_for(int row, int status, edition e) noexcept {
  return plans.by_slot[plan_slot(row, status)][e == edition::rfc9110 ? 1 : 0];
}

// The ids of the names of non_list_fields, as a set.
constexpr std::uint64_t make_non_list_ids() noexcept {
  name_set set;
  for (std::string_view name : non_list_fields) set.add(name);
  return set.ids;
}
inline constexpr std::uint64_t non_list_ids = make_non_list_ids();

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_PLAN_HPP
