// libFuzzer target: validate a request and response pair that parsed, in both editions, and
// through the view API with arbitrary statuses and field lines.
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace hs = httpstatus;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // A request, then a response, split at the first "\n\n" run the fuzzer finds.
  const std::size_t split = input.find("\r\n\r\n");
  const std::string_view request_bytes = input.substr(0, split == input.npos ? 0 : split + 4);
  const std::string_view response_bytes = input.substr(request_bytes.size());
  const hs::parsed_request request = hs::parse_request(request_bytes);
  const hs::parsed_response response =
      hs::parse_response(response_bytes, request ? request.method() : std::string_view{});
  if (response) {
    for (hs::edition e : {hs::edition::rfc2616, hs::edition::rfc9110}) {
      const hs::report found = request ? hs::validate(*response, *request, e)
                                       : hs::validate(*response, e);
      if (found.ok() != (found.errors() == 0)) __builtin_trap();
    }
  }
  // Field lines cut straight from the bytes, under any status.
  hs::field fields[8];
  std::size_t count = 0;
  for (std::size_t at = 0; at + 4 <= size && count < 8; at += 1 + data[at] % 16) {
    const std::size_t name_len = 1 + data[at + 1] % 12;
    const std::size_t value_len = data[at + 2] % 24;
    if (at + 3 + name_len + value_len > size) break;
    fields[count++] = {input.substr(at + 3, name_len), input.substr(at + 3 + name_len, value_len)};
  }
  const int status = size >= 2 ? (data[0] << 8 | data[1]) - 1000 : 0;
  const hs::response_view view(status, hs::field_span(fields, count), size);
  const hs::request_view methods[] = {hs::request_view("GET", hs::field_span(fields, count)),
                                      hs::request_view("HEAD").with_version(1, 0),
                                      hs::request_view("CONNECT")};
  for (const hs::request_view& r : methods) {
    const hs::report found = hs::validate(view, r, hs::edition::rfc9110);
    if (found.size() > HTTPSTATUS_REPORT_CAPACITY) __builtin_trap();
  }
  // the value grammars on the raw bytes, and validation with each clock option
  for (int g = 0; g <= static_cast<int>(hs::value_grammar::entity_tag); ++g) {
    (void)hs::detail::matches(static_cast<hs::value_grammar>(g), input);
  }
  const hs::detail::content_range range = hs::detail::parse_content_range(input);
  if (range.valid && !range.unsatisfied && range.first > range.last) __builtin_trap();
  for (hs::origin_clock clock : {hs::origin_clock::yes, hs::origin_clock::no}) {
    (void)hs::validate(view, hs::validation_options(hs::edition::rfc2616, clock));
  }
  (void)hs::reason_phrase(status);
  (void)hs::content_allowed(status, "HEAD");
  return 0;
}
