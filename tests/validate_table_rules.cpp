// Every header-field rule and request precondition of the table, in each edition it holds in,
// made to fail and made to pass: the exchanges are built from each rule's condition.
#include "support.hpp"

namespace hs = httpstatus;
using hs::edition;
using test::exchange;

namespace {

// An exchange in which the rule's condition holds (or is the sender's knowledge alone).
exchange meeting_condition(int status, hs::rule_condition condition) {
  exchange x;
  x.status = status;
  switch (condition) {
    case hs::rule_condition::if_multipart_byteranges:
      x.fields.push_back({"Content-Type", "multipart/byteranges; boundary=THIS"});
      break;
    case hs::rule_condition::if_request_is_post: x.method = "POST"; break;
    case hs::rule_condition::if_byte_range_request:
      x.method = "GET";
      x.request_fields.push_back({"Range", "bytes=0-99"});
      break;
    case hs::rule_condition::if_weak_validator:
      x.method = "GET";
      x.request_fields.push_back({"If-None-Match", "W/\"v1\""});
      break;
    default: break;
  }
  return x;
}

// The level a missing (or forbidden) field is reported at.
hs::level expected_level(const hs::field_rule& rule) {
  switch (rule.condition) {
    case hs::rule_condition::if_sent_in_200:
    case hs::rule_condition::if_value_might_differ:
    case hs::rule_condition::if_preferred_choice:
    case hs::rule_condition::if_condition_temporary: return hs::level::info;
    default: return hs::level_of(rule.level);
  }
}

bool reports(const hs::report& report, const hs::field_rule& rule) {
  for (const hs::finding& f : report) {
    if (f.field == rule.field && f.citation == rule.citation) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every header-field rule of the table fails when broken and passes when kept") {
  int checked = 0;
  for (const auto& row : hs::all_statuses()) {
    const int status = hs::to_int(row.value);
    for (edition e : {edition::rfc2616, edition::rfc9110}) {
      for (const hs::field_rule& rule : hs::required_fields(status, e)) {
        CAPTURE(status, hs::to_string_view(e), std::string(rule.field), std::string(rule.citation));
        const bool forbids = rule.level == hs::requirement::must_not ||
                             rule.level == hs::requirement::should_not;
        exchange broken = meeting_condition(status, rule.condition);
        exchange kept = broken;
        if (forbids) {
          // the condition itself (multipart/byteranges) puts the field there for Content-Type
          if (!broken.response().fields().has(rule.field)) broken.fields.push_back({rule.field, "x"});
          kept = meeting_condition(status, hs::rule_condition::always);
        } else {
          kept.fields.push_back({rule.field, "x"});
        }
        const hs::report failing = broken.validate(e);
        INFO(test::describe(failing));
        const auto f = failing.find(forbids ? "field.forbidden" : "field.missing", rule.field);
        REQUIRE(f.has_value());
        CHECK(f->citation == rule.citation);
        CHECK(f->level == expected_level(rule));
        CHECK(f->condition == hs::describe(rule.condition));
        CHECK_FALSE(reports(kept.validate(e), rule));
        ++checked;
      }
    }
  }
  CHECK(checked == 78);
}

TEST_CASE("a rule that needs the request is skipped without it, not guessed") {
  for (edition e : {edition::rfc2616, edition::rfc9110}) {
    exchange x;
    x.status = 416;  // Content-Range SHOULD, for a byte-range request
    CHECK_FALSE(x.validate(e).has("field.missing", "Content-Range"));
    x.method = "GET";
    CHECK_FALSE(x.validate(e).has("field.missing", "Content-Range"));  // no Range: n/a
    x.request_fields.push_back({"Range", "bytes=500-"});
    CHECK(x.validate(e).has("field.missing", "Content-Range"));
  }
}

TEST_CASE("201 Location: RFC 2616 always asks for it; RFC 9110 only after POST") {
  exchange put;
  put.status = 201;
  put.method = "PUT";
  const hs::report old_rules = put.validate(edition::rfc2616);
  REQUIRE(old_rules.has("field.missing", "Location"));
  CHECK(old_rules.find("field.missing", "Location")->level == hs::level::warning);
  CHECK(old_rules.find("field.missing", "Location")->citation == "RFC 2616 §10.2.2");
  CHECK_FALSE(put.validate(edition::rfc9110).has("field.missing", "Location"));

  exchange post = put;
  post.method = "POST";
  CHECK(post.validate(edition::rfc9110).find("field.missing", "Location")->citation ==
        "RFC 9110 §9.3.3");
  post.fields.push_back({"location", "/items/7"});  // names are case-insensitive; RFC 9110
                                                     // takes a relative reference
  CHECK(post.validate(edition::rfc9110).ok());
  CHECK(post.validate(edition::rfc9110).empty());
}

TEST_CASE("206: Content-Range or multipart/byteranges; Date as for every 2xx") {
  exchange single;
  single.status = 206;
  single.fields = {{"Content-Range", "bytes 0-99/1000"}};
  single.content = 100;
  single.method = "GET";
  single.request_fields = {{"Range", "bytes=0-99"}};
  single.dated = false;
  for (edition e : {edition::rfc2616, edition::rfc9110}) {
    // the same in both editions and every row: a warning until the sender's clock is known
    const hs::report r = single.validate(e);
    CHECK(r.find("date.missing")->level == hs::level::warning);
    CHECK_FALSE(r.has("field.missing", "Content-Range"));
    CHECK(r.ok());
    exchange clocked = single;
    clocked.clock = hs::origin_clock::yes;
    CHECK(clocked.validate(e).find("date.missing")->level == hs::level::error);
  }

  exchange multi = single;
  multi.fields = {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"},
                  {"Content-Type", "Multipart/ByteRanges ; boundary=3d6b6a416f9b5"}};
  multi.content = 500;
  multi.request_fields = {{"Range", "bytes=0-50, 100-150"}};
  CHECK(multi.validate(edition::rfc2616).ok());
  CHECK(multi.validate(edition::rfc9110).ok());
  multi.fields.push_back({"Content-Range", "bytes 0-50/1000"});
  CHECK(multi.validate(edition::rfc2616).ok());  // RFC 2616 does not rule it out
  const hs::report forbidden = multi.validate(edition::rfc9110);
  CHECK_FALSE(forbidden.ok());
  CHECK(forbidden.find("field.forbidden", "Content-Range")->citation == "RFC 9110 §15.3.7.2");
}

TEST_CASE("every request precondition of the table fails when unmet and passes when met") {
  using q = hs::request_condition;
  int checked = 0;
  for (const auto& row : hs::all_statuses()) {
    const int status = hs::to_int(row.value);
    for (edition e : {edition::rfc2616, edition::rfc9110}) {
      for (const hs::request_rule& rule : hs::request_preconditions(status, e)) {
        CAPTURE(status, hs::to_string_view(e), std::string(hs::describe(rule.what)));
        exchange unmet;
        unmet.status = status;
        unmet.method = "POST";
        unmet.major = 1;
        unmet.minor = 1;
        exchange met = unmet;
        switch (rule.what) {
          case q::has_range: met.request_fields = {{"Range", "bytes=0-1"}}; break;
          case q::conditional_get_or_head:
            met.method = "HEAD";
            met.request_fields = {{"If-None-Match", "\"xyzzy\""}};
            unmet.method = "GET";  // a GET, but unconditional
            break;
          case q::expect_100_continue:
            // RFC 2616 §8.2.3 lets an HTTP/1.1 PUT or POST have a 100 unasked: a GET here
            unmet.method = "GET";
            met.method = "GET";
            met.request_fields = {{"Expect", "100-Continue"}};
            unmet.request_fields = {{"Expect", "something-else"}};
            break;
          case q::has_upgrade: met.request_fields = {{"Upgrade", "websocket"}}; break;
          case q::has_expect: met.request_fields = {{"Expect", "something-else"}}; break;
          case q::has_precondition: met.request_fields = {{"If-Unmodified-Since", "x"}}; break;
          case q::method_is_get: met.method = "GET"; break;
          case q::no_if_range:
            unmet.request_fields = {{"Range", "bytes=9-"}, {"If-Range", "\"v1\""}};
            met.request_fields = {{"Range", "bytes=9-"}};
            break;
        }
        const hs::check_index id = hs::check_of(rule.what);
        const hs::report failing = unmet.validate(e);
        INFO(test::describe(failing));
        const auto f = failing.find(hs::info_of(id).id);
        REQUIRE(f.has_value());
        CHECK(f->citation == rule.citation);
        CHECK(f->level == hs::level_of(rule.level));
        CHECK_FALSE(met.validate(e).has(hs::info_of(id).id));
        // without the request, nothing is said of it
        exchange alone = unmet;
        alone.method.reset();
        CHECK_FALSE(alone.validate(e).has(hs::info_of(id).id));
        ++checked;
      }
    }
  }
  CHECK(checked == 16);
}

TEST_CASE("a 1xx to a request of unknown version is not reported; to HTTP/0.9 it is") {
  exchange x;
  x.status = 103;
  x.method = "GET";
  CHECK_FALSE(x.validate(edition::rfc9110).has("request.http-1.0"));
  x.major = 0;
  x.minor = 9;
  CHECK(x.validate(edition::rfc9110).has("request.http-1.0"));
  x.major = 2;
  x.minor = 0;
  CHECK_FALSE(x.validate(edition::rfc9110).has("request.http-1.0"));
}
