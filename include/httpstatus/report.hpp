// Findings and the fixed-capacity report that collects them: no allocation, constexpr.
#ifndef HTTPSTATUS_REPORT_HPP
#define HTTPSTATUS_REPORT_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config.hpp"
#include "types.hpp"

/// How many findings a `report` stores; more are counted (and fail `ok()` if errors) but not
/// stored. Override before including httpstatus.
#ifndef HTTPSTATUS_REPORT_CAPACITY
#define HTTPSTATUS_REPORT_CAPACITY 32
#endif

namespace httpstatus {

/// How serious a finding is: MUST and MUST NOT map to error, SHOULD and SHOULD NOT to
/// warning, MAY and advice to info.
enum class level : std::uint8_t { error, warning, info };

HTTPSTATUS_NODISCARD constexpr level level_of(requirement r) noexcept {
  switch (r) {
    case requirement::must:
    case requirement::must_not: return level::error;
    case requirement::should:
    case requirement::should_not: return level::warning;
    case requirement::may: break;
  }
  return level::info;
}

HTTPSTATUS_NODISCARD constexpr std::string_view to_string_view(level l) noexcept {
  switch (l) {
    case level::error: return "error";
    case level::warning: return "warning";
    case level::info: break;
  }
  return "info";
}

/// One broken (or advised) rule.
struct finding {
  std::string_view rule;       ///< a stable id, e.g. "field.missing"
  httpstatus::level level;     ///< error, warning or info
  std::string_view field;      ///< the field it concerns; "" if none
  std::string_view citation;   ///< e.g. "RFC 2616 §10.4.2"
  std::string_view message;    ///< one line
  std::string_view condition;  ///< when the rule applies, if it is conditional; else ""
};

/// The findings of one validation, in a fixed capacity.
template <std::size_t Capacity>
class basic_report {
 public:
  constexpr basic_report() noexcept = default;

  /// Stores the finding if there is room; counts it either way.
  constexpr void add(const finding& f) noexcept {
    ++counts_[static_cast<std::size_t>(f.level)];
    if (size_ < Capacity) items_[size_++] = f;
  }

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

  HTTPSTATUS_NODISCARD constexpr const finding* begin() const noexcept { return items_; }
  HTTPSTATUS_NODISCARD constexpr const finding* end() const noexcept { return items_ + size_; }
  HTTPSTATUS_NODISCARD constexpr std::size_t size() const noexcept { return size_; }
  HTTPSTATUS_NODISCARD constexpr bool empty() const noexcept { return size_ == 0; }
  /// Precondition: i < size().
  HTTPSTATUS_NODISCARD constexpr const finding& operator[](std::size_t i) const noexcept {
    return items_[i];
  }

  /// Whether a stored finding has this rule id (and this field, when one is given).
  HTTPSTATUS_NODISCARD constexpr bool has(std::string_view rule,
                                          std::string_view field = {}) const noexcept {
    return index_of(rule, field) < size_;
  }
  /// The first stored finding with this rule id (and field, when given), or nullptr.
  HTTPSTATUS_NODISCARD constexpr const finding* find(std::string_view rule,
                                                     std::string_view field = {}) const noexcept {
    const std::size_t i = index_of(rule, field);
    return i < size_ ? &items_[i] : nullptr;
  }

 private:
  // Index of the first match, or size_. (An index, not a pointer: GCC will not compare a
  // pointer into a temporary with nullptr during constant evaluation.)
  constexpr std::size_t index_of(std::string_view rule, std::string_view field) const noexcept {
    std::size_t i = 0;
    for (; i < size_; ++i) {
      if (items_[i].rule == rule && (field.empty() || items_[i].field == field)) break;
    }
    return i;
  }

  finding items_[Capacity]{};
  std::size_t size_ = 0;
  std::size_t counts_[3]{};
};

using report = basic_report<HTTPSTATUS_REPORT_CAPACITY>;

}  // namespace httpstatus

#endif  // HTTPSTATUS_REPORT_HPP
