// httpstatus-lint --probe: the rules that compare two exchanges with each other (a HEAD's
// response with the GET's), which no single response shows; the library's checks[] holds
// every rule about one response and its request. Same shape: id, message, and the level and
// citation in each edition (an empty citation: no rule in that edition).
#ifndef HTTPSTATUS_LINT_PROBE_RULES_HPP
#define HTTPSTATUS_LINT_PROBE_RULES_HPP

#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace lint {

struct probe_rule {
  std::string_view id;
  std::string_view message;
  httpstatus::level level[2];          // [edition]
  std::string_view citation[2];        // [edition]; "" when the edition has no such rule

  bool holds_in(httpstatus::edition e) const {
    return !citation[static_cast<int>(e)].empty();
  }
};

// RFC 2616 §9.4: the HEAD's metainformation SHOULD be identical to the GET's; RFC 9110 §9.3.2:
// the same header fields, except that fields whose value comes from making the content MAY
// be left out (Content-Length, Vary, Transfer-Encoding). "HEAD is identical to GET except
// that ... no content" (both, no keyword beyond the SHOULD: a warning). Content-Length in a
// HEAD's response is the length the GET's content has: RFC 9110 §8.6 MUST NOT send another;
// RFC 2616 §14.13 defines it so (a definition, read as a MUST).
inline constexpr probe_rule probe_rules[] = {
    {"probe.head-status", "the HEAD's status differs from the GET's",
     {httpstatus::level::warning, httpstatus::level::warning},
     {"RFC 2616 §9.4", "RFC 9110 §9.3.2"}},
    {"probe.head-field-missing", "a header field of the GET's response is not in the HEAD's",
     {httpstatus::level::warning, httpstatus::level::warning},
     {"RFC 2616 §9.4", "RFC 9110 §9.3.2"}},
    {"probe.head-field-differs", "a validator or representation field differs between HEAD and GET",
     {httpstatus::level::warning, httpstatus::level::warning},
     {"RFC 2616 §9.4", "RFC 9110 §9.3.2"}},
    {"probe.head-content-length",
     "the HEAD's Content-Length is not the length of the GET's content",
     {httpstatus::level::error, httpstatus::level::error},
     {"RFC 2616 §14.13", "RFC 9110 §8.6"}},
    // RFC 9110 §8.6: a 304's Content-Length, if sent, is the GET's content length (MUST NOT
    // otherwise); RFC 2616 says nothing of Content-Length in a 304.
    {"probe.304-content-length",
     "the 304's Content-Length is not the length of the GET's content",
     {httpstatus::level::error, httpstatus::level::error},
     {"", "RFC 9110 §8.6"}},
};

inline const probe_rule* find_probe_rule(std::string_view id) {
  for (const probe_rule& r : probe_rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

}  // namespace lint

#endif  // HTTPSTATUS_LINT_PROBE_RULES_HPP
