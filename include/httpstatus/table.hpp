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
    {"Upgrade"sv, must, in_2616, cond::always, "RFC 2616 §14.42"sv},
    {"Upgrade"sv, must, in_9110, cond::always, "RFC 9110 §15.2.2"sv},
};
// RFC 2616 §10.2.2 says the new resource's URI is "given by a Location header field" (no
// BCP 14 keyword; read as SHOULD). RFC 9110 §15.3.2 lets the target URI stand in, and asks
// for Location only after POST (§9.3.3).
inline constexpr field_rule fields_201[] = {
    {"Location"sv, should, in_2616, cond::always, "RFC 2616 §10.2.2"sv},
    {"Location"sv, should, in_9110, cond::if_request_is_post, "RFC 9110 §9.3.3"sv},
};
inline constexpr field_rule fields_206[] = {
    {"Content-Range"sv, must, in_2616, cond::unless_multipart_byteranges, "RFC 2616 §10.2.7"sv},
    {"ETag"sv, must, in_2616, cond::if_sent_in_200, "RFC 2616 §10.2.7"sv},
    {"Content-Location"sv, must, in_2616, cond::if_sent_in_200, "RFC 2616 §10.2.7"sv},
    {"Expires"sv, must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.2.7"sv},
    {"Cache-Control"sv, must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.2.7"sv},
    {"Vary"sv, must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.2.7"sv},
    {"Content-Range"sv, must, in_9110, cond::unless_multipart_byteranges, "RFC 9110 §15.3.7.1"sv},
    {"Content-Range"sv, must_not, in_9110, cond::if_multipart_byteranges, "RFC 9110 §15.3.7.2"sv},
    {"Cache-Control"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"sv},
    {"ETag"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"sv},
    {"Expires"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"sv},
    {"Content-Location"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"sv},
    {"Vary"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.3.7"sv},
};
inline constexpr field_rule fields_300[] = {
    {"Location"sv, should, in_2616, cond::if_preferred_choice, "RFC 2616 §10.3.1"sv},
    {"Location"sv, should, in_9110, cond::if_preferred_choice, "RFC 9110 §15.4.1"sv},
};
inline constexpr field_rule fields_301[] = {
    {"Location"sv, should, in_2616, cond::always, "RFC 2616 §10.3.2"sv},
    {"Location"sv, should, in_9110, cond::always, "RFC 9110 §15.4.2"sv},
};
inline constexpr field_rule fields_302[] = {
    {"Location"sv, should, in_2616, cond::always, "RFC 2616 §10.3.3"sv},
    {"Location"sv, should, in_9110, cond::always, "RFC 9110 §15.4.3"sv},
};
// RFC 9110 §15.4.4 defines 303 by "a URI in the Location header field" without a keyword;
// read as SHOULD, as in RFC 2616 §10.3.4.
inline constexpr field_rule fields_303[] = {
    {"Location"sv, should, in_2616, cond::always, "RFC 2616 §10.3.4"sv},
    {"Location"sv, should, in_9110, cond::always, "RFC 9110 §15.4.4"sv},
};
// Date, asked for by 206 and 304 too, is the rule of every response (checks[]: date.missing).
// RFC 2616 §10.3.5: no entity-headers (§7.1) but those listed: SHOULD NOT after a strong
// validator, MUST NOT after a weak one. RFC 9110 §15.4.5: SHOULD NOT for representation
// metadata other than those listed; Content-Length is allowed (§8.6) and Last-Modified named
// as useful, so neither is listed.
inline constexpr field_rule fields_304[] = {
    {"ETag"sv, must, in_2616, cond::if_sent_in_200, "RFC 2616 §10.3.5"sv},
    {"Content-Location"sv, must, in_2616, cond::if_sent_in_200, "RFC 2616 §10.3.5"sv},
    {"Expires"sv, must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.3.5"sv},
    {"Cache-Control"sv, must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.3.5"sv},
    {"Vary"sv, must, in_2616, cond::if_value_might_differ, "RFC 2616 §10.3.5"sv},
    {"Allow"sv, should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Encoding"sv, should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Language"sv, should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Length"sv, should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-MD5"sv, should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Range"sv, should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Type"sv, should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Last-Modified"sv, should_not, in_2616, cond::unless_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Allow"sv, must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Encoding"sv, must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Language"sv, must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Length"sv, must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-MD5"sv, must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Range"sv, must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Type"sv, must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Last-Modified"sv, must_not, in_2616, cond::if_weak_validator, "RFC 2616 §10.3.5"sv},
    {"Content-Location"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"sv},
    {"ETag"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"sv},
    {"Vary"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"sv},
    {"Cache-Control"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"sv},
    {"Expires"sv, must, in_9110, cond::if_sent_in_200, "RFC 9110 §15.4.5"sv},
    {"Content-Type"sv, should_not, in_9110, cond::always, "RFC 9110 §15.4.5"sv},
    {"Content-Encoding"sv, should_not, in_9110, cond::always, "RFC 9110 §15.4.5"sv},
    {"Content-Language"sv, should_not, in_9110, cond::always, "RFC 9110 §15.4.5"sv},
};
inline constexpr field_rule fields_305[] = {
    {"Location"sv, must, in_2616, cond::always, "RFC 2616 §10.3.6"sv},
};
inline constexpr field_rule fields_307[] = {
    {"Location"sv, should, in_2616, cond::always, "RFC 2616 §10.3.8"sv},
    {"Location"sv, should, in_9110, cond::always, "RFC 9110 §15.4.8"sv},
};
inline constexpr field_rule fields_308[] = {
    {"Location"sv, should, in_2616, cond::always, "RFC 7538 §3"sv},
    {"Location"sv, should, in_9110, cond::always, "RFC 9110 §15.4.9"sv},
};
inline constexpr field_rule fields_401[] = {
    {"WWW-Authenticate"sv, must, in_2616, cond::always, "RFC 2616 §10.4.2"sv},
    {"WWW-Authenticate"sv, must, in_9110, cond::always, "RFC 9110 §15.5.2"sv},
};
inline constexpr field_rule fields_405[] = {
    {"Allow"sv, must, in_2616, cond::always, "RFC 2616 §10.4.6"sv},
    {"Allow"sv, must, in_9110, cond::always, "RFC 9110 §15.5.6"sv},
};
inline constexpr field_rule fields_407[] = {
    {"Proxy-Authenticate"sv, must, in_2616, cond::always, "RFC 2616 §10.4.8"sv},
    {"Proxy-Authenticate"sv, must, in_9110, cond::always, "RFC 9110 §15.5.8"sv},
};
inline constexpr field_rule fields_413[] = {
    {"Retry-After"sv, should, in_2616, cond::if_condition_temporary, "RFC 2616 §10.4.14"sv},
    {"Retry-After"sv, should, in_9110, cond::if_condition_temporary, "RFC 9110 §15.5.14"sv},
};
inline constexpr field_rule fields_416[] = {
    {"Content-Range"sv, should, in_2616, cond::if_byte_range_request, "RFC 2616 §10.4.17"sv},
    {"Content-Type"sv, must_not, in_2616, cond::if_multipart_byteranges, "RFC 2616 §10.4.17"sv},
    {"Content-Range"sv, should, in_9110, cond::if_byte_range_request, "RFC 9110 §15.5.17"sv},
};
inline constexpr field_rule fields_426[] = {
    {"Upgrade"sv, must, in_2616, cond::always, "RFC 2817 §4.2"sv},
    {"Upgrade"sv, must, in_9110, cond::always, "RFC 9110 §15.5.22"sv},
};
inline constexpr field_rule fields_429[] = {
    {"Retry-After"sv, may, in_both, cond::always, "RFC 6585 §4"sv},
};
inline constexpr field_rule fields_451[] = {
    {"Link"sv, should, in_both, cond::always, "RFC 7725 §4"sv},
};
inline constexpr field_rule fields_503[] = {
    {"Retry-After"sv, may, in_2616, cond::always, "RFC 2616 §10.5.4"sv},
    {"Retry-After"sv, may, in_9110, cond::always, "RFC 9110 §15.6.4"sv},
};

// ---- request preconditions, per code -------------------------------------------------------

// No 1xx to an HTTP/1.0 request is a rule of the whole class: checks[] (request.http-1.0).
inline constexpr request_rule request_100[] = {
    // RFC 9110 §15.2.1 lets a client discard an unsolicited 100; only RFC 2616 objects, and
    // lets an HTTP/1.1 PUT or POST have one (§8.2.3's exception, for RFC 2068's clients).
    {req::expect_100_continue, should, in_2616, "RFC 2616 §8.2.3"sv},
};
inline constexpr request_rule request_101[] = {
    {req::has_upgrade, must, in_2616, "RFC 2616 §10.1.2"sv},
    {req::has_upgrade, must, in_9110, "RFC 9110 §7.8"sv},
};
// RFC 9110 §14.2: a server MUST ignore Range on any method but GET, so only a GET can get a
// 206 or 416.
inline constexpr request_rule request_206[] = {
    {req::has_range, must, in_2616, "RFC 2616 §10.2.7"sv},
    {req::has_range, must, in_9110, "RFC 9110 §15.3.7"sv},
    {req::method_is_get, must, in_9110, "RFC 9110 §14.2"sv},
};
inline constexpr request_rule request_304[] = {
    {req::conditional_get_or_head, must, in_2616, "RFC 2616 §10.3.5"sv},
    {req::conditional_get_or_head, must, in_9110, "RFC 9110 §15.4.5"sv},
};
// RFC 2616 §10.4.17 (and §10.4.13, §10.4.18; RFC 9110 §15.5.13, §10.1.1): each code is
// defined as the answer to a request that had the field; read as MUST.
inline constexpr request_rule request_412[] = {
    {req::has_precondition, must, in_2616, "RFC 2616 §10.4.13"sv},
    {req::has_precondition, must, in_9110, "RFC 9110 §15.5.13"sv},
};
inline constexpr request_rule request_416[] = {
    {req::has_range, must, in_2616, "RFC 2616 §10.4.17"sv},
    {req::no_if_range, should, in_2616, "RFC 2616 §10.4.17"sv},
    {req::has_range, must, in_9110, "RFC 9110 §15.5.17"sv},
    {req::method_is_get, must, in_9110, "RFC 9110 §14.2"sv},
};
inline constexpr request_rule request_417[] = {
    {req::has_expect, must, in_2616, "RFC 2616 §14.20"sv},
    {req::has_expect, must, in_9110, "RFC 9110 §10.1.1"sv},
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
                     ed("(Unused)"sv, cite_2616),
                     ed("(Unused)"sv, cite_9110),
                     {},
                     {}};
}

constexpr auto never = content_rule::never;

// RFC 2616 §4.3 and RFC 9110 §6.4.1 / §15.2: 1xx, 204 and 304 carry no content.
inline constexpr status_info status_table[] = {
    row(code::continue_,
        ed("Continue"sv, "RFC 2616 §10.1.1"sv).no_content("RFC 2616 §4.3"sv),
        ed("Continue"sv, "RFC 9110 §15.2.1"sv).no_content("RFC 9110 §15.2"sv),
        {}, request_100, never),
    row(code::switching_protocols,
        ed("Switching Protocols"sv, "RFC 2616 §10.1.2"sv).no_content("RFC 2616 §4.3"sv),
        ed("Switching Protocols"sv, "RFC 9110 §15.2.2"sv).no_content("RFC 9110 §15.2"sv),
        fields_101, request_101, never),
    row(code::processing,
        ed("Processing"sv, "RFC 2518 §10.1"sv).no_content("RFC 2616 §4.3"sv),
        ed("Processing"sv, "RFC 2518 §10.1"sv).no_content("RFC 9110 §15.2"sv),
        {}, {}, never),
    row(code::early_hints,
        ed("Early Hints"sv, "RFC 8297 §2"sv).no_content("RFC 2616 §4.3"sv),
        ed("Early Hints"sv, "RFC 8297 §2"sv).no_content("RFC 9110 §15.2"sv),
        {}, {}, never),

    row(code::ok, ed("OK"sv, "RFC 2616 §10.2.1"sv).cacheable(),
        ed("OK"sv, "RFC 9110 §15.3.1"sv).cacheable()),
    row(code::created, ed("Created"sv, "RFC 2616 §10.2.2"sv), ed("Created"sv, "RFC 9110 §15.3.2"sv),
        fields_201),
    row(code::accepted, ed("Accepted"sv, "RFC 2616 §10.2.3"sv), ed("Accepted"sv, "RFC 9110 §15.3.3"sv)),
    row(code::non_authoritative_information,
        ed("Non-Authoritative Information"sv, "RFC 2616 §10.2.4"sv).cacheable(),
        ed("Non-Authoritative Information"sv, "RFC 9110 §15.3.4"sv).cacheable()),
    row(code::no_content,
        ed("No Content"sv, "RFC 2616 §10.2.5"sv).no_content("RFC 2616 §10.2.5"sv),
        ed("No Content"sv, "RFC 9110 §15.3.5"sv).no_content("RFC 9110 §15.3.5"sv).cacheable(),
        {}, {}, never),
    row(code::reset_content,
        ed("Reset Content"sv, "RFC 2616 §10.2.6"sv).no_content("RFC 2616 §10.2.6"sv),
        ed("Reset Content"sv, "RFC 9110 §15.3.6"sv).no_content("RFC 9110 §15.3.6"sv),
        {}, {}, content_rule::must_not),
    row(code::partial_content, ed("Partial Content"sv, "RFC 2616 §10.2.7"sv).cacheable(),
        ed("Partial Content"sv, "RFC 9110 §15.3.7"sv).cacheable(), fields_206, request_206),
    row(code::multi_status, ed("Multi-Status"sv, "RFC 4918 §11.1"sv),
        ed("Multi-Status"sv, "RFC 4918 §11.1"sv)),
    row(code::already_reported, ed("Already Reported"sv, "RFC 5842 §7.1"sv),
        ed("Already Reported"sv, "RFC 5842 §7.1"sv)),
    row(code::im_used, ed("IM Used"sv, "RFC 3229 §10.4.1"sv), ed("IM Used"sv, "RFC 3229 §10.4.1"sv)),

    row(code::multiple_choices, ed("Multiple Choices"sv, "RFC 2616 §10.3.1"sv).cacheable(),
        ed("Multiple Choices"sv, "RFC 9110 §15.4.1"sv).cacheable(), fields_300),
    row(code::moved_permanently, ed("Moved Permanently"sv, "RFC 2616 §10.3.2"sv).cacheable(),
        ed("Moved Permanently"sv, "RFC 9110 §15.4.2"sv).cacheable(), fields_301),
    row(code::found, ed("Found"sv, "RFC 2616 §10.3.3"sv), ed("Found"sv, "RFC 9110 §15.4.3"sv),
        fields_302),
    row(code::see_other, ed("See Other"sv, "RFC 2616 §10.3.4"sv), ed("See Other"sv, "RFC 9110 §15.4.4"sv),
        fields_303),
    row(code::not_modified,
        ed("Not Modified"sv, "RFC 2616 §10.3.5"sv).no_content("RFC 2616 §10.3.5"sv),
        ed("Not Modified"sv, "RFC 9110 §15.4.5"sv).no_content("RFC 9110 §15.4.5"sv),
        fields_304, request_304, never),
    row(code::use_proxy, ed("Use Proxy"sv, "RFC 2616 §10.3.6"sv),
        ed("Use Proxy"sv, "RFC 9110 §15.4.6"sv).obsolete(), fields_305),
    reserved_row(code::unused_306, "RFC 2616 §10.3.7"sv, "RFC 9110 §15.4.7"sv),
    row(code::temporary_redirect, ed("Temporary Redirect"sv, "RFC 2616 §10.3.8"sv),
        ed("Temporary Redirect"sv, "RFC 9110 §15.4.8"sv), fields_307),
    row(code::permanent_redirect, ed("Permanent Redirect"sv, "RFC 7538 §3"sv).cacheable(),
        ed("Permanent Redirect"sv, "RFC 9110 §15.4.9"sv).cacheable(), fields_308),

    row(code::bad_request, ed("Bad Request"sv, "RFC 2616 §10.4.1"sv),
        ed("Bad Request"sv, "RFC 9110 §15.5.1"sv)),
    row(code::unauthorized, ed("Unauthorized"sv, "RFC 2616 §10.4.2"sv),
        ed("Unauthorized"sv, "RFC 9110 §15.5.2"sv), fields_401),
    row(code::payment_required, ed("Payment Required"sv, "RFC 2616 §10.4.3"sv),
        ed("Payment Required"sv, "RFC 9110 §15.5.3"sv)),
    row(code::forbidden, ed("Forbidden"sv, "RFC 2616 §10.4.4"sv), ed("Forbidden"sv, "RFC 9110 §15.5.4"sv)),
    row(code::not_found, ed("Not Found"sv, "RFC 2616 §10.4.5"sv),
        ed("Not Found"sv, "RFC 9110 §15.5.5"sv).cacheable()),
    row(code::method_not_allowed, ed("Method Not Allowed"sv, "RFC 2616 §10.4.6"sv),
        ed("Method Not Allowed"sv, "RFC 9110 §15.5.6"sv).cacheable(), fields_405),
    row(code::not_acceptable, ed("Not Acceptable"sv, "RFC 2616 §10.4.7"sv),
        ed("Not Acceptable"sv, "RFC 9110 §15.5.7"sv)),
    row(code::proxy_authentication_required,
        ed("Proxy Authentication Required"sv, "RFC 2616 §10.4.8"sv),
        ed("Proxy Authentication Required"sv, "RFC 9110 §15.5.8"sv), fields_407),
    row(code::request_timeout, ed("Request Timeout"sv, "RFC 2616 §10.4.9"sv),
        ed("Request Timeout"sv, "RFC 9110 §15.5.9"sv)),
    row(code::conflict, ed("Conflict"sv, "RFC 2616 §10.4.10"sv), ed("Conflict"sv, "RFC 9110 §15.5.10"sv)),
    row(code::gone, ed("Gone"sv, "RFC 2616 §10.4.11"sv).cacheable(),
        ed("Gone"sv, "RFC 9110 §15.5.11"sv).cacheable()),
    row(code::length_required, ed("Length Required"sv, "RFC 2616 §10.4.12"sv),
        ed("Length Required"sv, "RFC 9110 §15.5.12"sv)),
    row(code::precondition_failed, ed("Precondition Failed"sv, "RFC 2616 §10.4.13"sv),
        ed("Precondition Failed"sv, "RFC 9110 §15.5.13"sv), {}, request_412),
    row(code::content_too_large, ed("Request Entity Too Large"sv, "RFC 2616 §10.4.14"sv),
        ed("Content Too Large"sv, "RFC 9110 §15.5.14"sv), fields_413),
    row(code::uri_too_long, ed("Request-URI Too Long"sv, "RFC 2616 §10.4.15"sv),
        ed("URI Too Long"sv, "RFC 9110 §15.5.15"sv).cacheable()),
    row(code::unsupported_media_type, ed("Unsupported Media Type"sv, "RFC 2616 §10.4.16"sv),
        ed("Unsupported Media Type"sv, "RFC 9110 §15.5.16"sv)),
    row(code::range_not_satisfiable, ed("Requested Range Not Satisfiable"sv, "RFC 2616 §10.4.17"sv),
        ed("Range Not Satisfiable"sv, "RFC 9110 §15.5.17"sv), fields_416, request_416),
    row(code::expectation_failed, ed("Expectation Failed"sv, "RFC 2616 §10.4.18"sv),
        ed("Expectation Failed"sv, "RFC 9110 §15.5.18"sv), {}, request_417),
    // RFC 2616 predates the registry entry; RFC 9110 is the document that reserves 418.
    reserved_row(code::unused_418, "RFC 9110 §15.5.19"sv, "RFC 9110 §15.5.19"sv),
    row(code::misdirected_request, ed("Misdirected Request"sv, "RFC 7540 §9.1.2"sv),
        ed("Misdirected Request"sv, "RFC 9110 §15.5.20"sv)),
    row(code::unprocessable_content, ed("Unprocessable Entity"sv, "RFC 4918 §11.2"sv),
        ed("Unprocessable Content"sv, "RFC 9110 §15.5.21"sv)),
    row(code::locked, ed("Locked"sv, "RFC 4918 §11.3"sv), ed("Locked"sv, "RFC 4918 §11.3"sv)),
    row(code::failed_dependency, ed("Failed Dependency"sv, "RFC 4918 §11.4"sv),
        ed("Failed Dependency"sv, "RFC 4918 §11.4"sv)),
    row(code::too_early, ed("Too Early"sv, "RFC 8470 §5.2"sv), ed("Too Early"sv, "RFC 8470 §5.2"sv)),
    row(code::upgrade_required, ed("Upgrade Required"sv, "RFC 2817 §4.2"sv),
        ed("Upgrade Required"sv, "RFC 9110 §15.5.22"sv), fields_426),
    row(code::precondition_required, ed("Precondition Required"sv, "RFC 6585 §3"sv),
        ed("Precondition Required"sv, "RFC 6585 §3"sv)),
    row(code::too_many_requests, ed("Too Many Requests"sv, "RFC 6585 §4"sv),
        ed("Too Many Requests"sv, "RFC 6585 §4"sv), fields_429),
    row(code::request_header_fields_too_large, ed("Request Header Fields Too Large"sv, "RFC 6585 §5"sv),
        ed("Request Header Fields Too Large"sv, "RFC 6585 §5"sv)),
    // RFC 7725 §3: "451 responses are cacheable by default".
    row(code::unavailable_for_legal_reasons,
        ed("Unavailable For Legal Reasons"sv, "RFC 7725 §3"sv).cacheable(),
        ed("Unavailable For Legal Reasons"sv, "RFC 7725 §3"sv).cacheable(), fields_451),

    row(code::internal_server_error, ed("Internal Server Error"sv, "RFC 2616 §10.5.1"sv),
        ed("Internal Server Error"sv, "RFC 9110 §15.6.1"sv)),
    row(code::not_implemented, ed("Not Implemented"sv, "RFC 2616 §10.5.2"sv),
        ed("Not Implemented"sv, "RFC 9110 §15.6.2"sv).cacheable()),
    row(code::bad_gateway, ed("Bad Gateway"sv, "RFC 2616 §10.5.3"sv),
        ed("Bad Gateway"sv, "RFC 9110 §15.6.3"sv)),
    row(code::service_unavailable, ed("Service Unavailable"sv, "RFC 2616 §10.5.4"sv),
        ed("Service Unavailable"sv, "RFC 9110 §15.6.4"sv), fields_503),
    row(code::gateway_timeout, ed("Gateway Timeout"sv, "RFC 2616 §10.5.5"sv),
        ed("Gateway Timeout"sv, "RFC 9110 §15.6.5"sv)),
    row(code::http_version_not_supported, ed("HTTP Version Not Supported"sv, "RFC 2616 §10.5.6"sv),
        ed("HTTP Version Not Supported"sv, "RFC 9110 §15.6.6"sv)),
    row(code::variant_also_negotiates, ed("Variant Also Negotiates"sv, "RFC 2295 §8.1"sv),
        ed("Variant Also Negotiates"sv, "RFC 2295 §8.1"sv)),
    row(code::insufficient_storage, ed("Insufficient Storage"sv, "RFC 4918 §11.5"sv),
        ed("Insufficient Storage"sv, "RFC 4918 §11.5"sv)),
    row(code::loop_detected, ed("Loop Detected"sv, "RFC 5842 §7.2"sv),
        ed("Loop Detected"sv, "RFC 5842 §7.2"sv)),
    row(code::not_extended, ed("Not Extended"sv, "RFC 2774 §7"sv), ed("Not Extended"sv, "RFC 2774 §7"sv)),
    row(code::network_authentication_required,
        ed("Network Authentication Required"sv, "RFC 6585 §6"sv),
        ed("Network Authentication Required"sv, "RFC 6585 §6"sv)),
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
