// libFuzzer target: parse_response on any bytes, then validate and check what parsed.
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace hs = httpstatus;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  // the first byte picks the request method the framing assumes
  const std::string_view methods[] = {"", "GET", "HEAD", "CONNECT"};
  const std::string_view method = size > 0 ? methods[data[0] % 4] : "";
  for (int i = 0; i < 8 && !rest.empty(); ++i) {
    const hs::parsed_response r = hs::parse_response(rest, method);
    if (!r) {
      if (r.error().offset > rest.size() || r.error().what.empty()) __builtin_trap();
      break;
    }
    if (r.consumed() == 0 || r.consumed() > rest.size()) __builtin_trap();
    for (hs::edition e : {hs::edition::rfc2616, hs::edition::rfc9110}) {
      hs::report found = hs::validate(*r, e);
      hs::check_syntax(r, e, found);
      if (found.errors() + found.warnings() + found.infos() < found.size()) __builtin_trap();
    }
    rest.remove_prefix(r.consumed());
  }
  return 0;
}
