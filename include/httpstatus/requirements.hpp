// Table-level questions a server asks before it writes a response: may it carry content,
// which header fields does the code call for, what must the request have had.
#ifndef HTTPSTATUS_REQUIREMENTS_HPP
#define HTTPSTATUS_REQUIREMENTS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checks.hpp"
#include "code.hpp"
#include "config.hpp"
#include "lookup.hpp"
#include "types.hpp"

namespace httpstatus {

/// Whether a response with this code, to this method, may carry content: not for 1xx, 204,
/// 304 or 205 (the table's content rule), nor where a rule of checks[] forbids content to
/// the method: to HEAD, and (RFC 9110 §9.3.6) in a 2xx to CONNECT.
HTTPSTATUS_NODISCARD constexpr bool content_allowed(int code, std::string_view method,
                                                    edition e = edition::rfc2616) noexcept {
  if (content_rule_of(code) != content_rule::allowed) return false;
  const std::uint16_t bit = detail::method_bit(method);
  for (const check_info& c : checks) {
    if (c.test == check_test::content_present && c.holds_in(e) && c.scope.covers(code) &&
        (c.scope.methods & bit) != 0) {
      return false;
    }
  }
  return true;
}
HTTPSTATUS_NODISCARD constexpr bool content_allowed(code c, std::string_view method,
                                                    edition e = edition::rfc2616) noexcept {
  return content_allowed(to_int(c), method, e);
}

/// The rules of one edition among a code's rules: a range that skips the other edition's.
template <class Rule>
class edition_rules {
 public:
  class iterator {
   public:
    constexpr iterator(const Rule* at, const Rule* end, edition e) noexcept
        : at_(at), end_(end), edition_(e) {
      skip();
    }
    HTTPSTATUS_NODISCARD constexpr const Rule& operator*() const noexcept { return *at_; }
    HTTPSTATUS_NODISCARD constexpr const Rule* operator->() const noexcept { return at_; }
    constexpr iterator& operator++() noexcept {
      ++at_;
      skip();
      return *this;
    }
    HTTPSTATUS_NODISCARD constexpr bool operator==(const iterator& other) const noexcept {
      return at_ == other.at_;
    }
    HTTPSTATUS_NODISCARD constexpr bool operator!=(const iterator& other) const noexcept {
      return at_ != other.at_;
    }

   private:
    constexpr void skip() noexcept {
      while (at_ != end_ && !contains(at_->editions, edition_)) ++at_;
    }
    const Rule* at_;
    const Rule* end_;
    edition edition_;
  };

  constexpr edition_rules(const_span<Rule> rules, edition e) noexcept : rules_(rules), edition_(e) {}
  HTTPSTATUS_NODISCARD constexpr iterator begin() const noexcept {
    return iterator(rules_.begin(), rules_.end(), edition_);
  }
  HTTPSTATUS_NODISCARD constexpr iterator end() const noexcept {
    return iterator(rules_.end(), rules_.end(), edition_);
  }
  HTTPSTATUS_NODISCARD constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (auto it = begin(); it != end(); ++it) ++n;
    return n;
  }
  HTTPSTATUS_NODISCARD constexpr bool empty() const noexcept { return begin() == end(); }

 private:
  const_span<Rule> rules_;
  edition edition_;
};

/// The header-field rules a response with this code carries in the edition (empty when the
/// code is not registered), e.g. Allow (MUST, RFC 9110 §15.5.6) for 405.
HTTPSTATUS_NODISCARD constexpr edition_rules<field_rule> required_fields(
    int code, edition e = edition::rfc2616) noexcept {
  const status_info* info = lookup(code);
  return {info != nullptr ? info->field_rules : const_span<field_rule>{}, e};
}
HTTPSTATUS_NODISCARD constexpr edition_rules<field_rule> required_fields(
    code c, edition e = edition::rfc2616) noexcept {
  return required_fields(to_int(c), e);
}

/// What the request must have had for this code to answer it, in the edition.
HTTPSTATUS_NODISCARD constexpr edition_rules<request_rule> request_preconditions(
    int code, edition e = edition::rfc2616) noexcept {
  const status_info* info = lookup(code);
  return {info != nullptr ? info->request_rules : const_span<request_rule>{}, e};
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_REQUIREMENTS_HPP
