// A rule id the compiler checks: `report.has(rule::field_missing, "Allow")` does not compile
// when the name is misspelt, where `report.has("field.mising", "Allow")` is merely false.
// The constants, one per id of checks[], are in rules.hpp (generated from checks[]).
#ifndef HTTPSTATUS_RULE_ID_HPP
#define HTTPSTATUS_RULE_ID_HPP

#include <cstddef>
#include <string_view>

#include "checks.hpp"
#include "config.hpp"

namespace httpstatus {

namespace detail {
// Not constexpr on purpose: reaching it while a constant is initialized is a compile error
// ("call to non-constexpr function"), which names the id that is not in checks[].
inline void rule_id_not_in_checks() noexcept {}
// Marks the constants rules.hpp generates from checks[] (ctest rule_ids_are_current keeps
// the file equal to checks[]): a search of checks[] for each would cost every user's compile.
struct generated_rule_tag {};
inline constexpr generated_rule_tag generated_rule{};
}  // namespace detail

/// The id of one or more rules of checks[] (several rows share `field.missing`, for one).
class rule_id {
 public:
  /// Only ids of checks[]: as a constant, any other fails to compile.
  constexpr explicit rule_id(std::string_view id) noexcept : id_(id) {
    if (find_check(id) == check_count) detail::rule_id_not_in_checks();
  }
  /// The generated constants of rules.hpp (the length from the literal's type, not counted).
  template <std::size_t N>
  constexpr rule_id(const char (&id)[N], detail::generated_rule_tag) noexcept : id_(id, N - 1) {}
  HTTPSTATUS_NODISCARD constexpr std::string_view id() const noexcept { return id_; }
  HTTPSTATUS_NODISCARD friend constexpr bool operator==(rule_id a, rule_id b) noexcept {
    return a.id_ == b.id_;
  }
  HTTPSTATUS_NODISCARD friend constexpr bool operator!=(rule_id a, rule_id b) noexcept {
    return a.id_ != b.id_;
  }

 private:
  std::string_view id_;
};

}  // namespace httpstatus

#endif  // HTTPSTATUS_RULE_ID_HPP
