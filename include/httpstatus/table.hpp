// The status table: one row per registered code, the single source of truth.
// Every rule carries the citation of the RFC text it was read from.
#ifndef HTTPSTATUS_TABLE_HPP
#define HTTPSTATUS_TABLE_HPP

#include <cstddef>

#include "code.hpp"
#include "config.hpp"
#include "types.hpp"

namespace httpstatus {
namespace detail {

constexpr edition_info ed(std::string_view phrase, std::string_view citation) noexcept {
  return edition_info{phrase, citation, {}, false, false};
}

// Shorthands that keep each rule on one line.
constexpr auto must = requirement::must;
constexpr auto must_not = requirement::must_not;
constexpr auto should = requirement::should;
constexpr auto should_not = requirement::should_not;
constexpr auto may = requirement::may;
constexpr auto in_2616 = edition_set::rfc2616;
constexpr auto in_9110 = edition_set::rfc9110;
constexpr auto in_both = edition_set::both;
using cond = rule_condition;
using req = request_condition;

// ---- header-field rules, per code ----------------------------------------------------------

inline constexpr field_rule fields_101[] = {
    {"Upgrade", must, in_2616, cond::always, "RFC 2616 §14.42"},
    {"Upgrade", must, in_9110, cond::always, "RFC 9110 §15.2.2"},
};
// RFC 2616 §10.2.2 says the new resource's URI is "given by a Location header field" (no
// BCP 14 keyword; read as SHOULD). RFC 9110 §15.3.2 lets the target URI stand in, and asks
// for Location only after POST (§9.3.3).
inline constexpr field_rule fields_201[] = {
    {"Location", should, in_2616, cond::always, "RFC 2616 §10.2.2"},
    {"Location", should, in_9110, cond::if_request_is_post, "RFC 9110 §9.3.3"},
};
inline constexpr field_rule fields_206[] = {
    {"Content-Range", must, in_2616, cond::unless_multipart_byteranges, "RFC 2616 §10.2.7"},
    {"ETag", must, in_2616, cond::if_sent_in_200, "RFC 2616 §10.2.7"},
    {"Content-Location", must, in_2616, cond::if_sent_in_200, "RFC 2616 §10.2.7"},
    {"Expires", must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.2.7"},
    {"Cache-Control", must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.2.7"},
    {"Vary", must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.2.7"},
    {"Content-Range", must, in_9110, cond::unless_multipart_byteranges, "RFC 9110 §15.3.7.1"},
    {"Content-Range", must_not, in_9110, cond::if_multipart_byteranges, "RFC 9110 §15.3.7.2"},
    {"Cache-Control", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"},
    {"ETag", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"},
    {"Expires", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"},
    {"Content-Location", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"},
    {"Vary", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"},
};
inline constexpr field_rule fields_300[] = {
    {"Location", should, in_2616, cond::if_preferred_choice, "RFC 2616 §10.3.1"},
    {"Location", should, in_9110, cond::if_preferred_choice, "RFC 9110 §15.4.1"},
};
inline constexpr field_rule fields_301[] = {
    {"Location", should, in_2616, cond::always, "RFC 2616 §10.3.2"},
    {"Location", should, in_9110, cond::always, "RFC 9110 §15.4.2"},
};
inline constexpr field_rule fields_302[] = {
    {"Location", should, in_2616, cond::always, "RFC 2616 §10.3.3"},
    {"Location", should, in_9110, cond::always, "RFC 9110 §15.4.3"},
};
// RFC 9110 §15.4.4 defines 303 by "a URI in the Location header field" without a keyword;
// read as SHOULD, as in RFC 2616 §10.3.4.
inline constexpr field_rule fields_303[] = {
    {"Location", should, in_2616, cond::always, "RFC 2616 §10.3.4"},
    {"Location", should, in_9110, cond::always, "RFC 9110 §15.4.4"},
};
// Date, asked for by 206 and 304 too, is the rule of every response (checks[]: date.missing).
// RFC 2616 §10.3.5: no entity-headers (§7.1) but those listed: SHOULD NOT after a strong
// validator, MUST NOT after a weak one. RFC 9110 §15.4.5: SHOULD NOT for representation
// metadata other than those listed; Content-Length is allowed (§8.6) and Last-Modified named
// as useful, so neither is listed.
inline constexpr field_rule fields_304[] = {
    {"ETag", must, in_2616, cond::if_sent_in_200, "RFC 2616 §10.3.5"},
    {"Content-Location", must, in_2616, cond::if_sent_in_200, "RFC 2616 §10.3.5"},
    {"Expires", must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.3.5"},
    {"Cache-Control", must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.3.5"},
    {"Vary", must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.3.5"},
    {"Allow", should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Encoding", should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Language", should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Length", should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-MD5", should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Range", should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Type", should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"},
    {"Last-Modified", should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"},
    {"Allow", must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Encoding", must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Language", must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Length", must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-MD5", must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Range", must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Type", must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"},
    {"Last-Modified", must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"},
    {"Content-Location", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"},
    {"ETag", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"},
    {"Vary", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"},
    {"Cache-Control", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"},
    {"Expires", must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"},
    {"Content-Type", should_not, in_9110, cond::always, "RFC 9110 §15.4.5"},
    {"Content-Encoding", should_not, in_9110, cond::always, "RFC 9110 §15.4.5"},
    {"Content-Language", should_not, in_9110, cond::always, "RFC 9110 §15.4.5"},
};
inline constexpr field_rule fields_305[] = {
    {"Location", must, in_2616, cond::always, "RFC 2616 §10.3.6"},
};
inline constexpr field_rule fields_307[] = {
    {"Location", should, in_2616, cond::always, "RFC 2616 §10.3.8"},
    {"Location", should, in_9110, cond::always, "RFC 9110 §15.4.8"},
};
inline constexpr field_rule fields_308[] = {
    {"Location", should, in_2616, cond::always, "RFC 7538 §3"},
    {"Location", should, in_9110, cond::always, "RFC 9110 §15.4.9"},
};
inline constexpr field_rule fields_401[] = {
    {"WWW-Authenticate", must, in_2616, cond::always, "RFC 2616 §10.4.2"},
    {"WWW-Authenticate", must, in_9110, cond::always, "RFC 9110 §15.5.2"},
};
inline constexpr field_rule fields_405[] = {
    {"Allow", must, in_2616, cond::always, "RFC 2616 §10.4.6"},
    {"Allow", must, in_9110, cond::always, "RFC 9110 §15.5.6"},
};
inline constexpr field_rule fields_407[] = {
    {"Proxy-Authenticate", must, in_2616, cond::always, "RFC 2616 §10.4.8"},
    {"Proxy-Authenticate", must, in_9110, cond::always, "RFC 9110 §15.5.8"},
};
inline constexpr field_rule fields_413[] = {
    {"Retry-After", should, in_2616, cond::if_condition_temporary, "RFC 2616 §10.4.14"},
    {"Retry-After", should, in_9110, cond::if_condition_temporary, "RFC 9110 §15.5.14"},
};
inline constexpr field_rule fields_416[] = {
    {"Content-Range", should, in_2616, cond::if_byte_range_request, "RFC 2616 §10.4.17"},
    {"Content-Type", must_not, in_2616, cond::if_multipart_byteranges, "RFC 2616 §10.4.17"},
    {"Content-Range", should, in_9110, cond::if_byte_range_request, "RFC 9110 §15.5.17"},
};
inline constexpr field_rule fields_426[] = {
    {"Upgrade", must, in_2616, cond::always, "RFC 2817 §4.2"},
    {"Upgrade", must, in_9110, cond::always, "RFC 9110 §15.5.22"},
};
inline constexpr field_rule fields_429[] = {
    {"Retry-After", may, in_both, cond::always, "RFC 6585 §4"},
};
inline constexpr field_rule fields_451[] = {
    {"Link", should, in_both, cond::always, "RFC 7725 §4"},
};
inline constexpr field_rule fields_503[] = {
    {"Retry-After", may, in_2616, cond::always, "RFC 2616 §10.5.4"},
    {"Retry-After", may, in_9110, cond::always, "RFC 9110 §15.6.4"},
};

// ---- request preconditions, per code -------------------------------------------------------

// No 1xx to an HTTP/1.0 request is a rule of the whole class: checks[] (request.http-1.0).
inline constexpr request_rule request_100[] = {
    // RFC 9110 §15.2.1 lets a client discard an unsolicited 100; only RFC 2616 objects, and
    // lets an HTTP/1.1 PUT or POST have one (§8.2.3's exception, for RFC 2068's clients).
    {req::expect_100_continue, should, in_2616, "RFC 2616 §8.2.3"},
};
inline constexpr request_rule request_101[] = {
    {req::has_upgrade, must, in_2616, "RFC 2616 §10.1.2"},
    {req::has_upgrade, must, in_9110, "RFC 9110 §7.8"},
};
// RFC 9110 §14.2: a server MUST ignore Range on any method but GET, so only a GET can get a
// 206 or 416.
inline constexpr request_rule request_206[] = {
    {req::has_range, must, in_2616, "RFC 2616 §10.2.7"},
    {req::has_range, must, in_9110, "RFC 9110 §15.3.7"},
    {req::method_is_get, must, in_9110, "RFC 9110 §14.2"},
};
inline constexpr request_rule request_304[] = {
    {req::conditional_get_or_head, must, in_2616, "RFC 2616 §10.3.5"},
    {req::conditional_get_or_head, must, in_9110, "RFC 9110 §15.4.5"},
};
// RFC 2616 §10.4.17 (and §10.4.13, §10.4.18; RFC 9110 §15.5.13, §10.1.1): each code is
// defined as the answer to a request that had the field; read as MUST.
inline constexpr request_rule request_412[] = {
    {req::has_precondition, must, in_2616, "RFC 2616 §10.4.13"},
    {req::has_precondition, must, in_9110, "RFC 9110 §15.5.13"},
};
inline constexpr request_rule request_416[] = {
    {req::has_range, must, in_2616, "RFC 2616 §10.4.17"},
    {req::no_if_range, should, in_2616, "RFC 2616 §10.4.17"},
    {req::has_range, must, in_9110, "RFC 9110 §15.5.17"},
    {req::method_is_get, must, in_9110, "RFC 9110 §14.2"},
};
inline constexpr request_rule request_417[] = {
    {req::has_expect, must, in_2616, "RFC 2616 §14.20"},
    {req::has_expect, must, in_9110, "RFC 9110 §10.1.1"},
};

// ---- the rows ------------------------------------------------------------------------------

constexpr status_info row(code value, edition_info rfc2616, edition_info rfc9110,
                          const_span<field_rule> fields = {},
                          const_span<request_rule> requests = {},
                          content_rule content = content_rule::allowed) noexcept {
  return status_info{value, content, false, rfc2616, rfc9110, fields, requests};
}

constexpr status_info reserved_row(code value, std::string_view cite_2616,
                                   std::string_view cite_9110) noexcept {
  return status_info{value,
                     content_rule::allowed,
                     true,
                     ed("(Unused)", cite_2616),
                     ed("(Unused)", cite_9110),
                     {},
                     {}};
}

constexpr auto never = content_rule::never;

// RFC 2616 §4.3 and RFC 9110 §6.4.1 / §15.2: 1xx, 204 and 304 carry no content.
inline constexpr status_info status_table[] = {
    row(code::continue_,
        ed("Continue", "RFC 2616 §10.1.1").no_content("RFC 2616 §4.3"),
        ed("Continue", "RFC 9110 §15.2.1").no_content("RFC 9110 §15.2"),
        {}, request_100, never),
    row(code::switching_protocols,
        ed("Switching Protocols", "RFC 2616 §10.1.2").no_content("RFC 2616 §4.3"),
        ed("Switching Protocols", "RFC 9110 §15.2.2").no_content("RFC 9110 §15.2"),
        fields_101, request_101, never),
    row(code::processing,
        ed("Processing", "RFC 2518 §10.1").no_content("RFC 2616 §4.3"),
        ed("Processing", "RFC 2518 §10.1").no_content("RFC 9110 §15.2"),
        {}, {}, never),
    row(code::early_hints,
        ed("Early Hints", "RFC 8297 §2").no_content("RFC 2616 §4.3"),
        ed("Early Hints", "RFC 8297 §2").no_content("RFC 9110 §15.2"),
        {}, {}, never),

    row(code::ok, ed("OK", "RFC 2616 §10.2.1").cacheable(),
        ed("OK", "RFC 9110 §15.3.1").cacheable()),
    row(code::created, ed("Created", "RFC 2616 §10.2.2"), ed("Created", "RFC 9110 §15.3.2"),
        fields_201),
    row(code::accepted, ed("Accepted", "RFC 2616 §10.2.3"), ed("Accepted", "RFC 9110 §15.3.3")),
    row(code::non_authoritative_information,
        ed("Non-Authoritative Information", "RFC 2616 §10.2.4").cacheable(),
        ed("Non-Authoritative Information", "RFC 9110 §15.3.4").cacheable()),
    row(code::no_content,
        ed("No Content", "RFC 2616 §10.2.5").no_content("RFC 2616 §10.2.5"),
        ed("No Content", "RFC 9110 §15.3.5").no_content("RFC 9110 §15.3.5").cacheable(),
        {}, {}, never),
    row(code::reset_content,
        ed("Reset Content", "RFC 2616 §10.2.6").no_content("RFC 2616 §10.2.6"),
        ed("Reset Content", "RFC 9110 §15.3.6").no_content("RFC 9110 §15.3.6"),
        {}, {}, content_rule::must_not),
    row(code::partial_content, ed("Partial Content", "RFC 2616 §10.2.7").cacheable(),
        ed("Partial Content", "RFC 9110 §15.3.7").cacheable(), fields_206, request_206),
    row(code::multi_status, ed("Multi-Status", "RFC 4918 §11.1"),
        ed("Multi-Status", "RFC 4918 §11.1")),
    row(code::already_reported, ed("Already Reported", "RFC 5842 §7.1"),
        ed("Already Reported", "RFC 5842 §7.1")),
    row(code::im_used, ed("IM Used", "RFC 3229 §10.4.1"), ed("IM Used", "RFC 3229 §10.4.1")),

    row(code::multiple_choices, ed("Multiple Choices", "RFC 2616 §10.3.1").cacheable(),
        ed("Multiple Choices", "RFC 9110 §15.4.1").cacheable(), fields_300),
    row(code::moved_permanently, ed("Moved Permanently", "RFC 2616 §10.3.2").cacheable(),
        ed("Moved Permanently", "RFC 9110 §15.4.2").cacheable(), fields_301),
    row(code::found, ed("Found", "RFC 2616 §10.3.3"), ed("Found", "RFC 9110 §15.4.3"),
        fields_302),
    row(code::see_other, ed("See Other", "RFC 2616 §10.3.4"), ed("See Other", "RFC 9110 §15.4.4"),
        fields_303),
    row(code::not_modified,
        ed("Not Modified", "RFC 2616 §10.3.5").no_content("RFC 2616 §10.3.5"),
        ed("Not Modified", "RFC 9110 §15.4.5").no_content("RFC 9110 §15.4.5"),
        fields_304, request_304, never),
    row(code::use_proxy, ed("Use Proxy", "RFC 2616 §10.3.6"),
        ed("Use Proxy", "RFC 9110 §15.4.6").obsolete(), fields_305),
    reserved_row(code::unused_306, "RFC 2616 §10.3.7", "RFC 9110 §15.4.7"),
    row(code::temporary_redirect, ed("Temporary Redirect", "RFC 2616 §10.3.8"),
        ed("Temporary Redirect", "RFC 9110 §15.4.8"), fields_307),
    row(code::permanent_redirect, ed("Permanent Redirect", "RFC 7538 §3").cacheable(),
        ed("Permanent Redirect", "RFC 9110 §15.4.9").cacheable(), fields_308),

    row(code::bad_request, ed("Bad Request", "RFC 2616 §10.4.1"),
        ed("Bad Request", "RFC 9110 §15.5.1")),
    row(code::unauthorized, ed("Unauthorized", "RFC 2616 §10.4.2"),
        ed("Unauthorized", "RFC 9110 §15.5.2"), fields_401),
    row(code::payment_required, ed("Payment Required", "RFC 2616 §10.4.3"),
        ed("Payment Required", "RFC 9110 §15.5.3")),
    row(code::forbidden, ed("Forbidden", "RFC 2616 §10.4.4"), ed("Forbidden", "RFC 9110 §15.5.4")),
    row(code::not_found, ed("Not Found", "RFC 2616 §10.4.5"),
        ed("Not Found", "RFC 9110 §15.5.5").cacheable()),
    row(code::method_not_allowed, ed("Method Not Allowed", "RFC 2616 §10.4.6"),
        ed("Method Not Allowed", "RFC 9110 §15.5.6").cacheable(), fields_405),
    row(code::not_acceptable, ed("Not Acceptable", "RFC 2616 §10.4.7"),
        ed("Not Acceptable", "RFC 9110 §15.5.7")),
    row(code::proxy_authentication_required,
        ed("Proxy Authentication Required", "RFC 2616 §10.4.8"),
        ed("Proxy Authentication Required", "RFC 9110 §15.5.8"), fields_407),
    row(code::request_timeout, ed("Request Timeout", "RFC 2616 §10.4.9"),
        ed("Request Timeout", "RFC 9110 §15.5.9")),
    row(code::conflict, ed("Conflict", "RFC 2616 §10.4.10"), ed("Conflict", "RFC 9110 §15.5.10")),
    row(code::gone, ed("Gone", "RFC 2616 §10.4.11").cacheable(),
        ed("Gone", "RFC 9110 §15.5.11").cacheable()),
    row(code::length_required, ed("Length Required", "RFC 2616 §10.4.12"),
        ed("Length Required", "RFC 9110 §15.5.12")),
    row(code::precondition_failed, ed("Precondition Failed", "RFC 2616 §10.4.13"),
        ed("Precondition Failed", "RFC 9110 §15.5.13"), {}, request_412),
    row(code::content_too_large, ed("Request Entity Too Large", "RFC 2616 §10.4.14"),
        ed("Content Too Large", "RFC 9110 §15.5.14"), fields_413),
    row(code::uri_too_long, ed("Request-URI Too Long", "RFC 2616 §10.4.15"),
        ed("URI Too Long", "RFC 9110 §15.5.15").cacheable()),
    row(code::unsupported_media_type, ed("Unsupported Media Type", "RFC 2616 §10.4.16"),
        ed("Unsupported Media Type", "RFC 9110 §15.5.16")),
    row(code::range_not_satisfiable, ed("Requested Range Not Satisfiable", "RFC 2616 §10.4.17"),
        ed("Range Not Satisfiable", "RFC 9110 §15.5.17"), fields_416, request_416),
    row(code::expectation_failed, ed("Expectation Failed", "RFC 2616 §10.4.18"),
        ed("Expectation Failed", "RFC 9110 §15.5.18"), {}, request_417),
    // RFC 2616 predates the registry entry; RFC 9110 is the document that reserves 418.
    reserved_row(code::unused_418, "RFC 9110 §15.5.19", "RFC 9110 §15.5.19"),
    row(code::misdirected_request, ed("Misdirected Request", "RFC 7540 §9.1.2"),
        ed("Misdirected Request", "RFC 9110 §15.5.20")),
    row(code::unprocessable_content, ed("Unprocessable Entity", "RFC 4918 §11.2"),
        ed("Unprocessable Content", "RFC 9110 §15.5.21")),
    row(code::locked, ed("Locked", "RFC 4918 §11.3"), ed("Locked", "RFC 4918 §11.3")),
    row(code::failed_dependency, ed("Failed Dependency", "RFC 4918 §11.4"),
        ed("Failed Dependency", "RFC 4918 §11.4")),
    row(code::too_early, ed("Too Early", "RFC 8470 §5.2"), ed("Too Early", "RFC 8470 §5.2")),
    row(code::upgrade_required, ed("Upgrade Required", "RFC 2817 §4.2"),
        ed("Upgrade Required", "RFC 9110 §15.5.22"), fields_426),
    row(code::precondition_required, ed("Precondition Required", "RFC 6585 §3"),
        ed("Precondition Required", "RFC 6585 §3")),
    row(code::too_many_requests, ed("Too Many Requests", "RFC 6585 §4"),
        ed("Too Many Requests", "RFC 6585 §4"), fields_429),
    row(code::request_header_fields_too_large, ed("Request Header Fields Too Large", "RFC 6585 §5"),
        ed("Request Header Fields Too Large", "RFC 6585 §5")),
    // RFC 7725 §3: "451 responses are cacheable by default".
    row(code::unavailable_for_legal_reasons,
        ed("Unavailable For Legal Reasons", "RFC 7725 §3").cacheable(),
        ed("Unavailable For Legal Reasons", "RFC 7725 §3").cacheable(), fields_451),

    row(code::internal_server_error, ed("Internal Server Error", "RFC 2616 §10.5.1"),
        ed("Internal Server Error", "RFC 9110 §15.6.1")),
    row(code::not_implemented, ed("Not Implemented", "RFC 2616 §10.5.2"),
        ed("Not Implemented", "RFC 9110 §15.6.2").cacheable()),
    row(code::bad_gateway, ed("Bad Gateway", "RFC 2616 §10.5.3"),
        ed("Bad Gateway", "RFC 9110 §15.6.3")),
    row(code::service_unavailable, ed("Service Unavailable", "RFC 2616 §10.5.4"),
        ed("Service Unavailable", "RFC 9110 §15.6.4"), fields_503),
    row(code::gateway_timeout, ed("Gateway Timeout", "RFC 2616 §10.5.5"),
        ed("Gateway Timeout", "RFC 9110 §15.6.5")),
    row(code::http_version_not_supported, ed("HTTP Version Not Supported", "RFC 2616 §10.5.6"),
        ed("HTTP Version Not Supported", "RFC 9110 §15.6.6")),
    row(code::variant_also_negotiates, ed("Variant Also Negotiates", "RFC 2295 §8.1"),
        ed("Variant Also Negotiates", "RFC 2295 §8.1")),
    row(code::insufficient_storage, ed("Insufficient Storage", "RFC 4918 §11.5"),
        ed("Insufficient Storage", "RFC 4918 §11.5")),
    row(code::loop_detected, ed("Loop Detected", "RFC 5842 §7.2"),
        ed("Loop Detected", "RFC 5842 §7.2")),
    row(code::not_extended, ed("Not Extended", "RFC 2774 §7"), ed("Not Extended", "RFC 2774 §7")),
    row(code::network_authentication_required,
        ed("Network Authentication Required", "RFC 6585 §6"),
        ed("Network Authentication Required", "RFC 6585 §6")),
};

inline constexpr std::size_t status_count = sizeof(status_table) / sizeof(status_table[0]);

// The table holds exactly the codes of the code list, in its order: a row added to one
// and not the other stops the build here.
#define HTTPSTATUS_DETAIL_VALUE(value, name) value,
inline constexpr int listed_codes[] = {HTTPSTATUS_DETAIL_FOR_EACH_CODE(HTTPSTATUS_DETAIL_VALUE)};
#undef HTTPSTATUS_DETAIL_VALUE

constexpr bool table_matches_code_list() noexcept {
  if (sizeof(listed_codes) / sizeof(listed_codes[0]) != status_count) return false;
  for (std::size_t i = 0; i < status_count; ++i) {
    if (static_cast<int>(status_table[i].value) != listed_codes[i]) return false;
  }
  return true;
}
static_assert(table_matches_code_list(),
              "httpstatus: the status table and HTTPSTATUS_DETAIL_FOR_EACH_CODE disagree");

}  // namespace detail

/// The whole table, in ascending order of code: iterate it to list every registered code.
HTTPSTATUS_NODISCARD constexpr const_span<status_info> all_statuses() noexcept {
  return const_span<status_info>(detail::status_table);
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_TABLE_HPP
