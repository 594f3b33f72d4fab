// Fixed-capacity field storage for adapters: the string views point into the adapted
// message, the array of fields lives here. A field line past the capacity is counted, and
// validation reports it, never dropped in silence.
#ifndef HTTPSTATUS_SNAPSHOT_HPP
#define HTTPSTATUS_SNAPSHOT_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "config.hpp"
#include "view.hpp"

/// How many field lines an adapter's snapshot holds.
#ifndef HTTPSTATUS_MAX_FIELDS
#define HTTPSTATUS_MAX_FIELDS 64
#endif

namespace httpstatus {

/// A fixed array of field lines with a count of those that did not fit.
template <std::size_t Capacity>
class basic_field_buffer {
 public:
  constexpr void push_back(std::string_view name, std::string_view value) noexcept {
    if (count_ < Capacity) {
      fields_[count_++] = field{name, value};
    } else {
      ++omitted_;
    }
  }
  HTTPSTATUS_NODISCARD constexpr field_span span() const noexcept {
    return field_span(fields_, count_);
  }
  HTTPSTATUS_NODISCARD constexpr std::size_t omitted() const noexcept { return omitted_; }

 private:
  field fields_[Capacity]{};
  std::size_t count_ = 0;
  std::size_t omitted_ = 0;
};

using field_buffer = basic_field_buffer<HTTPSTATUS_MAX_FIELDS>;

/// A response copied into views: what an adapter's response_traits::to_view returns.
struct response_snapshot {
  int status = 0;
  std::string_view reason;
  std::optional<std::size_t> content_length;
  field_buffer fields;

  constexpr operator response_view() const noexcept {  // NOLINT: converts by design
    const response_view view = content_length ? response_view(status, fields.span(), *content_length)
                                              : response_view(status, fields.span());
    return view.with_reason(reason).with_omitted_fields(fields.omitted());
  }
};

/// A request copied into views.
struct request_snapshot {
  std::string_view method;
  int version_major = -1;  // unknown
  int version_minor = -1;
  field_buffer fields;

  constexpr operator request_view() const noexcept {  // NOLINT: converts by design
    const request_view view(method, fields.span());
    const request_view versioned =
        version_major < 0 ? view : view.with_version(version_major, version_minor);
    return versioned.with_omitted_fields(fields.omitted());
  }
};

}  // namespace httpstatus

#endif  // HTTPSTATUS_SNAPSHOT_HPP
