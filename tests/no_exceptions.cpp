// Built with -fno-exceptions -fno-rtti: the core needs neither. Exits non-zero on a wrong answer.
#include <httpstatus/httpstatus.hpp>

int main() {
  namespace hs = httpstatus;
  static_assert(hs::reason_phrase(hs::code::gone) == "Gone", "");
  int wrong = 0;
  for (int code = -1; code < 1001; ++code) {
    const hs::status_info* info = hs::lookup(code);
    if ((info != nullptr) != hs::is_registered(code)) ++wrong;
    if (info != nullptr && info->in(hs::edition::rfc9110).reason_phrase.empty()) ++wrong;
  }
  return wrong;
}
