// Lookups at run time and at compile time, in both editions.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>
#include <string_view>

namespace hs = httpstatus;

// Compile-time use: a wrong answer would stop the build.
static_assert(hs::reason_phrase(hs::code::not_found) == "Not Found", "");
static_assert(hs::class_of(503) == hs::status_class::server_error, "");
static_assert(hs::lookup(405)->field_rules[0].field == "Allow", "");

namespace {

void print(std::string_view label, std::string_view text) {
  std::printf("%.*s%.*s\n", static_cast<int>(label.size()), label.data(),
              static_cast<int>(text.size()), text.data());
}

void describe(int code) {
  std::printf("%d  class %-13s", code, hs::to_string_view(hs::class_of(code)).data());
  if (!hs::is_registered(code)) {
    std::printf("  not registered\n");
    return;
  }
  const hs::status_info& info = *hs::lookup(code);
  std::printf("  %s\n", info.reserved ? "reserved" : "registered");
  for (hs::edition e : {hs::edition::rfc2616, hs::edition::rfc9110}) {
    const hs::edition_info& ed = info.in(e);
    std::printf("    %s: \"%.*s\" (%.*s)%s%s\n", hs::to_string_view(e).data(),
                static_cast<int>(ed.reason_phrase.size()), ed.reason_phrase.data(),
                static_cast<int>(ed.citation.size()), ed.citation.data(),
                ed.heuristically_cacheable ? ", heuristically cacheable" : "",
                ed.deprecated ? ", deprecated" : "");
    for (const hs::field_rule& rule : info.field_rules) {
      if (!hs::contains(rule.editions, e)) continue;
      const std::string_view level = hs::to_string_view(rule.level);
      const std::string_view when = hs::describe(rule.condition);
      std::printf("      %-10.*s %.*s%s%.*s  (%.*s)\n", static_cast<int>(level.size()),
                  level.data(), static_cast<int>(rule.field.size()), rule.field.data(),
                  when.empty() ? "" : ", ", static_cast<int>(when.size()), when.data(),
                  static_cast<int>(rule.citation.size()), rule.citation.data());
    }
  }
}

}  // namespace

int main() {
  print("httpstatus: ", "lookups in both editions");
  for (int code : {100, 201, 206, 304, 305, 405, 413, 418, 422, 471, 600}) describe(code);
  return 0;
}
