// The rule-id constants of rules.hpp answer queries as the id strings do. That every id of
// checks[] has its constant is ctest rule_ids_are_current; that a misspelt one does not
// compile is ctest rule_id_typo_does_not_compile.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

namespace hs = httpstatus;

// A constant is usable where a constant expression is needed.
static_assert(hs::rule::field_missing.id() == "field.missing", "");
static_assert(hs::rule::framing_transfer_encoding_http_1_0.id() ==
                  "framing.transfer-encoding-http-1.0", "");
static_assert(hs::rule::field_missing != hs::rule::field_forbidden, "");

TEST_CASE("a report is queried by rule constant as by rule id string") {
  const hs::field fields[] = {{"Content-Length", "0"}};
  const hs::report found = hs::validate(hs::response_view(405, fields), hs::edition::rfc9110);
  CHECK(found.has(hs::rule::field_missing, "Allow"));
  CHECK(found.has(hs::rule::field_missing));
  CHECK_FALSE(found.has(hs::rule::field_missing, "Location"));
  CHECK_FALSE(found.has(hs::rule::field_forbidden));
  REQUIRE(found.find(hs::rule::field_missing, "Allow"));
  CHECK(found.find(hs::rule::field_missing, "Allow")->citation == "RFC 9110 §15.5.6");
  CHECK(found.has(hs::rule::date_missing) == found.has("date.missing"));

  const hs::field with_allow[] = {{"Content-Length", "0"}, {"Allow", "GET"}};
  CHECK_FALSE(hs::validate(hs::response_view(405, with_allow), hs::edition::rfc9110)
                  .has(hs::rule::field_missing, "Allow"));
}
