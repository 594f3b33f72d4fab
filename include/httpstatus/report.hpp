// Findings and the fixed-capacity report that collects them: no allocation, constexpr.
#ifndef HTTPSTATUS_REPORT_HPP
#define HTTPSTATUS_REPORT_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>  // also declares std::input_iterator_tag in libstdc++, libc++ and MSVC's
                        // library; <iterator> would add its stream iterators to every build

#include "checks.hpp"
#include "config.hpp"
#include "names.hpp"
#include "rule_id.hpp"
#include "table.hpp"
#include "types.hpp"

/// How many findings a `report` stores; more are counted (and fail `ok()` if errors) but not
/// stored. Override before including httpstatus.
#ifndef HTTPSTATUS_REPORT_CAPACITY
#define HTTPSTATUS_REPORT_CAPACITY 32
#endif

namespace httpstatus {

/// One broken (or advised) rule.
struct finding {
  std::string_view rule;       ///< a stable id, e.g. "field.missing"
  httpstatus::level level;     ///< error, warning or info
  std::string_view field;      ///< the field it concerns; "" if none
  std::string_view citation;   ///< e.g. "RFC 2616 §10.4.2"
  std::string_view message;    ///< one line
  std::string_view condition;  ///< when the rule applies, if it is conditional; else ""
};

template <std::size_t Capacity>
class basic_report;

namespace detail {

// Every rule of the status table has a number: row 0's field rules, then its request rules,
// then row 1's, and so on. A finding of a table rule is stored as that number.
constexpr std::size_t count_table_rules() noexcept {
  std::size_t n = 0;
  for (const status_info& row : status_table) n += row.field_rules.size() + row.request_rules.size();
  return n;
}
inline constexpr std::size_t table_rule_count = count_table_rules();
static_assert(table_rule_count < 65535, "httpstatus: a finding stores a table rule's number in 16 bits");

struct table_rule_numbering {
  std::uint16_t first[status_count]{};           // the number of each row's first rule
  std::uint8_t row_of[table_rule_count + 1]{};  // the row of each number
};
constexpr table_rule_numbering make_table_rule_numbering() noexcept {
  table_rule_numbering numbering;
  std::size_t n = 0;
  for (std::size_t row = 0; row < status_count; ++row) {
    numbering.first[row] = static_cast<std::uint16_t>(n);
    const std::size_t rules =
        status_table[row].field_rules.size() + status_table[row].request_rules.size();
    for (std::size_t i = 0; i < rules; ++i) numbering.row_of[n++] = static_cast<std::uint8_t>(row);
  }
  return numbering;
}
inline constexpr table_rule_numbering table_rule_numbers = make_table_rule_numbering();

constexpr std::size_t field_rule_number(int row, std::size_t i) noexcept {
  return table_rule_numbers.first[row] + i;
}
constexpr std::size_t request_rule_number(int row, std::size_t i) noexcept {
  return table_rule_numbers.first[row] + status_table[row].field_rules.size() + i;
}

// What a report stores of a finding: four bytes that say which rule broke, at what level, in
// which edition, and where in the tables the rest of it is (a table rule's number, the
// status's row + 1, or a field name's id + 1; 0: nowhere). A report is made for every
// validation, so it must be cheap to create; the finding's text is read from the tables when
// it is asked for.
struct finding_record {
  std::uint16_t what;   // check index, level << 9, edition << 11
  std::uint16_t where;

  constexpr check_index rule() const noexcept { return static_cast<check_index>(what & 511); }
  constexpr httpstatus::level level() const noexcept {
    return static_cast<httpstatus::level>((what >> 9) & 3);
  }
  constexpr httpstatus::edition edition() const noexcept {
    return static_cast<httpstatus::edition>((what >> 11) & 1);
  }
};
static_assert(check_count <= 512 && static_cast<int>(level::info) < 4,
              "httpstatus: finding_record packs a check into 9 bits and a level into 2");

constexpr finding_record make_record(check_index c, httpstatus::level l, httpstatus::edition e,
                                     std::size_t where) noexcept {
  return finding_record{static_cast<std::uint16_t>(static_cast<unsigned>(c) |
                                                   static_cast<unsigned>(l) << 9 |
                                                   static_cast<unsigned>(e) << 11),
                        static_cast<std::uint16_t>(where)};
}

constexpr finding to_finding(const finding_record& r) noexcept {
  const check_info& info = info_of(r.rule());
  const edition e = r.edition();
  finding f{info.id, r.level(), info.field, info.in(e).citation, info.message, {}};
  switch (info.source) {
    case check_source::status_row:
      if (r.where != 0) f.citation = status_table[r.where - 1].in(e).citation;
      break;
    case check_source::status_content:  // an unregistered status keeps the check's citation
      if (r.where != 0) f.citation = status_table[r.where - 1].in(e).content_citation;
      break;
    case check_source::table_rule: {
      const std::size_t row = table_rule_numbers.row_of[r.where];
      const std::size_t i = r.where - table_rule_numbers.first[row];
      const status_info& info_row = status_table[row];
      if (info.test == check_test::table_field_rule) {
        const field_rule& rule = info_row.field_rules[i];
        f.field = rule.field;
        f.citation = rule.citation;
        f.condition = describe(rule.condition);
      } else {
        f.citation = info_row.request_rules[i - info_row.field_rules.size()].citation;
      }
      break;
    }
    case check_source::own:
      if (info.field.empty() && r.where != 0) f.field = known_names.names[r.where - 1];
      break;
    case check_source::library: break;
  }
  return f;
}

// The one way findings enter a report: through the check functions, which alone know rules.
struct report_access {
  template <std::size_t N>
  static constexpr void push(basic_report<N>& out, const finding_record& r) noexcept {
    out.push(r);
  }
};

}  // namespace detail

/// The findings of one validation, in a fixed capacity. A range of `finding` values: each is
/// read from the tables when asked for, so the report itself stays a few bytes a finding.
template <std::size_t Capacity>
class basic_report {
  static_assert(Capacity > 0 && Capacity <= 65535,
                "httpstatus: a report has room for 1 to 65535 findings");

 public:
  /// Yields findings by value (an input iterator; `reference` is `finding`).
  class const_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = finding;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = finding;

    constexpr const_iterator() noexcept = default;
    HTTPSTATUS_NODISCARD constexpr finding operator*() const noexcept {
      return detail::to_finding(*at_);
    }
    constexpr const_iterator& operator++() noexcept {
      ++at_;
      return *this;
    }
    constexpr const_iterator operator++(int) noexcept {
      const const_iterator old = *this;
      ++at_;
      return old;
    }
    friend constexpr bool operator==(const_iterator a, const_iterator b) noexcept {
      return a.at_ == b.at_;
    }
    friend constexpr bool operator!=(const_iterator a, const_iterator b) noexcept {
      return a.at_ != b.at_;
    }

   private:
    friend class basic_report;
    constexpr explicit const_iterator(const detail::finding_record* at) noexcept : at_(at) {}
    const detail::finding_record* at_ = nullptr;
  };
  using iterator = const_iterator;
  using value_type = finding;
  using size_type = std::size_t;

  constexpr basic_report() noexcept = default;

  /// True when no finding is an error (counting any that did not fit).
  HTTPSTATUS_NODISCARD constexpr bool ok() const noexcept { return errors() == 0; }
  HTTPSTATUS_NODISCARD constexpr std::size_t count(httpstatus::level l) const noexcept {
    return counts_[static_cast<std::size_t>(l)];
  }
  HTTPSTATUS_NODISCARD constexpr std::size_t errors() const noexcept { return count(level::error); }
  HTTPSTATUS_NODISCARD constexpr std::size_t warnings() const noexcept {
    return count(level::warning);
  }
  HTTPSTATUS_NODISCARD constexpr std::size_t infos() const noexcept { return count(level::info); }
  /// Findings counted but not stored because the capacity was reached.
  HTTPSTATUS_NODISCARD constexpr std::size_t dropped() const noexcept {
    return errors() + warnings() + infos() - size_;
  }

  HTTPSTATUS_NODISCARD constexpr const_iterator begin() const noexcept {
    return const_iterator(items_);
  }
  HTTPSTATUS_NODISCARD constexpr const_iterator end() const noexcept {
    return const_iterator(items_ + size_);
  }
  HTTPSTATUS_NODISCARD constexpr std::size_t size() const noexcept { return size_; }
  HTTPSTATUS_NODISCARD static constexpr std::size_t capacity() noexcept { return Capacity; }
  HTTPSTATUS_NODISCARD constexpr bool empty() const noexcept { return size_ == 0; }
  /// The i-th stored finding. Precondition: i < size().
  HTTPSTATUS_NODISCARD constexpr finding operator[](std::size_t i) const noexcept {
    return detail::to_finding(items_[i]);
  }

  /// Whether a stored finding has this rule id (and this field, when one is given).
  HTTPSTATUS_NODISCARD constexpr bool has(std::string_view rule,
                                          std::string_view field = {}) const noexcept {
    return index_of(rule, field) < size_;
  }
  /// The same by a constant of rules.hpp, which the compiler checks:
  /// `has(rule::field_missing, "Allow")`.
  HTTPSTATUS_NODISCARD constexpr bool has(rule_id rule, std::string_view field = {}) const noexcept {
    return has(rule.id(), field);
  }
  /// The first stored finding with this rule id (and field, when given), if there is one.
  HTTPSTATUS_NODISCARD constexpr std::optional<finding> find(
      std::string_view rule, std::string_view field = {}) const noexcept {
    const std::size_t i = index_of(rule, field);
    if (i == size_) return std::nullopt;
    return detail::to_finding(items_[i]);
  }
  HTTPSTATUS_NODISCARD constexpr std::optional<finding> find(
      rule_id rule, std::string_view field = {}) const noexcept {
    return find(rule.id(), field);
  }

 private:
  friend struct detail::report_access;

  // Counts the finding; stores it if there is room.
  constexpr void push(const detail::finding_record& r) noexcept {
    ++counts_[static_cast<std::size_t>(r.level())];
    if (size_ < Capacity) items_[size_++] = r;
  }

  constexpr std::size_t index_of(std::string_view rule, std::string_view field) const noexcept {
    std::size_t i = 0;
    for (; i < size_; ++i) {
      if (info_of(items_[i].rule()).id != rule) continue;
      if (field.empty() || detail::to_finding(items_[i]).field == field) break;
    }
    return i;
  }

  detail::finding_record items_[Capacity]{};
  std::uint16_t size_ = 0;
  std::uint32_t counts_[3]{};
};

using report = basic_report<HTTPSTATUS_REPORT_CAPACITY>;

namespace detail {

// Adds a finding of check `c` at level `l`; `where` as finding_record says.
template <std::size_t N>
constexpr void add(basic_report<N>& out, check_index c, httpstatus::level l, edition e,
                   std::size_t where = 0) noexcept {
  report_access::push(out, make_record(c, l, e, where));
}

// Adds the finding of one of the validator's own checks at its level in the edition.
template <std::size_t N>
constexpr void add(basic_report<N>& out, check_index c, edition e, std::size_t where = 0) noexcept {
  add(out, c, info_of(c).in(e).level, e, where);
}

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_REPORT_HPP
