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
// Validation asks of a few field names only: those of the table's rules, and those framing,
// multipart/byteranges and a 405's Allow read. They are gathered here, at compile time, from
// the table. A response is checked against one row, which reads fewer still: each row and
// edition gets the set of names it reads. The pass looks a line's name up by its length among
// the names of that set; most lines have none of those lengths and cost what a plain search's
// length compare costs, the rest are compared with the one name (rarely two) of their length.
// So one pass answers every "is it there?" that validation asks.

// The names validation reads of every response (framing), and those some rows read.
inline constexpr std::string_view names_read_of_every_response[] = {"Content-Length",
                                                                    "Transfer-Encoding"};
inline constexpr std::string_view names_read_by_some_rows[] = {"Content-Type", "Allow"};

constexpr bool is_letter(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

struct name_table {
  static constexpr std::size_t max_names = 32;   // ids fit a 32-bit set
  static constexpr std::size_t max_length = 63;  // longer lines are no name of the table
  std::string_view names[max_names]{};
  // Each name in lower case, and 0x20 where it has a letter: a line's name matches when, byte
  // for byte, (byte | letters) == lower. Letters match in either case, all else exactly.
  char lower[max_names][max_length + 1]{};
  char letters[max_names][max_length + 1]{};
  std::uint32_t with_length[max_length + 1]{};  // the ids of the names of each length
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
    if (id_of(name) >= 0) return;
    if (count == max_names) {
      full = true;  // more names than the bit set holds
      return;
    }
    if (name.empty() || name.size() > max_length) {
      bad_name = true;
      return;
    }
    for (std::size_t i = 0; i < name.size(); ++i) {
      lower[count][i] = to_lower(name[i]);
      letters[count][i] = is_letter(name[i]) ? '\x20' : '\0';
    }
    with_length[name.size()] |= std::uint32_t{1} << count;
    names[count++] = name;
  }
};

constexpr name_table make_name_table() noexcept {
  name_table table;
  for (std::string_view name : names_read_of_every_response) table.add(name);
  for (std::string_view name : names_read_by_some_rows) table.add(name);
  for (const status_info& row : status_table) {
    for (const field_rule& rule : row.field_rules) table.add(rule.field);
  }
  return table;
}
inline constexpr name_table known_names = make_name_table();
static_assert(!known_names.full, "httpstatus: validation reads more field names than a set holds");
static_assert(!known_names.bad_name, "httpstatus: a field name of the table is empty or too long");

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

// The id of `name` among the names of `ids` (a set of known names), or -1.
constexpr int name_id_among(std::string_view name, std::uint32_t ids) noexcept {
  // Lengths past the table's wrap around (is_name compares the whole length): one mask, no
  // branch, for the lines that are no name of the set.
  for (std::uint32_t candidates = ids & known_names.with_length[name.size() & name_table::max_length];
       candidates != 0;
       candidates &= candidates - 1) {
    const int id = lowest_bit(candidates);
    if (is_name(name, static_cast<std::size_t>(id))) return id;
  }
  return -1;
}

// The id of a name validation reads, or -1.
constexpr int name_id(std::string_view name) noexcept { return name_id_among(name, ~0u); }

// The ids of the names the checks read by name.
inline constexpr int content_length_id = name_id("Content-Length");
inline constexpr int transfer_encoding_id = name_id("Transfer-Encoding");
inline constexpr int content_type_id = name_id("Content-Type");
inline constexpr int allow_id = name_id("Allow");

// The id of each row's field rules' names, so that checking a rule asks the index directly.
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

// A set of known names, and the set of their lengths.
struct name_set {
  std::uint32_t ids = 0;
  std::uint64_t lengths = 0;

  constexpr void add(int id) noexcept {
    if (id < 0) return;
    ids |= std::uint32_t{1} << id;
    lengths |= std::uint64_t{1} << known_names.names[id].size();
  }
  constexpr void add(std::string_view name) noexcept { add(known_names.id_of(name)); }
};

constexpr name_set all_known_names() noexcept {
  name_set set;
  for (std::size_t id = 0; id < known_names.count; ++id) set.add(static_cast<int>(id));
  return set;
}

constexpr name_set make_names_of_every_response() noexcept {
  name_set set;
  for (std::string_view name : names_read_of_every_response) set.add(name);
  return set;
}
inline constexpr name_set names_of_every_response = make_names_of_every_response();

// What validation reads of a response with the status of row `row` (-1: none), in `e`.
constexpr name_set names_read_for(int row, edition e) noexcept {
  name_set set = names_of_every_response;
  if (row < 0) return set;
  const const_span<field_rule> rules = status_table[row].field_rules;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const field_rule& rule = rules[i];
    if (!contains(rule.editions, e)) continue;
    set.add(field_rule_name_ids.by_row[row][i]);
    // these conditions read the media type
    if (rule.condition == rule_condition::if_multipart_byteranges ||
        rule.condition == rule_condition::unless_multipart_byteranges) {
      set.add(content_type_id);
    }
  }
  // check_request reads a 405's Allow
  if (status_table[row].value == code::method_not_allowed) set.add(allow_id);
  return set;
}

struct row_name_sets {
  name_set by_row[status_count + 1][2];  // [row + 1][edition]
};
constexpr row_name_sets make_row_name_sets() noexcept {
  row_name_sets sets;
  for (int row = -1; row < static_cast<int>(status_count); ++row) {
    sets.by_row[row + 1][0] = names_read_for(row, edition::rfc2616);
    sets.by_row[row + 1][1] = names_read_for(row, edition::rfc9110);
  }
  return sets;
}
inline constexpr row_name_sets row_names = make_row_name_sets();

// The names a response of row `row` (-1: none) is read for in `e`.
constexpr const name_set& names_for_row(int row, edition e) noexcept {
  return row_names.by_row[row + 1][e == edition::rfc9110 ? 1 : 0];
}

// Which names of a set are present among some field lines, and where Content-Length is.
class field_index {
 public:
  // Only the names of `wanted`: asking after any other says "absent".
  constexpr field_index(const field_span& fields, const name_set& wanted) noexcept {
    // locals, so that the loop keeps them in registers
    const std::uint32_t ids = wanted.ids;
    const std::uint64_t lengths = wanted.lengths;
    std::uint32_t present = 0;
    const field* const first = fields.begin();
    for (const field* line = first; line != fields.end(); ++line) {
      // the test of most lines: a shift, no memory read (lengths past 63 wrap around; is_name
      // compares the whole length)
      if (((lengths >> (line->name.size() & name_table::max_length)) & 1u) == 0) continue;
      const int id = name_id_among(line->name, ids);
      if (id < 0) continue;
      const auto i = static_cast<std::size_t>(line - first);
      if (id == content_length_id) {
        if (content_length_lines_ == 0) first_content_length_ = i;
        ++content_length_lines_;
      } else if (id == content_type_id && (present & (std::uint32_t{1} << id)) == 0) {
        first_content_type_ = i;
      }
      present |= std::uint32_t{1} << id;
    }
    present_ = present;
  }
  constexpr bool has(int id) const noexcept { return id >= 0 && ((present_ >> id) & 1u) != 0; }
  // How many lines are Content-Length lines, and the position of the first.
  constexpr std::size_t content_length_lines() const noexcept { return content_length_lines_; }
  constexpr std::size_t first_content_length() const noexcept { return first_content_length_; }
  // The position of the first Content-Type line, if has(content_type_id).
  constexpr std::size_t first_content_type() const noexcept { return first_content_type_; }

 private:
  std::uint32_t present_ = 0;
  std::size_t content_length_lines_ = 0;
  std::size_t first_content_length_ = 0;
  std::size_t first_content_type_ = 0;
};


}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_FIELD_INDEX_HPP
