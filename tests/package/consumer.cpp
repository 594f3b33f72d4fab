// A consumer of the packaged library: the lookups answer at compile time.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>
#include <string_view>

static_assert(httpstatus::reason_phrase(404) == "Not Found", "");
static_assert(httpstatus::reason_phrase(413, httpstatus::edition::rfc9110) == "Content Too Large",
              "");
static_assert(httpstatus::class_of(httpstatus::code::created) ==
                  httpstatus::status_class::successful, "");
static_assert(httpstatus::lookup(405)->field_rules[0].field == "Allow", "");
static_assert(HTTPSTATUS_VERSION_MAJOR == 0, "the version macro is visible");

int main() {
  const std::string_view phrase = httpstatus::reason_phrase(418);
  std::printf("consumer: 418 %.*s\n", static_cast<int>(phrase.size()), phrase.data());
  return httpstatus::is_registered(299) ? 1 : 0;
}
