// The validator's own rules (checks[]), each failing and passing, in both editions.
#include "support.hpp"

#include <optional>

namespace hs = httpstatus;
using hs::edition;
using test::exchange;

namespace {

constexpr edition both[] = {edition::rfc2616, edition::rfc9110};

// The finding for `rule`, which must be there, with the level and citation of checks[].
hs::finding require_finding(const hs::report& report, hs::check_index c, edition e,
                            std::string_view citation = {}) {
  const hs::check_info& info = hs::info_of(c);
  INFO(test::describe(report));
  const auto f = report.find(info.id);
  REQUIRE(f.has_value());
  CHECK(f->level == info.in(e).level);
  CHECK(f->citation == (citation.empty() ? info.in(e).citation : citation));
  CHECK(f->message == info.message);
  return *f;
}

}  // namespace

TEST_CASE("registry: a status outside 100-599 is an error") {
  for (edition e : both) {
    for (int status : {0, 99, 600, 999, -1, 65536}) {
      exchange x;
      x.status = status;
      const hs::report r = x.validate(e);
      require_finding(r, hs::find_check("status.invalid"), e);
      CHECK_FALSE(r.ok());
    }
    exchange fine;
    fine.status = 599;  // unregistered but valid
    CHECK_FALSE(fine.validate(e).has("status.invalid"));
  }
}

TEST_CASE("registry: an unregistered code inside 100-599 is a warning") {
  for (edition e : both) {
    exchange x;
    x.status = 471;
    const hs::report r = x.validate(e);
    require_finding(r, hs::find_check("status.unregistered"), e);
    CHECK(r.ok());
    x.status = 404;
    CHECK_FALSE(x.validate(e).has("status.unregistered"));
  }
}

TEST_CASE("registry: 306 and 418 are reserved, cited from their rows") {
  for (edition e : both) {
    for (int status : {306, 418}) {
      exchange x;
      x.status = status;
      require_finding(x.validate(e), hs::find_check("status.reserved"), e, hs::citation(status, e));
    }
    exchange x;
    x.status = 307;
    CHECK_FALSE(x.validate(e).has("status.reserved"));
  }
}

TEST_CASE("registry: 305 is deprecated in RFC 9110 only") {
  exchange x;
  x.status = 305;
  x.fields = {{"Location", "http://proxy.example/"}};
  require_finding(x.validate(edition::rfc9110), hs::find_check("status.deprecated"), edition::rfc9110,
                  "RFC 9110 §15.4.6");
  CHECK(x.validate(edition::rfc2616).empty());
  x.fields.clear();  // RFC 2616 §10.3.6: Location is a MUST
  CHECK(x.validate(edition::rfc2616).find("field.missing", "Location")->level == hs::level::error);
}

TEST_CASE("registry: a reason phrase other than the edition's is info only") {
  for (edition e : both) {
    exchange x;
    x.status = 413;
    x.reason = "Payload Too Large";
    const hs::report r = x.validate(e);
    require_finding(r, hs::find_check("status.reason-phrase"), e);
    CHECK(r.ok());
    x.reason = std::string(hs::reason_phrase(413, e));
    CHECK_FALSE(x.validate(e).has("status.reason-phrase"));
    x.reason.clear();  // no phrase sent: nothing to compare
    CHECK_FALSE(x.validate(e).has("status.reason-phrase"));
  }
  exchange old;
  old.status = 413;
  old.reason = "Request Entity Too Large";
  CHECK_FALSE(old.validate(edition::rfc2616).has("status.reason-phrase"));
  CHECK(old.validate(edition::rfc9110).has("status.reason-phrase"));
}

TEST_CASE("content: none in 1xx, 204, 304 and 205, cited from the row") {
  for (edition e : both) {
    for (int status : {100, 101, 103, 199, 204, 205, 304}) {
      CAPTURE(status);
      exchange x;
      x.status = status;
      x.content = 1;
      const hs::status_info* info = hs::lookup(status);
      const std::string_view cite = info != nullptr ? info->in(e).content_citation
                                                    : hs::info_of(hs::find_check("content.forbidden")).in(e).citation;
      require_finding(x.validate(e), hs::find_check("content.forbidden"), e, cite);
      x.content = 0;
      CHECK_FALSE(x.validate(e).has("content.forbidden"));
      x.content.reset();  // unknown length: not checked
      CHECK_FALSE(x.validate(e).has("content.forbidden"));
    }
    exchange ok;
    ok.status = 200;
    ok.content = 10;
    CHECK_FALSE(ok.validate(e).has("content.forbidden"));
  }
}

TEST_CASE("content: none in a response to HEAD") {
  for (edition e : both) {
    exchange x;
    x.status = 200;
    x.content = 5;
    x.method = "HEAD";
    require_finding(x.validate(e), hs::find_check("content.head"), e);
    x.method = "GET";
    CHECK_FALSE(x.validate(e).has("content.head"));
    x.method = "HEAD";
    x.content = 0;
    CHECK_FALSE(x.validate(e).has("content.head"));
  }
}

TEST_CASE("content and framing: a 2xx to CONNECT (RFC 9110 only)") {
  exchange x;
  x.status = 200;
  x.method = "CONNECT";
  x.content = 3;
  x.fields = {{"Content-Length", "3"}};
  const hs::report r = x.validate(edition::rfc9110);
  require_finding(r, hs::find_check("content.connect"), edition::rfc9110);
  require_finding(r, hs::find_check("framing.connect"), edition::rfc9110);
  CHECK_FALSE(x.validate(edition::rfc2616).has("content.connect"));
  CHECK_FALSE(x.validate(edition::rfc2616).has("framing.connect"));
  x.status = 407;  // not a tunnel: content and framing as usual
  CHECK_FALSE(x.validate(edition::rfc9110).has("content.connect"));
  CHECK_FALSE(x.validate(edition::rfc9110).has("framing.connect"));
  x.status = 200;
  x.fields = {{"Transfer-Encoding", "chunked"}};
  x.content = 0;
  require_finding(x.validate(edition::rfc9110), hs::find_check("framing.connect"), edition::rfc9110);
  x.fields.clear();
  CHECK(x.validate(edition::rfc9110).empty());
}

TEST_CASE("framing: Content-Length with Transfer-Encoding") {
  for (edition e : both) {
    exchange x;
    x.fields = {{"Content-Length", "10"}, {"Transfer-Encoding", "chunked"}};
    require_finding(x.validate(e), hs::find_check("framing.transfer-encoding-with-content-length"), e);
    x.fields = {{"Transfer-Encoding", "chunked"}};
    CHECK_FALSE(x.validate(e).has("framing.transfer-encoding-with-content-length"));
  }
  // RFC 2616 §4.4 objects only to a non-identity coding; RFC 9112 §6.2 to any.
  exchange identity;
  identity.fields = {{"Content-Length", "10"}, {"Transfer-Encoding", "identity"}};
  CHECK_FALSE(identity.validate(edition::rfc2616).has("framing.transfer-encoding-with-content-length"));
  CHECK(identity.validate(edition::rfc9110).has("framing.transfer-encoding-with-content-length"));
}

TEST_CASE("framing: a Content-Length that is no number, conflicts, or repeats") {
  for (edition e : both) {
    for (const char* bad : {"abc", "-1", "1.5", "", "12 34", "99999999999999999999999"}) {
      CAPTURE(bad);
      exchange x;
      x.fields = {{"Content-Length", bad}};
      require_finding(x.validate(e), hs::find_check("framing.content-length-invalid"), e);
    }
    exchange conflict;
    conflict.fields = {{"Content-Length", "10"}, {"Content-Length", "11"}};
    require_finding(conflict.validate(e), hs::find_check("framing.content-length-conflict"), e);
    conflict.fields = {{"Content-Length", "10, 12"}};
    require_finding(conflict.validate(e), hs::find_check("framing.content-length-conflict"), e);

    exchange repeated;
    repeated.fields = {{"Content-Length", "42, 42"}};
    repeated.content = 42;
    const hs::report r = repeated.validate(e);
    // not a list: a MUST NOT (RFC 9110 §5.3; RFC 2616 §4.2 read so), even with one value
    require_finding(r, hs::find_check("framing.content-length-repeated"), e);
    CHECK_FALSE(r.ok());
    repeated.fields = {{"Content-Length", "42"}, {"content-length", "42"}};
    CHECK(repeated.validate(e).has("framing.content-length-repeated"));
    repeated.fields = {{"Content-Length", "42"}};
    CHECK(repeated.validate(e).empty());
  }
}

TEST_CASE("framing: Content-Length must match the content") {
  for (edition e : both) {
    exchange x;
    x.fields = {{"Content-Length", "10"}};
    x.content = 9;
    require_finding(x.validate(e), hs::find_check("framing.content-length-mismatch"), e);
    x.content = 10;
    CHECK(x.validate(e).empty());
    // Without the request, empty content may be a response to HEAD: not reported.
    x.content = 0;
    CHECK_FALSE(x.validate(e).has("framing.content-length-mismatch"));
    x.method = "GET";
    CHECK(x.validate(e).has("framing.content-length-mismatch"));
    x.method = "HEAD";  // Content-Length tells the GET's length (RFC 9110 §8.6)
    CHECK_FALSE(x.validate(e).has("framing.content-length-mismatch"));
    // In a 304 it tells the 200's length.
    exchange not_modified;
    not_modified.status = 304;
    not_modified.fields = {{"Content-Length", "500"}, {"Date", "x"}};
    not_modified.content = 0;
    CHECK_FALSE(not_modified.validate(e).has("framing.content-length-mismatch"));
    // Transfer-Encoding wins over Content-Length.
    exchange chunked;
    chunked.fields = {{"Transfer-Encoding", "chunked"}, {"Content-Length", "3"}};
    chunked.content = 20;
    CHECK_FALSE(chunked.validate(e).has("framing.content-length-mismatch"));
  }
}

TEST_CASE("framing: Content-Length and Transfer-Encoding in 1xx and 204 (RFC 9110 only)") {
  for (int status : {100, 204}) {
    CAPTURE(status);
    exchange x;
    x.status = status;
    x.fields = {{"Content-Length", "0"}};
    require_finding(x.validate(edition::rfc9110), hs::find_check("framing.content-length-forbidden"),
                    edition::rfc9110);
    CHECK_FALSE(x.validate(edition::rfc2616).has("framing.content-length-forbidden"));
    x.fields = {{"Transfer-Encoding", "chunked"}};
    require_finding(x.validate(edition::rfc9110), hs::find_check("framing.transfer-encoding-forbidden"),
                    edition::rfc9110);
    CHECK_FALSE(x.validate(edition::rfc2616).has("framing.transfer-encoding-forbidden"));
  }
  exchange fine;
  fine.status = 200;
  fine.fields = {{"Content-Length", "0"}};
  CHECK_FALSE(fine.validate(edition::rfc9110).has("framing.content-length-forbidden"));
}

TEST_CASE("request: a 405 whose Allow lists the refused method") {
  for (edition e : both) {
    exchange x;
    x.status = 405;
    x.method = "DELETE";
    x.fields = {{"Allow", "GET, HEAD"}, {"Allow", "DELETE"}};
    require_finding(x.validate(e), hs::find_check("request.allow-lists-method"), e);
    x.fields = {{"Allow", "GET, HEAD, delete"}};  // methods are case-sensitive
    CHECK_FALSE(x.validate(e).has("request.allow-lists-method"));
    CHECK(x.validate(e).empty());
  }
}

TEST_CASE("request: a 201 to a safe method") {
  for (edition e : both) {
    exchange x;
    x.status = 201;
    x.fields = {{"Location", "http://example.org/new"}};
    x.method = "GET";
    // RFC 9110 §9.2.1 lets a safe method have side effects; only RFC 2616 §9.1.1 objects
    if (e == edition::rfc2616) {
      require_finding(x.validate(e), hs::find_check("request.created-by-safe-method"), e);
    } else {
      CHECK(x.validate(e).empty());
    }
    x.method = "POST";
    CHECK(x.validate(e).empty());
  }
  // RFC 2616 §9.1.1 names GET and HEAD only.
  exchange options;
  options.status = 201;
  options.fields = {{"Location", "http://example.org/new"}};
  options.method = "OPTIONS";
  CHECK_FALSE(options.validate(edition::rfc2616).has("request.created-by-safe-method"));
}

TEST_CASE("a view that left field lines out is never called conforming") {
  for (edition e : both) {
    constexpr hs::field fields[] = {{"Allow", "GET"}};
    const hs::response_view partial = hs::response_view(405, fields).with_omitted_fields(3);
    const hs::report r = hs::validate(partial, e);
    REQUIRE(r.has("view.fields-omitted"));
    CHECK_FALSE(r.ok());
    CHECK(hs::validate(hs::response_view(405, fields), e).ok());
    const hs::request_view request = hs::request_view("GET").with_omitted_fields(1);
    CHECK_FALSE(hs::validate(hs::response_view(405, fields), request, e).ok());
  }
}

TEST_CASE("a full report keeps counting, and ok() counts what did not fit") {
  // A deprecated code (warning) with another phrase (info), then Content-Length repeated
  // (error) and unlike the content (error), in that order: room for the first two.
  constexpr hs::field fields[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                                  {"Content-Length", "5, 5"}};
  const auto small = hs::validate_view<2>(hs::response_view(305, fields, 4).with_reason("Proxy"),
                                          nullptr, edition::rfc9110);
  CHECK(small.capacity() == 2);
  CHECK(small.size() == 2);
  CHECK(small.dropped() == 2);
  CHECK(small.warnings() == 1);
  CHECK(small.infos() == 1);
  CHECK(small.errors() == 2);
  CHECK_FALSE(small.ok());
  CHECK(small.has("status.deprecated"));
  CHECK(small.has("status.reason-phrase"));
  CHECK_FALSE(small.has("framing.content-length-repeated"));
  CHECK_FALSE(small.has("framing.content-length-mismatch"));
  const auto roomy = hs::validate_view<4>(hs::response_view(305, fields, 4).with_reason("Proxy"),
                                          nullptr, edition::rfc9110);
  CHECK(roomy.size() == 4);
  CHECK(roomy.dropped() == 0);
  CHECK(roomy.has("framing.content-length-mismatch"));
}

namespace {

// Whether two reports hold the same findings in the same order.
template <std::size_t N>
bool same_findings(const hs::basic_report<N>& a, const hs::basic_report<N>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const hs::finding x = a[i];
    const hs::finding y = b[i];
    if (x.rule != y.rule || x.field != y.field || x.level != y.level ||
        x.citation != y.citation) {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("rows that share a plan have the plan their own status and row would make") {
  namespace d = hs::detail;
  const d::plan_inputs inputs;
  for (std::size_t slot = 0; slot < d::plan_count; ++slot) {
    const int row = slot < d::status_count ? static_cast<int>(slot) : -1;
    const int status = d::plan_status(slot);
    CAPTURE(status);
    d::plan own;
    d::make_plan(own, inputs, row, status);
    const d::plan& shared = d::plan_for(d::plans<>, row, status);
    REQUIRE(shared.count == own.count);
    for (std::size_t k = 0; k < own.count; ++k) CHECK(shared.steps[k] == own.steps[k]);
    CHECK(shared.always == own.always);
    CHECK(shared.with_request == own.with_request);
    CHECK(shared.fields_start == own.fields_start);
    CHECK(shared.request_start == own.request_start);
    for (int e = 0; e < 2; ++e) {
      CHECK(shared.in_edition[e] == own.in_edition[e]);
      CHECK(shared.reads[e].ids == own.reads[e].ids);
    }
  }
  // and a status outside the rows takes its class's plan
  CHECK(&d::plan_for(d::plans<>, -1, 471) == &d::plan_for(d::plans<>, -1, 499));
}

TEST_CASE("validate finds what the check families find one by one, for every code") {
  // validate runs every family in one flow over one pass; each family called alone builds its
  // own. Both must come to the same findings, in the same order, for every status, in both
  // editions, over field lines that break each framing rule, clean ones, every name the
  // validator reads, and each content length, reason phrase, clock and request that changes
  // a rule.
  std::vector<std::vector<hs::field>> field_sets(13);
  for (std::size_t id = 0; id < hs::detail::known_names.count; ++id) {
    field_sets[0].push_back({hs::detail::known_names.names[id], "1"});
    // every name validation reads, framed by a Content-Length that matches
    if (static_cast<int>(id) != hs::detail::transfer_encoding_id &&
        static_cast<int>(id) != hs::detail::content_length_id) {
      field_sets[12].push_back({hs::detail::known_names.names[id], "1"});
    }
  }
  field_sets[12].push_back({"content-length", "3"});
  field_sets[1] = {{"content-type", "multipart/byteranges; boundary=x"},
                   {"Content-Length", "3"},
                   {"CONTENT-LENGTH", "4"},
                   {"Allow", "GET, POST"},
                   {"Transfer-Encoding", "chunked"}};
  field_sets[2] = {{"Content-Type", "text/plain"}, {"Date", "x"}, {"Content-Length", "3"}};
  field_sets[3] = {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}, {"Server", "y"}};
  field_sets[4] = {{"Content-Length", "3"}, {"content-length", "3"}};      // repeated
  field_sets[5] = {{"Date", "x"}, {"Content-Length", "3x"}, {"Date", "y"}};
  field_sets[6] = {{"Content-Length", " 3 "}, {"ETag", "\"a\""}, {"Content-Range", "bytes 0-2/9"}};
  field_sets[7] = {{"Content-Length", "3, 3"}, {"Upgrade", "h2c"}, {"Connection", "close"}};
  field_sets[8] = {{"Transfer-Encoding", "chunked, gzip"}, {"Transfer-Encoding", "chunked"}};
  field_sets[9] = {{"Content-Length", "3"}, {"Transfer-Encoding", "identity"}};
  field_sets[10] = {{"Content-Length", "123456789012345678901234567890"}};  // too large
  // a name as long as Content-Length plus 64 (lengths wrap in the length masks), and one
  // of Content-Length's length that is not it
  static const std::string long_name = "X-" + std::string(62, 'a') + "Content-Length";
  field_sets[11] = {{long_name, "3"}, {"Content-Lengtx", "3"}, {"Content-Length", "0"}};
  REQUIRE(field_sets[11][0].name.size() == 78);

  const hs::field range[] = {{"Range", "bytes=0-1"}, {"If-Match", "\"b\""}};
  const hs::field conditional[] = {{"If-None-Match", "W/\"a\""}, {"Upgrade", "websocket"}};
  const hs::request_view requests[] = {
      hs::request_view("POST", range), hs::request_view("GET").with_version(1, 0),
      hs::request_view("HEAD", conditional), hs::request_view("CONNECT"),
      hs::request_view("GET", range), hs::request_view("OPTIONS").with_omitted_fields(1)};
  const hs::request_view* const asked[] = {&requests[0], &requests[1], &requests[2],
                                           &requests[3], &requests[4], &requests[5], nullptr};
  const std::optional<std::size_t> contents[] = {std::nullopt, 0, 3};
  const hs::origin_clock clocks[] = {hs::origin_clock::unknown, hs::origin_clock::yes,
                                     hs::origin_clock::no};

  int with_findings = 0;
  int clean = 0;
  for (int status = 99; status <= 600; ++status) {
    for (edition e : both) {
      const hs::status_info* row = hs::lookup(status);
      const std::string_view reasons[] = {"", row != nullptr ? row->in(e).reason_phrase : "",
                                          "Fine"};
      for (const auto& fields : field_sets) {
        const hs::field_span span(fields.data(), fields.size());
        for (const auto& content : contents) {
          for (const std::string_view reason : reasons) {
            for (const std::size_t omitted : {std::size_t{0}, std::size_t{1}}) {
              // reasons and left-out lines matter to no rule that the content length does
              if ((reason != reasons[0] || omitted != 0) && content != 3) continue;
              if (omitted != 0 && reason != reasons[0]) continue;
              hs::response_view response =
                  content ? hs::response_view(status, span, *content)
                          : hs::response_view(status, span);
              response = response.with_reason(reason).with_omitted_fields(omitted);
              for (const hs::request_view* request : asked) {
                for (const hs::origin_clock clock : clocks) {
                  if (clock != clocks[0] && (reason != reasons[0] || omitted != 0)) continue;
                  const hs::validation_options options(e, clock);
                  const auto together = hs::validate_view<64>(response, request, options);
                  hs::basic_report<64> apart;
                  hs::check_registry(response, e, apart);
                  hs::check_content(response, request, options, apart);
                  hs::check_framing(response, request, options, apart);
                  hs::check_fields(response, request, options, apart);
                  if (request != nullptr) hs::check_request(response, *request, options, apart);
                  if (!same_findings(together, apart)) {  // (CAPTURE costs: only on failure)
                    CAPTURE(status, e, fields.size(), content.value_or(99), reason, omitted,
                            request != nullptr ? request->method() : "none");
                    FAIL_CHECK("validate:\n" << test::describe(together) << "families:\n"
                                              << test::describe(apart));
                  }
                  clean += apart.empty() ? 1 : 0;
                  with_findings += apart.empty() ? 0 : 1;
                }
              }
            }
          }
        }
      }
    }
  }
  // The comparisons were of findings, and of clean responses.
  CHECK(with_findings > 100000);
  CHECK(clean > 1000);
}
