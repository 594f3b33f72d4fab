// Every public function over all 1000 three-digit codes (and 0-99) and every int edge: the
// sanitizer build runs this under UBSan and ASan, so any undefined behaviour fails it.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

#include <climits>
#include <vector>

namespace hs = httpstatus;

TEST_CASE("every public function answers for every code and int edge") {
  std::vector<int> codes;
  for (int c = 0; c <= 999; ++c) codes.push_back(c);
  for (int c : {INT_MIN, INT_MIN + 1, -65536, -1000, -1, 1000, 65535, 65536, 1 << 20, INT_MAX - 1,
                INT_MAX}) {
    codes.push_back(c);
  }
  constexpr hs::field fields[] = {{"Content-Length", "0"}, {"Allow", "GET"}, {"Range", "bytes=0-1"}};
  std::size_t answers = 0;
  for (int c : codes) {
    for (hs::edition e : {hs::edition::rfc2616, hs::edition::rfc9110}) {
      const hs::status_info* info = hs::lookup(c);
      CHECK((info != nullptr) == hs::is_registered(c));
      answers += hs::reason_phrase(c, e).size() + hs::citation(c, e).size();
      answers += hs::enumerator_name(c).size();
      answers += hs::is_reserved(c) + hs::is_deprecated(c, e) + hs::is_heuristically_cacheable(c, e);
      answers += hs::is_informational(c) + hs::is_successful(c) + hs::is_redirection(c);
      answers += hs::is_client_error(c) + hs::is_server_error(c) + hs::is_error(c) + hs::is_final(c);
      answers += static_cast<std::size_t>(hs::class_of(c)) + static_cast<std::size_t>(hs::content_rule_of(c));
      answers += hs::content_allowed(c, "GET", e) + hs::content_allowed(c, "HEAD", e);
      answers += hs::required_fields(c, e).size() + hs::request_preconditions(c, e).size();
      const hs::response_view response(c, fields, 0);
      const hs::report alone = hs::validate(response, e);
      const hs::report with_request =
          hs::validate(response, hs::request_view("GET", fields).with_version(1, 0), e);
      CHECK(alone.ok() == (alone.errors() == 0));
      CHECK(with_request.size() <= HTTPSTATUS_REPORT_CAPACITY);
      answers += alone.size() + with_request.size();
      // the code type holds any value in 0-65535
      if (c >= 0 && c <= 65535) {
        const auto as_code = static_cast<hs::code>(c);
        CHECK(hs::reason_phrase(as_code, e) == hs::reason_phrase(c, e));
        CHECK(hs::class_of(as_code) == hs::class_of(c));
      }
    }
  }
  CHECK(answers > 0);
}
