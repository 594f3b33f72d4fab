// operator<< for codes, findings, reports and views, in the one text form of text.hpp.
// Optional: the core never includes this header (it brings <ostream>).
//
//   std::cout << httpstatus::code::not_found;   // 404 Not Found
//   std::cerr << report;                        // one finding a line, then the counts
#ifndef HTTPSTATUS_OSTREAM_HPP
#define HTTPSTATUS_OSTREAM_HPP

#include <cstddef>
#include <ostream>
#include <string_view>

#include "httpstatus.hpp"

namespace httpstatus {
namespace detail {
struct ostream_sink {
  std::ostream* os;
  void operator()(std::string_view piece) const { *os << piece; }
};
}  // namespace detail

/// "404 Not Found" (RFC 2616 phrases); an unregistered code prints its number alone, as the
/// fmt formatter does.
inline std::ostream& operator<<(std::ostream& os, code c) {
  write_code(c, edition::rfc2616, detail::ostream_sink{&os});
  return os;
}
/// "error: message, condition [field] (citation)"
inline std::ostream& operator<<(std::ostream& os, const finding& f) {
  write_finding(f, detail::ostream_sink{&os});
  return os;
}
/// One finding a line, then the counts.
template <std::size_t N>
std::ostream& operator<<(std::ostream& os, const basic_report<N>& r) {
  write_report(r, detail::ostream_sink{&os});
  return os;
}
/// "response 404 Not Found {Name: value; ...} with 9 bytes of content"
inline std::ostream& operator<<(std::ostream& os, const response_view& r) {
  write_response(r, detail::ostream_sink{&os});
  return os;
}
/// "request GET HTTP/1.1 {Name: value; ...}"
inline std::ostream& operator<<(std::ostream& os, const request_view& r) {
  write_request(r, detail::ostream_sink{&os});
  return os;
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_OSTREAM_HPP
