// The table's invariants, proven by the compiler, and the rules the table must carry.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::edition;
using hs::requirement;

namespace {

constexpr bool cited(std::string_view citation) noexcept {
  // "RFC <number> §<section>"
  return citation.size() > 7 && citation.substr(0, 4) == "RFC " &&
         citation.find(" §") != std::string_view::npos;
}

constexpr bool rows_sorted_unique_in_range() noexcept {
  int previous = 99;
  for (const auto& row : hs::all_statuses()) {
    const int value = hs::to_int(row.value);
    if (value <= previous || value > 599) return false;
    previous = value;
  }
  return true;
}

constexpr bool every_row_cited_in_both_editions() noexcept {
  for (const auto& row : hs::all_statuses()) {
    for (edition e : {edition::rfc2616, edition::rfc9110}) {
      const auto& info = row.in(e);
      if (info.reason_phrase.empty() || !cited(info.citation)) return false;
      // content that is not allowed says where the RFC says so
      if ((row.content == hs::content_rule::allowed) != info.content_citation.empty()) return false;
      if (!info.content_citation.empty() && !cited(info.content_citation)) return false;
    }
  }
  return true;
}

constexpr bool every_rule_cited() noexcept {
  for (const auto& row : hs::all_statuses()) {
    for (const auto& rule : row.field_rules) {
      if (rule.field.empty() || !cited(rule.citation)) return false;
      const auto set = static_cast<unsigned>(rule.editions);
      if (set == 0 || set > 3) return false;
    }
    for (const auto& rule : row.request_rules) {
      if (!cited(rule.citation)) return false;
    }
  }
  return true;
}

// A rule's citation names its edition's RFC when it cites RFC 2616 or RFC 9110:
// an RFC 2616 section never stands in the rfc9110 edition, nor the reverse.
constexpr bool citations_match_edition() noexcept {
  auto fits = [](hs::edition_set set, std::string_view cite) {
    if (cite.substr(0, 9) == "RFC 2616 ") return set == hs::edition_set::rfc2616;
    if (cite.substr(0, 9) == "RFC 9110 ") return set == hs::edition_set::rfc9110;
    return true;
  };
  for (const auto& row : hs::all_statuses()) {
    for (const auto& rule : row.field_rules) {
      if (!fits(rule.editions, rule.citation)) return false;
    }
    for (const auto& rule : row.request_rules) {
      if (!fits(rule.editions, rule.citation)) return false;
    }
    if (row.rfc9110.citation.substr(0, 9) == "RFC 2616 ") return false;
    if (row.rfc9110.content_citation.substr(0, 9) == "RFC 2616 ") return false;
  }
  return true;
}

constexpr bool content_rules_follow_the_rfcs() noexcept {
  for (const auto& row : hs::all_statuses()) {
    const int value = hs::to_int(row.value);
    const bool none = hs::is_informational(value) || value == 204 || value == 304;
    if (none != (row.content == hs::content_rule::never)) return false;
    if ((value == 205) != (row.content == hs::content_rule::must_not)) return false;
  }
  return true;
}

constexpr bool only_306_and_418_reserved() noexcept {
  for (const auto& row : hs::all_statuses()) {
    const int value = hs::to_int(row.value);
    if (row.reserved != (value == 306 || value == 418)) return false;
  }
  return true;
}

// The table's compile-time proofs: a broken row fails the build of this file.
static_assert(hs::all_statuses().size() == 63, "the IANA registry has 63 entries in 100-599");
static_assert(rows_sorted_unique_in_range(), "rows sorted, unique, within 100-599");
static_assert(every_row_cited_in_both_editions(), "every row has a phrase and a citation");
static_assert(every_rule_cited(), "every rule names a field and cites its RFC section");
static_assert(citations_match_edition(), "each edition cites its own RFC");
static_assert(content_rules_follow_the_rfcs(), "no content in 1xx/204/304; none sent in 205");
static_assert(only_306_and_418_reserved(), "306 and 418 are the reserved entries");

// The rule of `field` for `code` in edition `e`, or nullptr.
const hs::field_rule* find_rule(int code, edition e, std::string_view field,
                                requirement level) {
  const hs::status_info* info = hs::lookup(code);
  if (info == nullptr) return nullptr;
  for (const auto& rule : info->field_rules) {
    if (rule.field == field && rule.level == level && hs::contains(rule.editions, e)) return &rule;
  }
  return nullptr;
}

const hs::request_rule* find_request_rule(int code, edition e, hs::request_condition what) {
  const hs::status_info* info = hs::lookup(code);
  if (info == nullptr) return nullptr;
  for (const auto& rule : info->request_rules) {
    if (rule.what == what && hs::contains(rule.editions, e)) return &rule;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the table carries the header-field rules the RFCs state, in each edition") {
  struct expected {
    int code;
    std::string_view field;
    requirement level;
    edition ed;
    std::string_view citation;
    hs::rule_condition condition;
  };
  using c = hs::rule_condition;
  const auto r2616 = edition::rfc2616;
  const auto r9110 = edition::rfc9110;
  const expected rules[] = {
      {101, "Upgrade", requirement::must, r2616, "RFC 2616 §14.42", c::always},
      {101, "Upgrade", requirement::must, r9110, "RFC 9110 §15.2.2", c::always},
      {201, "Location", requirement::should, r2616, "RFC 2616 §10.2.2", c::always},
      {201, "Location", requirement::should, r9110, "RFC 9110 §9.3.3", c::if_request_is_post},
      {206, "Content-Range", requirement::must, r2616, "RFC 2616 §10.2.7",
       c::unless_multipart_byteranges},
      {206, "Content-Range", requirement::must, r9110, "RFC 9110 §15.3.7.1",
       c::unless_multipart_byteranges},
      {206, "Content-Range", requirement::must_not, r9110, "RFC 9110 §15.3.7.2",
       c::if_multipart_byteranges},
      {300, "Location", requirement::should, r2616, "RFC 2616 §10.3.1", c::if_preferred_choice},
      {300, "Location", requirement::should, r9110, "RFC 9110 §15.4.1", c::if_preferred_choice},
      {301, "Location", requirement::should, r2616, "RFC 2616 §10.3.2", c::always},
      {301, "Location", requirement::should, r9110, "RFC 9110 §15.4.2", c::always},
      {302, "Location", requirement::should, r2616, "RFC 2616 §10.3.3", c::always},
      {302, "Location", requirement::should, r9110, "RFC 9110 §15.4.3", c::always},
      {303, "Location", requirement::should, r2616, "RFC 2616 §10.3.4", c::always},
      {303, "Location", requirement::should, r9110, "RFC 9110 §15.4.4", c::always},
      {304, "Content-Type", requirement::should_not, r2616, "RFC 2616 §10.3.5",
       c::unless_weak_validator},
      {304, "Content-Type", requirement::must_not, r2616, "RFC 2616 §10.3.5",
       c::if_weak_validator},
      {304, "Last-Modified", requirement::must_not, r2616, "RFC 2616 §10.3.5",
       c::if_weak_validator},
      {304, "Content-Encoding", requirement::should_not, r9110, "RFC 9110 §15.4.5", c::always},
      {305, "Location", requirement::must, r2616, "RFC 2616 §10.3.6", c::always},
      {307, "Location", requirement::should, r2616, "RFC 2616 §10.3.8", c::always},
      {307, "Location", requirement::should, r9110, "RFC 9110 §15.4.8", c::always},
      {308, "Location", requirement::should, r2616, "RFC 7538 §3", c::always},
      {308, "Location", requirement::should, r9110, "RFC 9110 §15.4.9", c::always},
      {401, "WWW-Authenticate", requirement::must, r2616, "RFC 2616 §10.4.2", c::always},
      {401, "WWW-Authenticate", requirement::must, r9110, "RFC 9110 §15.5.2", c::always},
      {405, "Allow", requirement::must, r2616, "RFC 2616 §10.4.6", c::always},
      {405, "Allow", requirement::must, r9110, "RFC 9110 §15.5.6", c::always},
      {407, "Proxy-Authenticate", requirement::must, r2616, "RFC 2616 §10.4.8", c::always},
      {407, "Proxy-Authenticate", requirement::must, r9110, "RFC 9110 §15.5.8", c::always},
      {413, "Retry-After", requirement::should, r2616, "RFC 2616 §10.4.14",
       c::if_condition_temporary},
      {413, "Retry-After", requirement::should, r9110, "RFC 9110 §15.5.14",
       c::if_condition_temporary},
      {416, "Content-Range", requirement::should, r2616, "RFC 2616 §10.4.17",
       c::if_byte_range_request},
      {416, "Content-Type", requirement::must_not, r2616, "RFC 2616 §10.4.17",
       c::if_multipart_byteranges},
      {416, "Content-Range", requirement::should, r9110, "RFC 9110 §15.5.17",
       c::if_byte_range_request},
      {426, "Upgrade", requirement::must, r2616, "RFC 2817 §4.2", c::always},
      {426, "Upgrade", requirement::must, r9110, "RFC 9110 §15.5.22", c::always},
      {429, "Retry-After", requirement::may, r2616, "RFC 6585 §4", c::always},
      {429, "Retry-After", requirement::may, r9110, "RFC 6585 §4", c::always},
      {451, "Link", requirement::should, r9110, "RFC 7725 §4", c::always},
      {503, "Retry-After", requirement::may, r2616, "RFC 2616 §10.5.4", c::always},
      {503, "Retry-After", requirement::may, r9110, "RFC 9110 §15.6.4", c::always},
  };
  for (const auto& want : rules) {
    CAPTURE(want.code, want.field, hs::to_string_view(want.ed));
    const hs::field_rule* rule = find_rule(want.code, want.ed, want.field, want.level);
    REQUIRE(rule != nullptr);
    CHECK(rule->citation == want.citation);
    CHECK(rule->condition == want.condition);
  }
}

TEST_CASE("edition differences in header rules are the RFCs' own") {
  // RFC 9110 deprecates 305 (§15.4.6) and states no Location rule for it.
  CHECK(find_rule(305, edition::rfc9110, "Location", requirement::must) == nullptr);
  // RFC 9110 §8.6 allows Content-Length in a 304; RFC 2616 §10.3.5 rules out entity-headers.
  CHECK(find_rule(304, edition::rfc9110, "Content-Length", requirement::should_not) == nullptr);
  CHECK(find_rule(304, edition::rfc2616, "Content-Length", requirement::should_not) != nullptr);
  // RFC 2616 has no multipart rule against Content-Range on a 206.
  CHECK(find_rule(206, edition::rfc2616, "Content-Range", requirement::must_not) == nullptr);
  // RFC 9110 dropped RFC 2616's ban on multipart/byteranges in a 416.
  CHECK(find_rule(416, edition::rfc9110, "Content-Type", requirement::must_not) == nullptr);
  // Codes with no header rule have none in either edition.
  for (int code : {200, 202, 204, 400, 404, 500}) {
    CAPTURE(code);
    CHECK(hs::lookup(code)->field_rules.empty());
  }
}

TEST_CASE("the table carries the request preconditions") {
  using q = hs::request_condition;
  for (edition e : {edition::rfc2616, edition::rfc9110}) {
    CAPTURE(hs::to_string_view(e));
    CHECK(find_request_rule(206, e, q::has_range) != nullptr);
    CHECK(find_request_rule(416, e, q::has_range) != nullptr);
    CHECK(find_request_rule(304, e, q::conditional_get_or_head) != nullptr);
    CHECK(find_request_rule(101, e, q::has_upgrade) != nullptr);
    CHECK(find_request_rule(412, e, q::has_precondition) != nullptr);
    CHECK(find_request_rule(417, e, q::has_expect) != nullptr);
    CHECK(find_request_rule(200, e, q::has_range) == nullptr);
    CHECK(find_request_rule(404, e, q::conditional_get_or_head) == nullptr);
  }
  // Only RFC 2616 §8.2.3 objects to a 100 that no Expect asked for.
  CHECK(find_request_rule(100, edition::rfc2616, q::expect_100_continue)->level ==
        requirement::should);
  CHECK(find_request_rule(100, edition::rfc9110, q::expect_100_continue) == nullptr);
  CHECK(find_request_rule(101, edition::rfc9110, q::has_upgrade)->citation == "RFC 9110 §7.8");
  // RFC 9110 §14.2: only GET has range handling; RFC 2616 §10.4.17: a 416 only without If-Range
  CHECK(find_request_rule(206, edition::rfc9110, q::method_is_get) != nullptr);
  CHECK(find_request_rule(206, edition::rfc2616, q::method_is_get) == nullptr);
  CHECK(find_request_rule(416, edition::rfc2616, q::no_if_range)->level == requirement::should);
  CHECK(find_request_rule(416, edition::rfc9110, q::no_if_range) == nullptr);
  // Date is no row's rule: checks[] holds it for every response (date.missing)
  for (const auto& row : hs::all_statuses()) {
    for (const auto& rule : row.field_rules) CHECK(rule.field != "Date");
  }
}

TEST_CASE("content rules and their citations per edition") {
  CHECK(hs::lookup(204)->content == hs::content_rule::never);
  CHECK(hs::lookup(304)->content == hs::content_rule::never);
  CHECK(hs::lookup(205)->content == hs::content_rule::must_not);
  CHECK(hs::lookup(205)->rfc2616.content_citation == "RFC 2616 §10.2.6");
  CHECK(hs::lookup(205)->rfc9110.content_citation == "RFC 9110 §15.3.6");
  CHECK(hs::lookup(100)->rfc2616.content_citation == "RFC 2616 §4.3");
  CHECK(hs::lookup(103)->rfc9110.content_citation == "RFC 9110 §15.2");
  CHECK(hs::lookup(200)->content == hs::content_rule::allowed);
  CHECK(hs::lookup(200)->rfc9110.content_citation.empty());
}

TEST_CASE("every rule's condition and precondition has a description") {
  for (const auto& row : hs::all_statuses()) {
    for (const auto& rule : row.field_rules) {
      CHECK((rule.condition == hs::rule_condition::always) == hs::describe(rule.condition).empty());
    }
    for (const auto& rule : row.request_rules) CHECK_FALSE(hs::describe(rule.what).empty());
  }
}
