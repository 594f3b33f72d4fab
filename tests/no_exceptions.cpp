// Built with -fno-exceptions -fno-rtti: the core (lookups, validation, parsing) needs
// neither. Exits non-zero on a wrong answer.
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
  const hs::parsed_response parsed =
      hs::parse_response("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 2\r\n\r\nno");
  if (!parsed) ++wrong;
  const hs::report found = hs::validate(*parsed, hs::request_view("DELETE"), hs::edition::rfc9110);
  if (found.ok() || !found.has("field.missing", "Allow")) ++wrong;
  if (hs::parse_request("GET / HTTP/1.1\r\nHost : x\r\n\r\n")) ++wrong;  // rejected, no throw
  return wrong;
}
