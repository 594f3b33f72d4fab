// Lookups: every registered code's phrase in both editions, every int edge, the predicates.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

#include <climits>
#include <string_view>

namespace hs = httpstatus;
using hs::edition;
using hs::status_class;

// Compile-time use under C++17: each lookup in a static_assert.
static_assert(hs::reason_phrase(200) == "OK");
static_assert(hs::reason_phrase(hs::code::created) == "Created");
static_assert(hs::reason_phrase(413) == "Request Entity Too Large");
static_assert(hs::reason_phrase(413, edition::rfc9110) == "Content Too Large");
static_assert(hs::reason_phrase(299).empty());
static_assert(hs::reason_phrase(-1).empty() && hs::reason_phrase(INT_MAX).empty());
static_assert(hs::class_of(404) == status_class::client_error);
static_assert(hs::class_of(99) == status_class::invalid && hs::class_of(600) == status_class::invalid);
static_assert(hs::class_of(INT_MIN) == status_class::invalid);
static_assert(hs::is_registered(418) && !hs::is_registered(419));
static_assert(hs::lookup(511)->value == hs::code::network_authentication_required);
static_assert(hs::lookup(hs::code::not_found)->value == hs::code::not_found);
static_assert(hs::is_successful(hs::code::no_content) && !hs::is_successful(300));
static_assert(hs::citation(201, edition::rfc9110) == "RFC 9110 §15.3.2");
static_assert(hs::enumerator_name(hs::code::continue_) == "continue_");
static_assert(hs::code::payload_too_large == hs::code::content_too_large);
static_assert(hs::code::unprocessable_entity == hs::code::unprocessable_content);

namespace {

struct phrase_row {
  int code;
  std::string_view rfc2616;
  std::string_view rfc9110;
};

// Read off RFC 2616 §10, RFC 9110 §15 and the defining RFCs of the other registry entries.
constexpr phrase_row registry[] = {
    {100, "Continue", "Continue"},
    {101, "Switching Protocols", "Switching Protocols"},
    {102, "Processing", "Processing"},
    {103, "Early Hints", "Early Hints"},
    {200, "OK", "OK"},
    {201, "Created", "Created"},
    {202, "Accepted", "Accepted"},
    {203, "Non-Authoritative Information", "Non-Authoritative Information"},
    {204, "No Content", "No Content"},
    {205, "Reset Content", "Reset Content"},
    {206, "Partial Content", "Partial Content"},
    {207, "Multi-Status", "Multi-Status"},
    {208, "Already Reported", "Already Reported"},
    {226, "IM Used", "IM Used"},
    {300, "Multiple Choices", "Multiple Choices"},
    {301, "Moved Permanently", "Moved Permanently"},
    {302, "Found", "Found"},
    {303, "See Other", "See Other"},
    {304, "Not Modified", "Not Modified"},
    {305, "Use Proxy", "Use Proxy"},
    {306, "(Unused)", "(Unused)"},
    {307, "Temporary Redirect", "Temporary Redirect"},
    {308, "Permanent Redirect", "Permanent Redirect"},
    {400, "Bad Request", "Bad Request"},
    {401, "Unauthorized", "Unauthorized"},
    {402, "Payment Required", "Payment Required"},
    {403, "Forbidden", "Forbidden"},
    {404, "Not Found", "Not Found"},
    {405, "Method Not Allowed", "Method Not Allowed"},
    {406, "Not Acceptable", "Not Acceptable"},
    {407, "Proxy Authentication Required", "Proxy Authentication Required"},
    {408, "Request Timeout", "Request Timeout"},
    {409, "Conflict", "Conflict"},
    {410, "Gone", "Gone"},
    {411, "Length Required", "Length Required"},
    {412, "Precondition Failed", "Precondition Failed"},
    {413, "Request Entity Too Large", "Content Too Large"},
    {414, "Request-URI Too Long", "URI Too Long"},
    {415, "Unsupported Media Type", "Unsupported Media Type"},
    {416, "Requested Range Not Satisfiable", "Range Not Satisfiable"},
    {417, "Expectation Failed", "Expectation Failed"},
    {418, "(Unused)", "(Unused)"},
    {421, "Misdirected Request", "Misdirected Request"},
    {422, "Unprocessable Entity", "Unprocessable Content"},
    {423, "Locked", "Locked"},
    {424, "Failed Dependency", "Failed Dependency"},
    {425, "Too Early", "Too Early"},
    {426, "Upgrade Required", "Upgrade Required"},
    {428, "Precondition Required", "Precondition Required"},
    {429, "Too Many Requests", "Too Many Requests"},
    {431, "Request Header Fields Too Large", "Request Header Fields Too Large"},
    {451, "Unavailable For Legal Reasons", "Unavailable For Legal Reasons"},
    {500, "Internal Server Error", "Internal Server Error"},
    {501, "Not Implemented", "Not Implemented"},
    {502, "Bad Gateway", "Bad Gateway"},
    {503, "Service Unavailable", "Service Unavailable"},
    {504, "Gateway Timeout", "Gateway Timeout"},
    {505, "HTTP Version Not Supported", "HTTP Version Not Supported"},
    {506, "Variant Also Negotiates", "Variant Also Negotiates"},
    {507, "Insufficient Storage", "Insufficient Storage"},
    {508, "Loop Detected", "Loop Detected"},
    {510, "Not Extended", "Not Extended"},
    {511, "Network Authentication Required", "Network Authentication Required"},
};

bool in_registry(int code) {
  for (const auto& row : registry) {
    if (row.code == code) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every registered code has its phrase in both editions") {
  for (const auto& row : registry) {
    CAPTURE(row.code);
    CHECK(hs::is_registered(row.code));
    CHECK(hs::reason_phrase(row.code) == row.rfc2616);  // RFC 2616 is the default
    CHECK(hs::reason_phrase(row.code, edition::rfc2616) == row.rfc2616);
    CHECK(hs::reason_phrase(row.code, edition::rfc9110) == row.rfc9110);
    CHECK(hs::reason_phrase(static_cast<hs::code>(row.code), edition::rfc9110) == row.rfc9110);
    CHECK(hs::lookup(row.code)->value == static_cast<hs::code>(row.code));
    CHECK_FALSE(hs::enumerator_name(row.code).empty());
  }
}

TEST_CASE("every three-digit code and beyond: registered exactly when in the registry") {
  for (int code = 0; code <= 1000; ++code) {
    CAPTURE(code);
    const bool registered = in_registry(code);
    CHECK(hs::is_registered(code) == registered);
    CHECK((hs::lookup(code) != nullptr) == registered);
    CHECK(hs::reason_phrase(code).empty() == !registered);
    CHECK(hs::reason_phrase(code, edition::rfc9110).empty() == !registered);
    CHECK(hs::citation(code).empty() == !registered);
    const auto cls = hs::class_of(code);
    if (code < 100 || code > 599) {
      CHECK(cls == status_class::invalid);
    } else {
      // an unregistered code has the class of its first digit (RFC 9110 §15)
      CHECK(static_cast<int>(cls) == code / 100);
    }
  }
}

TEST_CASE("every lookup is defined at the edges of int") {
  for (int code : {INT_MIN, INT_MIN + 1, -100, -1, 0, 1, 99, 600, 999, 1000, 65535, 65536,
                   65636, INT_MAX - 1, INT_MAX}) {
    CAPTURE(code);
    CHECK(hs::lookup(code) == nullptr);
    CHECK_FALSE(hs::is_registered(code));
    CHECK_FALSE(hs::is_reserved(code));
    CHECK(hs::reason_phrase(code).empty());
    CHECK(hs::reason_phrase(code, edition::rfc9110).empty());
    CHECK(hs::citation(code).empty());
    CHECK(hs::enumerator_name(code).empty());
    CHECK(hs::class_of(code) == status_class::invalid);
    CHECK_FALSE(hs::is_informational(code));
    CHECK_FALSE(hs::is_successful(code));
    CHECK_FALSE(hs::is_redirection(code));
    CHECK_FALSE(hs::is_client_error(code));
    CHECK_FALSE(hs::is_server_error(code));
    CHECK_FALSE(hs::is_error(code));
    CHECK_FALSE(hs::is_final(code));
    CHECK_FALSE(hs::is_heuristically_cacheable(code));
    CHECK_FALSE(hs::is_deprecated(code));
    CHECK(hs::content_rule_of(code) == hs::content_rule::allowed);
  }
  // A code value outside the registry still answers like its int.
  CHECK(hs::reason_phrase(hs::code{471}).empty());
  CHECK(hs::class_of(hs::code{471}) == status_class::client_error);
  CHECK(hs::class_of(hs::code{65535}) == status_class::invalid);
}

TEST_CASE("class predicates") {
  CHECK(hs::is_informational(100));
  CHECK(hs::is_informational(hs::code::early_hints));
  CHECK(hs::is_successful(299));
  CHECK(hs::is_redirection(hs::code::permanent_redirect));
  CHECK(hs::is_client_error(499));
  CHECK(hs::is_server_error(hs::code::network_authentication_required));
  CHECK(hs::is_error(404));
  CHECK(hs::is_error(503));
  CHECK_FALSE(hs::is_error(302));
  CHECK(hs::is_final(200));
  CHECK_FALSE(hs::is_final(101));
  CHECK(hs::content_rule_of(199) == hs::content_rule::never);  // unregistered 1xx
  CHECK(hs::content_rule_of(hs::code::reset_content) == hs::content_rule::must_not);
  CHECK(hs::content_rule_of(299) == hs::content_rule::allowed);
}

TEST_CASE("reserved entries: 306 and 418") {
  for (int code : {306, 418}) {
    CAPTURE(code);
    CHECK(hs::is_registered(code));
    CHECK(hs::is_reserved(code));
    CHECK(hs::reason_phrase(code) == "(Unused)");
    CHECK(hs::reason_phrase(code, edition::rfc9110) == "(Unused)");
  }
  CHECK(hs::citation(418) == "RFC 9110 §15.5.19");
  CHECK_FALSE(hs::is_reserved(hs::code::ok));
}

TEST_CASE("heuristic cacheability per edition") {
  // RFC 2616 §13.4, plus RFC 7538 §3 (308) and RFC 7725 §3 (451)
  const int rfc2616[] = {200, 203, 206, 300, 301, 308, 410, 451};
  // RFC 9110 §15.1, plus RFC 7725 §3 (451)
  const int rfc9110[] = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};
  auto listed = [](const auto& list, int code) {
    for (int c : list) {
      if (c == code) return true;
    }
    return false;
  };
  for (const auto& row : hs::all_statuses()) {
    const int code = hs::to_int(row.value);
    CAPTURE(code);
    CHECK(hs::is_heuristically_cacheable(code, edition::rfc2616) == listed(rfc2616, code));
    CHECK(hs::is_heuristically_cacheable(code, edition::rfc9110) == listed(rfc9110, code));
  }
}

TEST_CASE("305 is deprecated by RFC 9110 only") {
  CHECK(hs::is_deprecated(305, edition::rfc9110));
  CHECK_FALSE(hs::is_deprecated(305, edition::rfc2616));
  for (const auto& row : hs::all_statuses()) {
    if (row.value == hs::code::use_proxy) continue;
    CHECK_FALSE(row.rfc9110.deprecated);
    CHECK_FALSE(row.rfc2616.deprecated);
  }
}

TEST_CASE("enumerator names and aliases") {
  CHECK(hs::enumerator_name(404) == "not_found");
  CHECK(hs::enumerator_name(hs::code::uri_too_long) == "uri_too_long");
  CHECK(hs::enumerator_name(hs::code::request_uri_too_long) == "uri_too_long");
  CHECK(hs::to_int(hs::code::requested_range_not_satisfiable) == 416);
  CHECK(hs::to_int(hs::code::request_entity_too_large) == 413);
}

TEST_CASE("names of the vocabulary") {
  CHECK(hs::to_string_view(edition::rfc2616) == "rfc2616");
  CHECK(hs::to_string_view(edition::rfc9110) == "rfc9110");
  CHECK(hs::to_string_view(status_class::client_error) == "client_error");
  CHECK(hs::to_string_view(status_class::invalid) == "invalid");
  CHECK(hs::to_string_view(hs::requirement::must_not) == "MUST NOT");
  CHECK(hs::to_string_view(hs::requirement::may) == "MAY");
  CHECK(hs::to_string_view(hs::content_rule::never) == "never");
}
