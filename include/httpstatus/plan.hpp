// The plans, made at compile time from the status table and checks[]: for each status (rows
// whose plans would be the same share one), the validator's rules that can apply to it, each
// marked with the editions it holds in, in the order their families run, what each needs
// before it can fire, and the field names the one pass must read for them. They are made
// where a translation unit first instantiates a validation, not where it includes this
// header: one that includes the umbrella header for codes and phrases does not pay for them.
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
      ids.by_row[row][i] = static_cast<std::int8_t>(name_id(rules[i].field));
    }
  }
  return ids;
}

// The names each check reads, worked out once for all plans.
struct check_name_sets {
  name_set of[check_count];
};
constexpr check_name_sets make_check_name_sets() noexcept {
  check_name_sets sets;
  for (std::size_t i = 0; i < check_count; ++i) {
    name_set& set = sets.of[i];
    for_each_name_read(checks[i], [&set](std::string_view name) { set.add(name); });
  }
  return sets;
}

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
    case check_test::if_modified_since_unmodified: return last_modified_id;
    default: return -1;
  }
}

// What plans ask of each check of checks[], worked out once for all plans in plain numbers
// (cheaper to evaluate at compile time than the entries themselves).
struct check_fact {
  std::int8_t trigger = -1;  // a name that must be there before it can fire (-1: none)
  std::uint8_t family = 0;
  bool reads_request = false;
  bool in_plans[2]{};        // [edition]: a check of the validator's own that holds there
  rule_scope scope;
  check_test test{};
};
struct check_facts {
  check_fact of[check_count]{};
};
constexpr check_fact make_check_fact(std::size_t i) noexcept {
  const check_info& c = checks[i];
  check_fact f;
  f.trigger = static_cast<std::int8_t>(trigger_of(static_cast<check_index>(i)));
  f.family = static_cast<std::uint8_t>(c.family);
  f.reads_request = c.scope.reads_request();
  const bool own = c.source != check_source::table_rule && c.family != check_family::syntax;
  f.in_plans[0] = own && c.holds_in(edition::rfc2616);
  f.in_plans[1] = own && c.holds_in(edition::rfc9110);
  f.scope = c.scope;
  f.test = c.test;
  return f;
}
constexpr check_facts make_check_facts() noexcept {
  check_facts facts;
  for (std::size_t i = 0; i < check_count; ++i) facts.of[i] = make_check_fact(i);
  return facts;
}

// At most this many steps in one plan, and names that trigger them: a plan's steps are a
// 64-bit set.
inline constexpr std::size_t max_plan_steps = 40;
inline constexpr std::size_t max_trigger_names = 16;

struct plan {
  check_index steps[max_plan_steps]{};  // in the order of their families
  std::uint16_t count = 0;
  bool overfull = false;  // more steps or triggers than it holds (a static_assert says no)
  name_set reads[2];      // [edition]: the names the pass reads for these checks
  // Which steps can fire, by what the pass found: `always` whatever it found, `by_name[k]`
  // when the name `trigger_names[k]` is there. A step that needs the request is also in
  // `with_request`; `family[f]` holds the steps of family f.
  std::uint64_t always = 0;
  std::uint64_t with_request = 0;
  std::uint64_t in_edition[2]{};  // the steps that hold in each edition
  std::uint64_t family[5]{};
  std::int8_t trigger_names[max_trigger_names]{};
  std::uint64_t by_name[max_trigger_names]{};
  std::uint8_t trigger_count = 0;
  // The first step of the fields family and of the request family: the table's rules of
  // each run just before them.
  std::uint16_t fields_start = 0;
  std::uint16_t request_start = 0;
};

// In which editions a check of the validator's own can apply (bit e: 0 for RFC 2616, 1 for
// RFC 9110), from its scope and what the row (or its absence) says. One call for both: each
// call is costly in g++'s constant evaluator, and plans make thousands.
constexpr unsigned editions_applying(const check_fact& c, const status_info* row,
                                     int status) noexcept {
  const unsigned in_plans = (c.in_plans[0] ? 1u : 0u) | (c.in_plans[1] ? 2u : 0u);
  if (in_plans == 0 || !c.scope.covers(status)) return 0;
  const bool valid = status >= 100 && status <= 599;
  switch (c.test) {
    case check_test::status_invalid: return valid ? 0 : in_plans;
    case check_test::status_unregistered: return valid && row == nullptr ? in_plans : 0;
    case check_test::status_reserved: return row != nullptr && row->reserved ? in_plans : 0;
    case check_test::status_deprecated:
      if (row == nullptr) return 0;
      return in_plans & ((row->rfc2616.deprecated ? 1u : 0u) | (row->rfc9110.deprecated ? 2u : 0u));
    case check_test::reason_phrase: return row != nullptr && !row->reserved ? in_plans : 0;
    case check_test::content_forbidden:
      return (row != nullptr ? row->content : content_rule_at(-1, status)) != content_rule::allowed
                 ? in_plans
                 : 0;
    default: return in_plans;
  }
}

// The checks a plan can hold (the validator's own, not the table's or syntax'), in the order
// of their families (the order a plan runs them in), worked out once.
struct plannable_checks {
  check_index of[check_count]{};
  std::size_t count = 0;
};
constexpr plannable_checks make_plannable() noexcept {
  plannable_checks list;
  for (int family = 0; family <= static_cast<int>(check_family::request); ++family) {
    for (std::size_t i = 0; i < check_count; ++i) {
      const check_info& c = checks[i];
      if (static_cast<int>(c.family) != family || c.source == check_source::table_rule) continue;
      list.of[list.count++] = static_cast<check_index>(i);
    }
  }
  return list;
}

// What every plan is made from, worked out once for all of them.
struct plan_inputs {
  check_name_sets names = make_check_name_sets();
  check_facts facts = make_check_facts();
  plannable_checks plannable = make_plannable();
};

// Fills in the plan of row `row_index` (-1: none), whose status is `status`: the steps that
// apply in either edition, each marked with the editions it holds in.
constexpr void make_plan(plan& p, const plan_inputs& in, int row_index, int status) noexcept {
  const plannable_checks& plannable = in.plannable;
  const status_info* row = row_index >= 0 ? &status_table[row_index] : nullptr;
  for (int e = 0; e < 2; ++e) {
    p.reads[e].add(content_length_id);
    p.reads[e].add(transfer_encoding_id);
  }
  p.fields_start = p.request_start = 0;
  bool fields_seen = false;
  bool request_seen = false;
  for (std::size_t n = 0; n < plannable.count; ++n) {
    const check_index i = plannable.of[n];
    const check_fact& c = in.facts.of[i];
    const int family = c.family;
    // the first step of a family at or past fields (and request) marks where it starts
    if (!fields_seen && family >= static_cast<int>(check_family::fields)) {
      p.fields_start = p.count;
      fields_seen = true;
    }
    if (!request_seen && family >= static_cast<int>(check_family::request)) {
      p.request_start = p.count;
      request_seen = true;
    }
    const unsigned holds = editions_applying(c, row, status);
    if (holds == 0) continue;
    if (p.count == max_plan_steps) {
      p.overfull = true;
      continue;
    }
    const int trigger = c.trigger;
    const std::uint64_t bit = std::uint64_t{1} << p.count;
    p.steps[p.count++] = i;
    for (int e = 0; e < 2; ++e) {
      if (((holds >> e) & 1u) == 0) continue;
      p.in_edition[e] |= bit;
      p.reads[e].ids |= in.names.of[i].ids;
      p.reads[e].lengths |= in.names.of[i].lengths;
    }
    p.family[family] |= bit;
    if (c.reads_request) p.with_request |= bit;
    if (trigger < 0) {
      p.always |= bit;
      continue;
    }
    std::size_t k = 0;
    while (k < p.trigger_count && p.trigger_names[k] != trigger) ++k;
    if (k == max_trigger_names) {
      p.overfull = true;
      continue;
    }
    if (k == p.trigger_count) p.trigger_names[p.trigger_count++] = static_cast<std::int8_t>(trigger);
    p.by_name[k] |= bit;
  }
  if (!fields_seen) p.fields_start = p.count;
  if (!request_seen) p.request_start = p.count;
}

// Rows whose plans would be the same share one: a plan depends on the status only where
// checks[] names it (only, except, also), on its class otherwise, and on the row's flags.
struct named_statuses {
  std::uint64_t bits[10]{};  // 0-639
};
constexpr named_statuses make_named_statuses() noexcept {
  named_statuses named;
  for (const check_info& c : checks) {
    const rule_scope& s = c.scope;
    for (const code named_code : {s.only[0], s.only[1], s.except[0], s.except[1], s.also}) {
      const int status = to_int(named_code);
      if (status > 0 && status < 640) named.bits[status / 64] |= std::uint64_t{1} << (status % 64);
    }
  }
  return named;
}
constexpr bool named_by_checks(const named_statuses& named, int status) noexcept {
  return status > 0 && status < 640 && ((named.bits[status / 64] >> (status % 64)) & 1u) != 0;
}
// The status a slot's plan is made for, and the key that says which slots share a plan.
constexpr int plan_status(std::size_t slot) noexcept {
  if (slot < status_count) return to_int(status_table[slot].value);
  const int first_digit = static_cast<int>(slot - status_count);
  return first_digit == 0 ? 0 : first_digit * 100 + 99;  // x99 is registered in no class
}
constexpr long long plan_key(const named_statuses& named, std::size_t slot) noexcept {
  const int status = plan_status(slot);
  const int first_digit = status >= 100 && status <= 599 ? status / 100 : 0;
  long long key = named_by_checks(named, status) ? status : first_digit;
  if (slot >= status_count) return key * 256 + 1;  // unregistered
  const status_info& row = status_table[slot];
  return key * 256 + 2 + (row.reserved ? 4 : 0) + (row.rfc2616.deprecated ? 8 : 0) +
         (row.rfc9110.deprecated ? 16 : 0) + (static_cast<int>(row.content) << 5);
}

inline constexpr std::size_t max_plans = 48;

struct plan_table {
  plan by_profile[max_plans];          // the plans, one a profile
  std::uint8_t profile[plan_count]{};  // the profile of each slot
  name_set row_reads[plan_count][2];   // the names the row's own rules read: [slot][edition]
  rule_name_ids row_rule_names;        // the id of each row's field rules' names
  std::size_t profiles = 0;
  bool full = false;
};
// A template so that its call in plans<> below depends on plans' parameter: g++ evaluates a
// call that does not where it reads it.
template <class Unused>
constexpr plan_table make_plans() noexcept {
  plan_table table;
  table.row_rule_names = make_rule_name_ids();
  const plan_inputs in;
  const named_statuses named = make_named_statuses();
  long long keys[max_plans]{};
  for (std::size_t slot = 0; slot < plan_count; ++slot) {
    const long long key = plan_key(named, slot);
    std::size_t k = 0;
    while (k < table.profiles && keys[k] != key) ++k;
    if (k == table.profiles) {
      if (k == max_plans) {
        table.full = true;
        continue;
      }
      keys[table.profiles++] = key;
      const int row = slot < status_count ? static_cast<int>(slot) : -1;
      // made apart, then copied in: g++ evaluates the steps on a small object faster than
      // in place, deep in the table
      plan made{};
      make_plan(made, in, row, plan_status(slot));
      table.by_profile[k] = made;
    }
    table.profile[slot] = static_cast<std::uint8_t>(k);
    if (slot >= status_count) continue;
    const status_info& row = status_table[slot];
    for (std::size_t i = 0; i < row.field_rules.size(); ++i) {
      const field_rule& rule = row.field_rules[i];
      for (int e = 0; e < 2; ++e) {
        if (!contains(rule.editions, static_cast<edition>(e))) continue;
        name_set& reads = table.row_reads[slot][e];
        reads.add(table.row_rule_names.by_row[slot][i]);
        if (rule.condition == rule_condition::if_multipart_byteranges ||
            rule.condition == rule_condition::unless_multipart_byteranges) {
          reads.add(content_type_id);
        }
      }
    }
  }
  return table;
}

// The plans: one table for the whole program, made on first use. Code that uses them names
// plans<T> with T a type that depends on its own template parameters and is void
// (dependent_void), so that nothing is made before such code is instantiated.
template <class Unused = void>
inline constexpr plan_table plans = make_plans<Unused>();
template <std::size_t>
struct dependent_void {
  using type = void;
};

constexpr bool plans_fit(const plan_table& plans) noexcept {
  if (plans.full) return false;
  for (std::size_t k = 0; k < plans.profiles; ++k) {
    if (plans.by_profile[k].overfull) return false;
  }
  return true;
}

constexpr const plan& plan_for(const plan_table& plans, int row, int status) noexcept {
  return plans.by_profile[plans.profile[plan_slot(row, status)]];
}
// The names the pass reads for a response of row `row` (-1: none) in `e`: its plan's and its
// row's own rules'.
constexpr name_set names_to_read(const plan_table& plans, int row, int status,
                                 edition e) noexcept {
  const std::size_t slot = plan_slot(row, status);
  const int ed = e == edition::rfc9110 ? 1 : 0;
  const name_set& a = plans.by_profile[plans.profile[slot]].reads[ed];
  const name_set& b = plans.row_reads[slot][ed];
  return name_set{a.ids | b.ids, a.lengths | b.lengths};
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
