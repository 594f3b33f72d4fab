// The one text form of findings, reports and views, shared by the fmt, Catch2 and GoogleTest
// integrations and the linter: "LEVEL: message, condition [field] (citation)". Writes through
// a sink, so it allocates nothing itself.
#ifndef HTTPSTATUS_TEXT_HPP
#define HTTPSTATUS_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "code.hpp"
#include "lookup.hpp"
#include "report.hpp"
#include "view.hpp"

namespace httpstatus {

/// "RFC 2616" or "RFC 9110": an edition as the integrations name it in their messages.
constexpr std::string_view edition_title(edition e) noexcept {
  return e == edition::rfc9110 ? "RFC 9110" : "RFC 2616";
}

/// Writes "error: message, condition [field] (citation)"; `sink(std::string_view)` receives
/// the pieces in order.
template <class Sink>
constexpr void write_finding(const finding& f, Sink&& sink) {
  sink(to_string_view(f.level));
  sink(": ");
  sink(f.message);
  if (!f.condition.empty()) {
    sink(", ");
    sink(f.condition);
  }
  if (!f.field.empty()) {
    sink(" [");
    sink(f.field);
    sink("]");
  }
  if (!f.citation.empty()) {
    sink(" (");
    sink(f.citation);
    sink(")");
  }
}

/// Writes a number in decimal through the sink.
template <class Sink>
void write_number(std::size_t n, Sink&& sink) {
  char digits[20];
  std::size_t at = sizeof digits;
  do {
    digits[--at] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  sink(std::string_view(digits + at, sizeof digits - at));
}

/// Writes "1 error" or "2 errors" (a count, then the singular or plural) through the sink.
template <class Sink>
void write_count(std::size_t n, std::string_view singular, std::string_view plural, Sink&& sink) {
  write_number(n, sink);
  sink(" ");
  sink(n == 1 ? singular : plural);
}

/// Writes "404 Not Found" with the edition's phrase, or the number alone when the code is not
/// registered: how the fmt, std::format and ostream integrations print a `code`.
template <class Sink>
void write_code(code c, edition e, Sink&& sink) {
  write_number(static_cast<std::uint16_t>(c), sink);
  const std::string_view phrase = reason_phrase(c, e);
  if (phrase.empty()) return;
  sink(" ");
  sink(phrase);
}

/// The edition a format spec names: "" and "rfc2616" for RFC 2616, "rfc9110" for RFC 9110;
/// false for any other spec. Shared by the fmt and std::format formatters of `code`.
constexpr bool edition_of_format_spec(std::string_view spec, edition& out) noexcept {
  if (spec.empty() || spec == "rfc2616") {
    out = edition::rfc2616;
  } else if (spec == "rfc9110") {
    out = edition::rfc9110;
  } else {
    return false;
  }
  return true;
}

/// Writes "405 Method Not Allowed", or "299 (not registered)" (the RFC 2616 phrase).
template <class Sink>
void write_status(int status, Sink&& sink) {
  if (status < 0) {
    sink("-");
    status = -status;
  }
  write_number(static_cast<std::size_t>(status), sink);
  const std::string_view phrase = reason_phrase(status);
  sink(phrase.empty() ? std::string_view(" (not registered)") : std::string_view(" "));
  sink(phrase);
}

/// Writes "{Name: value; Name: value}".
template <class Sink>
void write_fields(const field_span& fields, Sink&& sink) {
  sink("{");
  std::string_view separator;
  for (const field& f : fields) {
    sink(separator);
    sink(f.name);
    sink(": ");
    sink(f.value);
    separator = "; ";
  }
  sink("}");
}

/// Writes `response 405 Method Not Allowed "Reason" {fields} with 4 bytes of content`.
template <class Sink>
void write_response(const response_view& r, Sink&& sink) {
  sink("response ");
  write_status(r.status(), sink);
  if (!r.reason().empty()) {
    sink(" \"");
    sink(r.reason());
    sink("\"");
  }
  sink(" ");
  write_fields(r.fields(), sink);
  if (r.content_length()) {
    sink(" with ");
    write_count(*r.content_length(), "byte of content", "bytes of content", sink);
  }
}

/// Writes "request GET HTTP/1.1 {fields}" (the version when known).
template <class Sink>
void write_request(const request_view& r, Sink&& sink) {
  sink("request ");
  sink(r.method());
  if (r.version_known()) {
    sink(" HTTP/");
    write_number(static_cast<std::size_t>(r.version_major()), sink);
    sink(".");
    write_number(static_cast<std::size_t>(r.version_minor()), sink);
  }
  sink(" ");
  write_fields(r.fields(), sink);
}

/// Writes every finding on a line of its own, then "N errors, N warnings, N info", and how
/// many findings did not fit, if any.
template <std::size_t N, class Sink>
void write_report(const basic_report<N>& findings, Sink&& sink) {
  for (const finding& f : findings) {
    write_finding(f, sink);
    sink("\n");
  }
  write_count(findings.errors(), "error", "errors", sink);
  sink(", ");
  write_count(findings.warnings(), "warning", "warnings", sink);
  sink(", ");
  write_count(findings.infos(), "info", "info", sink);
  if (findings.dropped() != 0) {
    sink(" (");
    write_count(findings.dropped(), "finding", "findings", sink);
    sink(" not stored: HTTPSTATUS_REPORT_CAPACITY)");
  }
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_TEXT_HPP
