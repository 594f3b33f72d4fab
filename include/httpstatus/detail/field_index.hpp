// One pass over a message's field lines into a bit set of the names validation reads.
#ifndef HTTPSTATUS_DETAIL_FIELD_INDEX_HPP
#define HTTPSTATUS_DETAIL_FIELD_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../table.hpp"
#include "../types.hpp"
#include "../view.hpp"
#include "ascii.hpp"

namespace httpstatus {
namespace detail {

// ---- one pass over the field lines ---------------------------------------------------------
// Validation asks of a few field names only: those of the table's rules, and those framing and
// the request-aware rules read. They are gathered here, at compile time, from the table; a
// perfect hash on (length, first and last letter) finds a line's name among them, so one pass
// over the field lines answers every "is it there?" that validation asks.

inline constexpr std::string_view names_read_by_checks[] = {
    "Content-Length", "Transfer-Encoding", "Content-Type", "Allow",  // framing, content, 405
    "Range", "If-None-Match", "If-Modified-Since", "Expect", "Upgrade"};  // the request's

constexpr std::size_t name_hash(std::string_view name) noexcept {
  return (name.size() + static_cast<std::size_t>(to_lower(name.front())) +
          static_cast<std::size_t>(to_lower(name.back())) * 5) & 127;
}

struct name_table {
  std::string_view names[32]{};
  std::size_t count = 0;
  std::uint8_t slot[128]{};  // hash -> id + 1
  bool collision = false;

  constexpr void add(std::string_view name) noexcept {
    for (std::size_t i = 0; i < count; ++i) {
      if (iequals(names[i], name)) return;
    }
    if (count == 32) {
      collision = true;  // more names than the bit set holds
      return;
    }
    const std::size_t h = name_hash(name);
    if (slot[h] != 0) collision = true;
    names[count] = name;
    slot[h] = static_cast<std::uint8_t>(++count);
  }
};

constexpr name_table make_name_table() noexcept {
  name_table table;
  for (std::string_view name : names_read_by_checks) table.add(name);
  for (const status_info& row : status_table) {
    for (const field_rule& rule : row.field_rules) table.add(rule.field);
  }
  return table;
}
inline constexpr name_table known_names = make_name_table();
static_assert(!known_names.collision,
              "httpstatus: two field names validation reads share a hash slot; change name_hash");

// The id of a name validation reads, or -1.
constexpr int name_id(std::string_view name) noexcept {
  if (name.empty()) return -1;
  const int slot = known_names.slot[name_hash(name)];
  return slot != 0 && iequals(known_names.names[slot - 1], name) ? slot - 1 : -1;
}

// Which of the names validation reads are present among some field lines.
class field_index {
 public:
  constexpr explicit field_index(const field_span& fields) noexcept {
    for (const field& f : fields) {
      const int id = name_id(f.name);
      if (id >= 0) present_ |= std::uint32_t{1} << id;
    }
  }
  constexpr bool has(int id) const noexcept { return id >= 0 && ((present_ >> id) & 1u) != 0; }
  constexpr bool has(std::string_view name) const noexcept { return has(name_id(name)); }

 private:
  std::uint32_t present_ = 0;
};

// The ids of the names the checks read by name.
inline constexpr int content_length_id = name_id("Content-Length");
inline constexpr int transfer_encoding_id = name_id("Transfer-Encoding");
inline constexpr int content_type_id = name_id("Content-Type");
inline constexpr int allow_id = name_id("Allow");

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_FIELD_INDEX_HPP
