// Views of a response and a request: a status or method, field lines, and what is known of
// the content. They point into storage the caller owns and never copy or allocate.
#ifndef HTTPSTATUS_VIEW_HPP
#define HTTPSTATUS_VIEW_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "config.hpp"
#include "detail/ascii.hpp"
#include "detail/framing_fields.hpp"
#include "types.hpp"

namespace httpstatus {

/// One field line: name and value, as received (the value without surrounding white space).
struct field {
  std::string_view name;
  std::string_view value;
};

namespace detail {
// A contiguous container of fields (std::array, std::vector, std::span, ...): data() and size().
template <class C, class = void>
struct is_field_container : std::false_type {};
template <class C>
struct is_field_container<
    C, std::enable_if_t<std::is_convertible<decltype(std::declval<const C&>().data()), const field*>::value &&
                        std::is_convertible<decltype(std::declval<const C&>().size()), std::size_t>::value>>
    : std::true_type {};

// Whether a temporary C may be viewed: a view of storage it does not own (std::span), told by
// being trivially copyable and not std::array (which has a tuple_size).
template <class C, class = void>
struct has_tuple_size : std::false_type {};
template <class C>
struct has_tuple_size<C, std::void_t<decltype(std::tuple_size<C>::value)>> : std::true_type {};
template <class C>
constexpr bool views_storage() noexcept {
  return std::is_trivially_copyable<C>::value && !has_tuple_size<C>::value;
}

// A string type whose temporary owns its characters (std::string): a view of it would dangle.
template <class S>
using owning_string_temporary =
    std::enable_if_t<!std::is_lvalue_reference<S>::value &&
                     std::is_convertible<S, std::string_view>::value &&
                     !std::is_trivially_copyable<std::remove_reference_t<S>>::value>;
}  // namespace detail

/// A read-only run of field lines. Built from a named array, a container of fields
/// (std::array, std::vector, std::span) or a pointer and a count; a temporary array or
/// container is refused, since the span would dangle.
class field_span : public const_span<field> {
 public:
  using const_span<field>::const_span;
  constexpr field_span() noexcept = default;
  template <std::size_t N>
  field_span(const field (&&fields)[N]) = delete;  // would point at a temporary
  template <class C, class = std::enable_if_t<detail::is_field_container<C>::value &&
                                              !std::is_same<C, field_span>::value &&
                                              !std::is_base_of<const_span<field>, C>::value>>
  constexpr field_span(const C& fields) noexcept  // NOLINT: implicit by design
      : const_span<field>(fields.data(), fields.size()) {}
  template <class C, class = std::enable_if_t<detail::is_field_container<C>::value &&
                                              !std::is_lvalue_reference<C>::value &&
                                              !detail::views_storage<std::decay_t<C>>() &&
                                              !std::is_base_of<const_span<field>, C>::value>>
  field_span(C&& fields, int = 0) = delete;  // a temporary container: would dangle

  /// The first field line with this name (case-insensitive), or nullptr.
  HTTPSTATUS_NODISCARD constexpr const field* find(std::string_view name) const noexcept {
    for (const field& f : *this) {
      if (detail::iequals(f.name, name)) return &f;
    }
    return nullptr;
  }
  HTTPSTATUS_NODISCARD constexpr bool has(std::string_view name) const noexcept {
    return find(name) != nullptr;
  }
  /// How many field lines carry this name.
  HTTPSTATUS_NODISCARD constexpr std::size_t count(std::string_view name) const noexcept {
    std::size_t n = 0;
    for (const field& f : *this) n += detail::iequals(f.name, name) ? 1 : 0;
    return n;
  }

  /// Calls `visit(element)` for each element of the list this field forms: all its field
  /// lines joined by commas, as RFC 9110 §5.3 combines them, empty elements skipped
  /// (§5.6.1). Stops and returns true when `visit` does. Commas inside quoted strings are
  /// not separators.
  template <class Visit>
  constexpr bool any_element(std::string_view name, Visit visit) const noexcept {
    for (const field& f : *this) {
      if (detail::iequals(f.name, name) && detail::any_list_element(f.value, visit)) return true;
    }
    return false;
  }

  /// The length Content-Length declares, read as the parser and the validator read it: empty
  /// when it is absent, not a number, or has differing values.
  HTTPSTATUS_NODISCARD constexpr std::optional<std::uint64_t> declared_content_length() const noexcept {
    detail::content_length_reading reading;
    for (const field& f : *this) {
      if (detail::iequals(f.name, "Content-Length") && !reading.read_line(f.value)) break;
    }
    if (!reading.usable()) return std::nullopt;
    return reading.value;
  }

  /// Whether the list holds `token`: case-insensitive by default (most tokens); methods
  /// compare exactly (RFC 9110 §9.1).
  HTTPSTATUS_NODISCARD constexpr bool list_contains(std::string_view name, std::string_view token,
                                                    bool case_sensitive = false) const noexcept {
    return any_element(name, [&](std::string_view element) {
      return case_sensitive ? element == token : detail::iequals(element, token);
    });
  }

};

/// A response: status code, optional reason phrase, field lines, and the length of its
/// content in bytes after any transfer coding is removed, where known.
class response_view {
 public:
  constexpr explicit response_view(int status, field_span fields = {}) noexcept
      : status_(status), fields_(fields) {}
  constexpr response_view(int status, field_span fields, std::size_t content_length) noexcept
      : status_(status), fields_(fields), content_length_(content_length) {}
  constexpr explicit response_view(code status, field_span fields = {}) noexcept
      : response_view(to_int(status), fields) {}
  constexpr response_view(code status, field_span fields, std::size_t content_length) noexcept
      : response_view(to_int(status), fields, content_length) {}

  /// The same response with the reason phrase it was sent with.
  HTTPSTATUS_NODISCARD constexpr response_view with_reason(std::string_view reason) const noexcept {
    response_view copy = *this;
    copy.reason_ = reason;
    return copy;
  }
  template <class S, class = detail::owning_string_temporary<S>>
  response_view with_reason(S&& reason, int = 0) const = delete;  // would dangle
  /// The same response, noting that `count` field lines could not be included in the view
  /// (an adapter's capacity was exceeded); validation reports it.
  HTTPSTATUS_NODISCARD constexpr response_view with_omitted_fields(std::size_t count) const noexcept {
    response_view copy = *this;
    copy.omitted_fields_ = count;
    return copy;
  }

  HTTPSTATUS_NODISCARD constexpr int status() const noexcept { return status_; }
  HTTPSTATUS_NODISCARD constexpr std::string_view reason() const noexcept { return reason_; }
  HTTPSTATUS_NODISCARD constexpr const field_span& fields() const noexcept { return fields_; }
  HTTPSTATUS_NODISCARD constexpr std::optional<std::size_t> content_length() const noexcept {
    return content_length_;
  }
  HTTPSTATUS_NODISCARD constexpr std::size_t omitted_fields() const noexcept {
    return omitted_fields_;
  }

 private:
  int status_;
  field_span fields_;
  std::optional<std::size_t> content_length_;
  std::string_view reason_;
  std::size_t omitted_fields_ = 0;
};

/// A request: method, field lines, and the HTTP version where known.
class request_view {
 public:
  constexpr explicit request_view(std::string_view method, field_span fields = {}) noexcept
      : method_(method), fields_(fields) {}
  template <class S, class = detail::owning_string_temporary<S>>
  request_view(S&& method, field_span fields = {}, int = 0) = delete;  // would dangle

  /// The same request with its HTTP version, e.g. with_version(1, 0).
  HTTPSTATUS_NODISCARD constexpr request_view with_version(int major, int minor) const noexcept {
    request_view copy = *this;
    copy.major_ = major;
    copy.minor_ = minor;
    return copy;
  }
  /// The same request, noting field lines an adapter could not include.
  HTTPSTATUS_NODISCARD constexpr request_view with_omitted_fields(std::size_t count) const noexcept {
    request_view copy = *this;
    copy.omitted_fields_ = count;
    return copy;
  }

  HTTPSTATUS_NODISCARD constexpr std::string_view method() const noexcept { return method_; }
  HTTPSTATUS_NODISCARD constexpr const field_span& fields() const noexcept { return fields_; }
  HTTPSTATUS_NODISCARD constexpr bool version_known() const noexcept { return major_ >= 0; }
  HTTPSTATUS_NODISCARD constexpr int version_major() const noexcept { return major_; }
  HTTPSTATUS_NODISCARD constexpr int version_minor() const noexcept { return minor_; }
  HTTPSTATUS_NODISCARD constexpr std::size_t omitted_fields() const noexcept {
    return omitted_fields_;
  }

 private:
  std::string_view method_;
  field_span fields_;
  int major_ = -1;  // unknown
  int minor_ = -1;
  std::size_t omitted_fields_ = 0;
};

}  // namespace httpstatus

#endif  // HTTPSTATUS_VIEW_HPP
