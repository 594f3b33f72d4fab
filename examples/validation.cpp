// Validation in application code: check responses (and their requests) in both editions.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>
#include <string_view>

namespace hs = httpstatus;

// At compile time too: a conforming 201 and a 401 without its challenge.
constexpr hs::field created_fields[] = {{"Location", "https://shop.example/orders/17"}};
static_assert(hs::validate(hs::response_view(201, created_fields)).ok(), "");
constexpr hs::field bare_fields[] = {{"Content-Type", "text/plain"}};
static_assert(!hs::validate(hs::response_view(401, bare_fields)).ok(), "");

namespace {

void print(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

void show(std::string_view title, const hs::response_view& response,
          const hs::request_view* request) {
  for (hs::edition e : {hs::edition::rfc2616, hs::edition::rfc9110}) {
    print(title);
    print(e == hs::edition::rfc2616 ? "  [RFC 2616]\n" : "  [RFC 9110]\n");
    const hs::report found = request != nullptr ? hs::validate(response, *request, e)
                                                : hs::validate(response, e);
    print("    ");
    hs::write_report(found, [](std::string_view piece) {
      print(piece);
      if (piece == "\n") print("    ");
    });
    print(found.ok() ? "\n    => conforms\n\n" : "\n    => does not conform\n\n");
  }
}

}  // namespace

int main() {
  // A PUT answered with 201 and no Location: RFC 2616 asks for it, RFC 9110 does not.
  const hs::request_view put("PUT");
  show("201 to PUT, no Location", hs::response_view(201, bare_fields), &put);

  // A 206 to a request without Range, with a multipart body and a stray Content-Range.
  constexpr hs::field partial_fields[] = {
      {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
      {"Content-Type", "multipart/byteranges; boundary=B"},
      {"Content-Range", "bytes 0-9/100"},
      {"Content-Length", "180"}};
  const hs::request_view get("GET");
  show("206 multipart to a GET without Range", hs::response_view(206, partial_fields, 180), &get);

  // A 204 that carries content and a Content-Length.
  constexpr hs::field no_content_fields[] = {{"Content-Length", "2"}};
  show("204 with content", hs::response_view(204, no_content_fields, 2), nullptr);
  return 0;
}
