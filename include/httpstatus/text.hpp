// The one text form of findings and reports, shared by the fmt and Catch2 integrations and
// the linter: "LEVEL: message, condition [field] (citation)". Writes through a sink, so it
// allocates nothing itself.
#ifndef HTTPSTATUS_TEXT_HPP
#define HTTPSTATUS_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "code.hpp"
#include "lookup.hpp"
#include "report.hpp"

namespace httpstatus {

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

/// Writes "1 error" or "2 errors" (a count, then the singular or plural) through the sink.
template <class Sink>
void write_count(std::size_t n, std::string_view singular, std::string_view plural, Sink&& sink) {
  char digits[20];
  std::size_t at = sizeof digits;
  const bool one = n == 1;
  do {
    digits[--at] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  sink(std::string_view(digits + at, sizeof digits - at));
  sink(" ");
  sink(one ? singular : plural);
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
