// The field names validation reads, gathered at compile time from the status table and
// checks[], and the fast case-insensitive test of a line's name against them.
#ifndef HTTPSTATUS_NAMES_HPP
#define HTTPSTATUS_NAMES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checks.hpp"
#include "config.hpp"
#include "detail/ascii.hpp"
#include "table.hpp"
#include "types.hpp"

namespace httpstatus {
namespace detail {

// Names the engine itself reads, whatever the rules: framing's two, and the media type.
inline constexpr std::string_view content_length_name = "Content-Length"sv;
inline constexpr std::string_view transfer_encoding_name = "Transfer-Encoding"sv;
inline constexpr std::string_view content_type_name = "Content-Type"sv;

// The response names a check reads beyond its own field, token and when_present.
template <class Add>
constexpr void for_each_extra_name(check_test test, Add&& add) noexcept {
  switch (test) {
    case check_test::length_with_coding:
    case check_test::length_invalid:
    case check_test::length_conflict:
    case check_test::length_repeated:
    case check_test::length_mismatch:
    case check_test::zero_length_declared:
    case check_test::content_empty:
    case check_test::range_length:
      add(content_length_name);
      add(transfer_encoding_name);
      add("Content-Range"sv);
      add(content_type_name);
      break;
    case check_test::chunked_repeated:
    case check_test::chunked_not_last:
    case check_test::coding_to_http_1_0: add(transfer_encoding_name); break;
    case check_test::range_unsatisfied:
    case check_test::range_not_unsatisfied: add("Content-Range"sv); break;
    case check_test::multipart_boundary:
    case check_test::multipart_one_range: add(content_type_name); break;
    case check_test::if_match_failed:
    case check_test::if_none_match_matched: add("ETag"sv); break;
    case check_test::if_range_failed:
      add("ETag"sv);
      add("Last-Modified"sv);
      break;
    case check_test::field_repeated:
      for (std::string_view name : non_list_fields) add(name);
      break;
    default: break;
  }
}

// Whether a check reads its `field` (and `token` as a second name) in the response.
constexpr bool reads_own_field(check_test test) noexcept {
  switch (test) {
    case check_test::field_present:
    case check_test::date_missing:
    case check_test::date_without_clock:
    case check_test::field_invalid:
    case check_test::field_lacks_token:
    case check_test::allow_lists_method:
    case check_test::upgrade_not_offered:
      return true;
    default: return false;
  }
}

// Calls `add(name)` for each response field name check `c` reads: its own field (and token,
// for a test of two names), the field it needs present, and those its test reads besides.
template <class Add>
constexpr void for_each_name_read(const check_info& c, Add&& add) noexcept {
  if (c.source == check_source::table_rule) return;
  if (reads_own_field(c.test)) {
    add(c.field);
    if (c.test == check_test::field_present && !c.token.empty()) add(c.token);
  }
  if (!c.when_present.empty()) add(c.when_present);
  for_each_extra_name(c.test, add);
}

struct name_table {
  static constexpr std::size_t max_names = 40;   // ids fit a 64-bit set
  static constexpr std::size_t max_length = 23;  // longer names are no name of the table
  std::string_view names[max_names]{};
  // Each name in lower case, and 0x20 where it has a letter: a line's name matches when, byte
  // for byte, (byte | letters) == lower. Letters match in either case, all else exactly.
  char lower[max_names][max_length + 1]{};
  char letters[max_names][max_length + 1]{};
  std::size_t count = 0;
  bool full = false;
  bool bad_name = false;

  constexpr int id_of(std::string_view name) const noexcept {
    for (std::size_t i = 0; i < count; ++i) {
      if (iequals(names[i], name)) return static_cast<int>(i);
    }
    return -1;
  }

  constexpr void add(std::string_view name) noexcept {
    if (name.empty() || id_of(name) >= 0) return;
    if (count == max_names) {
      full = true;  // more names than the bit set holds
      return;
    }
    if (name.size() > max_length) {
      bad_name = true;
      return;
    }
    for (std::size_t i = 0; i < name.size(); ++i) {
      lower[count][i] = to_lower(name[i]);
      letters[count][i] = is_alpha(name[i]) ? '\x20' : '\0';
    }
    names[count++] = name;
  }
};

constexpr name_table make_name_table() noexcept {
  name_table table;
  table.add(content_length_name);
  table.add(transfer_encoding_name);
  table.add(content_type_name);
  for (const check_info& c : checks) {
    for_each_name_read(c, [&table](std::string_view name) { table.add(name); });
  }
  for (const status_info& row : status_table) {
    for (const field_rule& rule : row.field_rules) table.add(rule.field);
  }
  return table;
}
inline constexpr name_table known_names = make_name_table();
static_assert(!known_names.full, "httpstatus: validation reads more field names than a set holds");
static_assert(!known_names.bad_name, "httpstatus: a field name of the tables is too long");

// Whether `name` is known name `id`, ignoring case.
constexpr bool is_name(std::string_view name, std::size_t id) noexcept {
  const std::size_t n = name.size();
  if (n != known_names.names[id].size()) return false;
  const char* lower = known_names.lower[id];
  const char* letters = known_names.letters[id];
#if HTTPSTATUS_HAS_CONSTANT_EVALUATED
  // At run time, eight bytes at a time: the first word, the last (which may overlap it), and
  // any between them.
  if (!HTTPSTATUS_IS_CONSTANT_EVALUATED() && n >= 8) {
    const auto word_matches = [&](std::size_t at) {
      return (load_word(name.data() + at) | load_word(letters + at)) == load_word(lower + at);
    };
    if (!word_matches(0) || !word_matches(n - 8)) return false;
    for (std::size_t at = 8; at + 8 < n; at += 8) {
      if (!word_matches(at)) return false;
    }
    return true;
  }
  if (!HTTPSTATUS_IS_CONSTANT_EVALUATED() && n >= 4) {  // 4 to 7 bytes: two words of four
    const auto half_matches = [&](std::size_t at) {
      return (load_half(name.data() + at) | load_half(letters + at)) == load_half(lower + at);
    };
    return half_matches(0) && half_matches(n - 4);
  }
#endif
  for (std::size_t i = 0; i < n; ++i) {
    if (static_cast<char>(name[i] | letters[i]) != lower[i]) return false;
  }
  return true;
}

constexpr int lowest_bit(std::uint64_t bits) noexcept {  // bits != 0
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_ctzll(bits);
#else
  int i = 0;
  while ((bits & 1u) == 0) {
    bits >>= 1;
    ++i;
  }
  return i;
#endif
}

// A perfect hash of the known names by length, first and last letter: a line's name gives one
// candidate id, or none. The factors are searched for at compile time.
constexpr std::size_t name_key(std::size_t length, char first, char last, std::uint32_t a,
                               std::uint32_t b) noexcept {
  return (static_cast<std::uint32_t>(length) * a +
          static_cast<std::uint32_t>(static_cast<unsigned char>(first) | 0x20u) * b +
          (static_cast<std::uint32_t>(static_cast<unsigned char>(last) | 0x20u))) & 255u;
}
struct name_hash {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  std::int8_t slot[256]{};
  bool found = false;
};
constexpr name_hash make_name_hash() noexcept {
  name_hash h;
  for (std::uint32_t a = 1; a < 64 && !h.found; ++a) {
    for (std::uint32_t b = 1; b < 64 && !h.found; ++b) {
      std::uint64_t used[4]{};
      bool clash = false;
      for (std::size_t id = 0; id < known_names.count && !clash; ++id) {
        const std::string_view n = known_names.names[id];
        const std::size_t key = name_key(n.size(), n.front(), n.back(), a, b);
        clash = ((used[key / 64] >> (key % 64)) & 1u) != 0;
        used[key / 64] |= std::uint64_t{1} << (key % 64);
      }
      if (clash) continue;
      h.a = a;
      h.b = b;
      h.found = true;
    }
  }
  for (std::int8_t& s : h.slot) s = -1;
  for (std::size_t id = 0; id < known_names.count; ++id) {
    const std::string_view n = known_names.names[id];
    h.slot[name_key(n.size(), n.front(), n.back(), h.a, h.b)] = static_cast<std::int8_t>(id);
  }
  return h;
}
inline constexpr name_hash known_name_hash = make_name_hash();
static_assert(known_name_hash.found, "httpstatus: no perfect hash of the known field names");

// The id of `name` among the names of `ids` (a set of known names), or -1.
constexpr int name_id_among(std::string_view name, std::uint64_t ids) noexcept {
  if (name.empty()) return -1;
  const int id = known_name_hash.slot[name_key(name.size(), name.front(), name.back(),
                                               known_name_hash.a, known_name_hash.b)];
  if (id < 0 || ((ids >> id) & 1u) == 0) return -1;
  return is_name(name, static_cast<std::size_t>(id)) ? id : -1;
}

// The id of a name validation reads, or -1.
constexpr int name_id(std::string_view name) noexcept { return name_id_among(name, ~std::uint64_t{0}); }

inline constexpr int content_length_id = name_id(content_length_name);
inline constexpr int transfer_encoding_id = name_id(transfer_encoding_name);
inline constexpr int content_type_id = name_id(content_type_name);
inline constexpr int content_range_id = name_id("Content-Range"sv);
inline constexpr int etag_id = name_id("ETag"sv);
inline constexpr int last_modified_id = name_id("Last-Modified"sv);
inline constexpr int date_id = name_id("Date"sv);

// The ids of the names each check of checks[] reads by name (-1: none), found once.
struct check_name_ids {
  std::int8_t field[check_count]{};
  std::int8_t token[check_count]{};
  std::int8_t when_present[check_count]{};
};
constexpr check_name_ids make_check_name_ids() noexcept {
  check_name_ids ids;
  for (std::size_t i = 0; i < check_count; ++i) {
    ids.field[i] = static_cast<std::int8_t>(name_id(checks[i].field));
    ids.token[i] = static_cast<std::int8_t>(name_id(checks[i].token));
    ids.when_present[i] = static_cast<std::int8_t>(name_id(checks[i].when_present));
  }
  return ids;
}
inline constexpr check_name_ids names_of_check = make_check_name_ids();

// A set of known names, and the set of their lengths.
struct name_set {
  std::uint64_t ids = 0;
  std::uint64_t lengths = 0;

  constexpr void add(int id) noexcept {
    if (id < 0) return;
    ids |= std::uint64_t{1} << id;
    lengths |= std::uint64_t{1} << known_names.names[id].size();
  }
  constexpr void add(std::string_view name) noexcept { add(name_id(name)); }
};

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_NAMES_HPP
