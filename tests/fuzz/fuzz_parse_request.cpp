// libFuzzer target: parse_request on any bytes.
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace hs = httpstatus;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const hs::parsed_request r = hs::parse_request(input);
  if (!r) {
    if (r.error().offset > size || r.error().what.empty()) __builtin_trap();
    return 0;
  }
  if (r.consumed() > size || r.method().empty()) __builtin_trap();
  const hs::request_view view = *r;
  if (view.fields().size() > HTTPSTATUS_PARSE_MAX_FIELDS) __builtin_trap();
  return 0;
}
