// Test support: an exchange built field by field, validated in one call.
#ifndef HTTPSTATUS_TESTS_SUPPORT_HPP
#define HTTPSTATUS_TESTS_SUPPORT_HPP

#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

namespace test {

namespace hs = httpstatus;

struct exchange {
  int status = 200;
  std::vector<hs::field> fields;
  std::optional<std::size_t> content;  // content length; unknown when empty
  std::string reason;
  std::optional<std::string> method;  // the request, when known
  std::vector<hs::field> request_fields;
  int major = -1;
  int minor = -1;
  // A valid Date is added unless the fields have one, or `dated` is false: every 2xx-4xx
  // needs one (date.missing), and most cases are about something else.
  bool dated = true;
  hs::origin_clock clock = hs::origin_clock::unknown;

  hs::response_view response() const {
    bool has_date = false;
    for (const hs::field& f : fields) has_date = has_date || hs::detail::iequals(f.name, "Date");
    if (dated && !has_date) {
      dated_fields = fields;
      dated_fields.push_back({"Date", "Sun, 06 Nov 1994 08:49:37 GMT"});
    }
    const std::vector<hs::field>& used = dated && !has_date ? dated_fields : fields;
    const hs::field_span span(used.data(), used.size());
    const hs::response_view view = content ? hs::response_view(status, span, *content)
                                           : hs::response_view(status, span);
    return view.with_reason(reason);
  }
  hs::request_view request() const {
    const hs::request_view view(*method, hs::field_span(request_fields.data(),
                                                        request_fields.size()));
    return major < 0 ? view : view.with_version(major, minor);
  }
  hs::report validate(hs::edition e) const {
    const hs::validation_options options(e, clock);
    return method ? hs::validate(response(), request(), options) : hs::validate(response(), options);
  }

 private:
  mutable std::vector<hs::field> dated_fields;
};

template <std::size_t N>
std::string describe(const hs::basic_report<N>& report) {
  std::string text;
  for (const hs::finding& f : report) {
    text += std::string(hs::to_string_view(f.level)) + " " + std::string(f.rule) + " [" +
            std::string(f.field) + "] (" + std::string(f.citation) + ")\n";
  }
  return text.empty() ? "no findings" : text;
}

}  // namespace test

#endif  // HTTPSTATUS_TESTS_SUPPORT_HPP
