// httpstatus-lint --probe URL: asks a live server the questions that test its status handling
// (a conditional GET, ranges, a failing If-Match, HEAD beside GET, expectations, a missing
// path, its redirects) with libcurl, and lints every answer with the request that was sent.
// Safe methods only unless asked (--probe-unsafe: an unknown method and an empty POST; never
// DELETE or PUT). Bounded: a fixed number of requests a URL, a timeout a request and in all,
// and at most --max-content bytes of content read a response.
#ifndef HTTPSTATUS_LINT_PROBE_HPP
#define HTTPSTATUS_LINT_PROBE_HPP

#include "captures.hpp"
#include "libcurl.hpp"
#include "probe_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#define HTTPSTATUS_LINT_TEXT(x) #x
#define HTTPSTATUS_LINT_NUMBER(x) HTTPSTATUS_LINT_TEXT(x)
// "0.1.0", for the User-Agent
#define HTTPSTATUS_LINT_VERSION                                                 \
  HTTPSTATUS_LINT_NUMBER(HTTPSTATUS_VERSION_MAJOR)                              \
  "." HTTPSTATUS_LINT_NUMBER(HTTPSTATUS_VERSION_MINOR) "." HTTPSTATUS_LINT_NUMBER( \
      HTTPSTATUS_VERSION_PATCH)

namespace lint {

// What the user chose for a probe run.
struct probe_options {
  hs::validation_options validation;
  bool unsafe = false;      // --probe-unsafe
  bool insecure = false;    // --insecure: no TLS certificate check
  std::vector<std::string> only;     // --only: these probes (and the GET they start from)
  std::size_t max_requests = 20;     // a URL (--max-requests)
  std::chrono::milliseconds timeout{10000};         // a request (--timeout)
  std::chrono::milliseconds total_timeout{120000};  // the whole run (--total-timeout)
  std::size_t max_content = 65536;   // bytes of content read a response (--max-content)
};

// The probes, in the order they are sent. Each asks one question; `expected` is what a
// server that supports what is asked answers (the rules say what is wrong, not this).
struct probe_kind {
  std::string_view name;
  std::string_view purpose;
  std::string_view expected;
  bool unsafe;
};
inline constexpr probe_kind probe_kinds[] = {
    {"get", "GET: the status, validators and length the other probes start from",
     "any status, checked with its request", false},
    {"head", "HEAD: the GET's status and header fields without content",
     "the GET's status and header fields, no content", false},
    {"if-none-match", "GET with If-None-Match: the GET's ETag", "304 (Not Modified)", false},
    {"if-modified-since", "GET with If-Modified-Since: the GET's Last-Modified",
     "304 (Not Modified)", false},
    {"if-match-fails", "GET with If-Match: an entity tag the resource does not have",
     "412 (Precondition Failed)", false},
    {"range", "GET with Range: bytes=0-0",
     "206 with Content-Range: bytes 0-0/LENGTH, or 200 (Range may be ignored)", false},
    {"multi-range", "GET with Range: bytes=0-0,-1",
     "206 (multipart/byteranges, or one part), or 200", false},
    {"unsatisfiable-range", "GET with Range: bytes=LENGTH- (past the end)",
     "416 with Content-Range: bytes */LENGTH, or 200", false},
    {"if-range-stale", "GET with Range: bytes=0-0 and an If-Range that does not match",
     "200 with the whole content", false},
    {"options", "OPTIONS", "2xx with Allow, or 405 or 501", false},
    {"expect-continue", "GET with Expect: 100-continue",
     "the GET's status, with or without a 100 (Continue) first", false},
    {"unknown-expectation", "GET with Expect: httpstatus-lint-probe (an unknown expectation)",
     "417 (Expectation Failed)", false},
    {"not-found", "GET of a path under the URL that does not exist",
     "404 or 410 with an explanation", false},
    {"redirects", "GET of each hop of the GET's redirect chain (at most 5)",
     "a 3xx with Location at each hop, then a final status", false},
    {"unknown-method", "HTTPSTATUSLINTPROBE (a method no server implements)",
     "501 (Not Implemented), or 405 with Allow", true},
    {"post", "POST with empty content", "405 with Allow where POST is not supported", true},
};
inline constexpr std::size_t max_redirect_hops = 5;

inline bool is_probe_name(std::string_view name) {
  return std::any_of(std::begin(probe_kinds), std::end(probe_kinds),
                     [name](const probe_kind& k) { return k.name == name; });
}

namespace detail {

// One request as sent, and what came back.
struct probe_exchange {
  std::string method;
  std::string url;
  std::vector<std::string> fields;  // "Name: value", the ones the probe chose
  std::string request_head;         // as libcurl sent it
  std::string heads;                // every response head received (interim and final)
  std::string content;              // at most max_content bytes, transfer coding kept
  bool truncated = false;           // more content came than max_content
  std::string failure;              // why the transfer failed; empty when it did not
  std::size_t header_bytes = 0;
};

inline std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* x = static_cast<probe_exchange*>(user);
  const std::size_t n = size * count;
  x->header_bytes += n;
  if (x->header_bytes > 256 * 1024) return 0;  // heads that large: abort, said as a failure
  // a new status line after a final head: only a 1xx comes before another head
  x->heads.append(data, n);
  return n;
}

struct content_sink {
  probe_exchange* x;
  std::size_t cap;
};
inline std::size_t on_content(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<content_sink*>(user);
  const std::size_t n = size * count;
  if (sink->x->content.size() + n > sink->cap) {
    sink->x->truncated = true;
    return 0;  // stops the transfer: the probe reads heads and a little content
  }
  sink->x->content.append(data, n);
  return n;
}

inline int on_debug(CURL*, curl_infotype type, char* data, std::size_t size, void* user) {
  if (type == CURLINFO_HEADER_OUT) static_cast<probe_exchange*>(user)->request_head.append(data, size);
  return 0;
}

struct curl_slist_deleter {
  void operator()(curl_slist* list) const { libcurl().slist_free_all(list); }
};
struct curl_url_deleter {
  void operator()(CURLU* url) const { libcurl().url_cleanup(url); }
};

// A part of a URL libcurl parsed, as a string; empty when there is none.
inline std::string url_part(CURLU* url, CURLUPart part) {
  char* text = nullptr;
  if (libcurl().url_get(url, part, &text, 0) != CURLUE_OK) return {};
  std::string out(text);
  libcurl().free(text);
  return out;
}

// `location` resolved against `base` by libcurl's URL parser; empty when it cannot be.
inline std::string resolve(const std::string& base, const std::string& location) {
  std::unique_ptr<CURLU, curl_url_deleter> url(libcurl().url());
  if (!url || libcurl().url_set(url.get(), CURLUPART_URL, base.c_str(), 0) != CURLUE_OK) return {};
  if (libcurl().url_set(url.get(), CURLUPART_URL, location.c_str(), 0) != CURLUE_OK) return {};
  return url_part(url.get(), CURLUPART_URL);
}

// A path under the URL's that no server has: the URL's path, a segment added, no query.
inline std::string absent_under(const std::string& base) {
  std::unique_ptr<CURLU, curl_url_deleter> url(libcurl().url());
  if (!url || libcurl().url_set(url.get(), CURLUPART_URL, base.c_str(), 0) != CURLUE_OK) return {};
  std::string under = url_part(url.get(), CURLUPART_PATH);
  if (under.empty() || under.back() != '/') under += '/';
  under += "httpstatus-lint-probe-absent";
  libcurl().url_set(url.get(), CURLUPART_QUERY, nullptr, 0);
  libcurl().url_set(url.get(), CURLUPART_FRAGMENT, nullptr, 0);
  if (libcurl().url_set(url.get(), CURLUPART_PATH, under.c_str(), 0) != CURLUE_OK) return {};
  return url_part(url.get(), CURLUPART_URL);
}

// Sends one request and records what came back. `timeout` bounds the whole transfer.
inline void send(CURL* curl, probe_exchange& x, const probe_options& options,
                 std::chrono::milliseconds timeout) {
  const libcurl_functions& lib = libcurl();
  lib.easy_reset(curl);  // keeps the connection cache: probes reuse a connection
  char error[CURL_ERROR_SIZE] = {};
  content_sink sink{&x, options.max_content};
  std::unique_ptr<curl_slist, curl_slist_deleter> fields;
  for (const std::string& f : x.fields) fields.reset(lib.slist_append(fields.release(), f.c_str()));
  lib.easy_setopt(curl, CURLOPT_URL, x.url.c_str());
  lib.easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  if (x.method == "HEAD") {
    lib.easy_setopt(curl, CURLOPT_NOBODY, 1L);
  } else if (x.method == "POST") {
    lib.easy_setopt(curl, CURLOPT_POST, 1L);
    lib.easy_setopt(curl, CURLOPT_POSTFIELDS, "");
    lib.easy_setopt(curl, CURLOPT_POSTFIELDSIZE, 0L);
    fields.reset(lib.slist_append(fields.release(), "Content-Type:"));  // none for no content
  } else if (x.method != "GET") {
    lib.easy_setopt(curl, CURLOPT_CUSTOMREQUEST, x.method.c_str());
  }
  lib.easy_setopt(curl, CURLOPT_HTTPHEADER, fields.get());
  lib.easy_setopt(curl, CURLOPT_USERAGENT,
                   "httpstatus-lint/" HTTPSTATUS_LINT_VERSION " (--probe)");
  lib.easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  lib.easy_setopt(curl, CURLOPT_HTTP_TRANSFER_DECODING, 0L);  // chunked as sent
  lib.easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  lib.easy_setopt(curl, CURLOPT_HEADERDATA, &x);
  lib.easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_content);
  lib.easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
  lib.easy_setopt(curl, CURLOPT_VERBOSE, 1L);  // for the request head, through on_debug
  lib.easy_setopt(curl, CURLOPT_DEBUGFUNCTION, on_debug);
  lib.easy_setopt(curl, CURLOPT_DEBUGDATA, &x);
  lib.easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  lib.easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  lib.easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  lib.easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeout.count()));
  if (options.insecure) {
    lib.easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    lib.easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
  }
  const CURLcode done = lib.easy_perform(curl);
  if (done != CURLE_OK && !(done == CURLE_WRITE_ERROR && x.truncated)) {
    x.failure = error[0] != '\0' ? fmt::format("{} ({})", lib.easy_strerror(done), error)
                                 : std::string(lib.easy_strerror(done));
  }
}

// The heads of an exchange, one after another; the last is the final response's.
inline std::vector<std::string_view> heads_of(std::string_view heads) {
  std::vector<std::string_view> out;
  while (!heads.empty()) {
    const hs::parsed_response head = hs::parse_response_head(heads);
    if (!head) break;
    out.push_back(heads.substr(0, head.head_length()));
    heads.remove_prefix(head.head_length());
  }
  return out;
}

// The final response's head of an exchange, parsed; not ok when none.
inline hs::parsed_response final_head(const probe_exchange& x) {
  const std::vector<std::string_view> heads = heads_of(x.heads);
  return heads.empty() ? hs::parse_response_head({}) : hs::parse_response_head(heads.back());
}

// The length of the final response's content, its transfer coding removed; empty when the
// probe did not read it whole.
inline std::optional<std::size_t> content_length_of(const probe_exchange& x) {
  const std::vector<std::string_view> heads = heads_of(x.heads);
  if (heads.empty() || x.truncated || !x.failure.empty()) return std::nullopt;
  std::string message(heads.back());
  message += x.content;
  const hs::parsed_response parsed = hs::parse_response(message, x.method);
  if (!parsed) return std::nullopt;
  return parsed.content_length();
}

inline std::string field_value(const hs::parsed_response& head, std::string_view name) {
  const hs::field* f = head.fields().find(name);
  return f == nullptr ? std::string() : std::string(f->value);
}

// Lints what an exchange got, with the request sent: the full framing checks on the bytes
// as they came (libcurl removed no coding), or the heads alone when the content was cut.
inline linted_input lint_exchange(const std::string& name, const probe_exchange& x,
                                  const probe_options& options) {
  linted_input out{name, {}, {}, std::nullopt, std::nullopt};
  const hs::parsed_request request = hs::parse_request_head(x.request_head);
  const hs::parsed_request* sent = request ? &request : nullptr;
  if (!request && !x.request_head.empty()) {
    out.notes.push_back(fmt::format("the request libcurl sent could not be read ({}): the "
                                    "responses were checked without it",
                                    request.error().what));
  }
  if (!x.failure.empty() && x.heads.empty()) {
    out.error = fmt::format("{}: no response: {}", name, x.failure);
    return out;
  }
  const capture_options given{options.validation, sent, x.method, true};
  if (x.truncated || !x.failure.empty()) {
    // the heads alone: the content was not read whole, so its framing is not checked
    for (std::string_view head : heads_of(x.heads)) {
      const hs::parsed_response parsed = hs::parse_response_head(head);
      const auto line_at = [head](std::size_t at) {
        return 1 + static_cast<std::size_t>(
                       std::count(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
      };
      out.responses.push_back(
          lint_response(parsed, std::nullopt, sent, options.validation, head, line_at));
    }
    if (x.truncated) {
      out.notes.push_back(fmt::format("the content is longer than --max-content ({} bytes) and "
                                      "was not read to its end: its framing was not checked",
                                      options.max_content));
    } else {
      out.error = fmt::format("{}: the transfer failed after the head: {}", name, x.failure);
    }
    return out;
  }
  linted_input read = lint_stream(name, x.heads + x.content, given);
  read.notes.insert(read.notes.begin(), out.notes.begin(), out.notes.end());
  return read;
}

// Adds a finding of probe rule `id` at its level in `e`, if the edition has the rule.
inline void add_cross(linted_response& out, std::string_view id, hs::edition e, std::string field,
                      std::string condition) {
  const probe_rule& rule = *find_probe_rule(id);
  if (!rule.holds_in(e)) return;
  const int at = static_cast<int>(e);
  out.cross.push_back(cross_finding{rule.id, rule.level[at], std::move(field), rule.citation[at],
                                    rule.message, std::move(condition)});
}

// The rules that compare a HEAD's final response with the GET's (probe_rules.hpp);
// `get_length`: the GET's content length, when it was read whole.
inline void compare_head_with_get(const probe_exchange& get, std::optional<std::size_t> get_length,
                                  const probe_exchange& head, hs::edition e,
                                  linted_response& out) {
  const hs::parsed_response g = final_head(get);
  const hs::parsed_response h = final_head(head);
  if (!g || !h) return;
  const auto add = [&](std::string_view id, std::string field, std::string condition) {
    add_cross(out, id, e, std::move(field), std::move(condition));
  };
  if (g.status() != h.status()) {
    add("probe.head-status", "", fmt::format("GET: {}, HEAD: {}", g.status(), h.status()));
    return;  // different responses: their fields are not comparable
  }
  // fields that differ from one response to the next, or that RFC 9110 lets a HEAD leave out
  // (their value comes from making the content)
  const auto exempt = [e](std::string_view name) {
    for (std::string_view n : {"Date", "Connection", "Keep-Alive", "Transfer-Encoding"}) {
      if (hs::detail::iequals(name, n)) return true;
    }
    return e == hs::edition::rfc9110 &&
           (hs::detail::iequals(name, "Content-Length") || hs::detail::iequals(name, "Vary"));
  };
  std::vector<std::string_view> said;
  for (const hs::field& f : g.fields()) {
    if (exempt(f.name) || h.fields().has(f.name)) continue;
    const bool again = std::any_of(said.begin(), said.end(), [&](std::string_view s) {
      return hs::detail::iequals(s, f.name);
    });
    if (again) continue;
    said.push_back(f.name);
    add("probe.head-field-missing", std::string(f.name), "");
  }
  for (std::string_view name : {"Content-Type", "ETag", "Last-Modified"}) {
    const std::string a = field_value(g, name);
    const std::string b = field_value(h, name);
    if (!a.empty() && !b.empty() && a != b) {
      add("probe.head-field-differs", std::string(name), fmt::format("GET: {}, HEAD: {}", a, b));
    }
  }
  const hs::field* declared = h.fields().find("Content-Length");
  if (get_length && declared != nullptr && declared->value != std::to_string(*get_length)) {
    add("probe.head-content-length", "Content-Length",
        fmt::format("HEAD: {}, the GET's content: {} bytes", declared->value, *get_length));
  }
}

// A 304's Content-Length against the GET's content (RFC 9110 §8.6).
inline void compare_304_with_get(std::optional<std::size_t> get_length,
                                 const probe_exchange& conditional, hs::edition e,
                                 linted_response& out) {
  const hs::parsed_response c = final_head(conditional);
  if (!c || c.status() != 304) return;
  const hs::field* declared = c.fields().find("Content-Length");
  if (declared == nullptr || !get_length || declared->value == std::to_string(*get_length)) return;
  add_cross(out, "probe.304-content-length", e, "Content-Length",
            fmt::format("304: {}, the GET's content: {} bytes", declared->value, *get_length));
}

}  // namespace detail

// Probes one URL. `budget` counts the requests left for it; `deadline` ends the whole run.
class url_prober {
 public:
  url_prober(CURL* curl, std::string url, const probe_options& options,
             std::chrono::steady_clock::time_point deadline)
      : curl_(curl), url_(std::move(url)), options_(options), deadline_(deadline) {}

  std::vector<linted_input> run() {
    detail::probe_exchange get = ask("get", "GET", url_, {});
    if (!get.failure.empty() && get.heads.empty()) return std::move(inputs_);  // nothing to build on
    const hs::parsed_response got = detail::final_head(get);
    const int status = got ? got.status() : 0;
    const std::string etag = got ? detail::field_value(got, "ETag") : std::string();
    const std::string modified = got ? detail::field_value(got, "Last-Modified") : std::string();
    const std::optional<std::size_t> length = detail::content_length_of(get);
    const bool ok = status == 200;

    if (wanted("head")) {
      detail::probe_exchange head = ask("head", "HEAD", url_, {});
      if (!inputs_.back().responses.empty()) {
        detail::compare_head_with_get(get, length, head, options_.validation.edition,
                                      inputs_.back().responses.back());
      }
    }
    if (wanted("if-none-match")) {
      if (etag.empty()) {
        skip("if-none-match", "the GET's response had no ETag");
      } else {
        compare_304(length, ask("if-none-match", "GET", url_, {"If-None-Match: " + etag}));
      }
    }
    if (wanted("if-modified-since")) {
      if (modified.empty()) {
        skip("if-modified-since", "the GET's response had no Last-Modified");
      } else {
        compare_304(length,
                    ask("if-modified-since", "GET", url_, {"If-Modified-Since: " + modified}));
      }
    }
    if (wanted("if-match-fails")) {
      ask("if-match-fails", "GET", url_, {"If-Match: \"httpstatus-lint-probe-no-such-tag\""});
    }
    const std::string not_200 = fmt::format("the GET's status was {}, not 200: ranges are of a "
                                            "200's representation",
                                            status);
    if (wanted("range")) {
      if (ok) ask("range", "GET", url_, {"Range: bytes=0-0"});
      else skip("range", not_200);
    }
    if (wanted("multi-range")) {
      if (ok) ask("multi-range", "GET", url_, {"Range: bytes=0-0,-1"});
      else skip("multi-range", not_200);
    }
    if (wanted("unsatisfiable-range")) {
      if (!ok) {
        skip("unsatisfiable-range", not_200);
      } else if (!length) {
        skip("unsatisfiable-range", "the GET's content was not read whole: its length is not known");
      } else {
        ask("unsatisfiable-range", "GET", url_, {fmt::format("Range: bytes={}-", *length)});
      }
    }
    if (wanted("if-range-stale")) {
      if (!ok) {
        skip("if-range-stale", not_200);
      } else if (!etag.empty()) {
        ask("if-range-stale", "GET", url_,
            {"Range: bytes=0-0", "If-Range: \"httpstatus-lint-probe-stale\""});
      } else if (!modified.empty() && modified != stale_date) {
        ask("if-range-stale", "GET", url_, {"Range: bytes=0-0", "If-Range: " + std::string(stale_date)});
      } else {
        skip("if-range-stale", "the GET's response had neither ETag nor Last-Modified");
      }
    }
    if (wanted("options")) ask("options", "OPTIONS", url_, {});
    if (wanted("expect-continue")) ask("expect-continue", "GET", url_, {"Expect: 100-continue"});
    if (wanted("unknown-expectation")) {
      ask("unknown-expectation", "GET", url_, {"Expect: httpstatus-lint-probe"});
    }
    if (wanted("not-found")) {
      const std::string absent = detail::absent_under(url_);
      if (absent.empty()) skip("not-found", "the URL has no path to add to");
      else ask("not-found", "GET", absent, {});
    }
    if (wanted("redirects")) follow(get, status);
    if (options_.unsafe && wanted("unknown-method")) {
      ask("unknown-method", "HTTPSTATUSLINTPROBE", url_, {});
    }
    if (options_.unsafe && wanted("post")) ask("post", "POST", url_, {});
    return std::move(inputs_);
  }

 private:
  static constexpr std::string_view stale_date = "Thu, 01 Jan 1970 00:00:00 GMT";

  bool wanted(std::string_view name) const {
    return options_.only.empty() ||
           std::find(options_.only.begin(), options_.only.end(), name) != options_.only.end();
  }
  static const probe_kind& kind(std::string_view name) {
    return *std::find_if(std::begin(probe_kinds), std::end(probe_kinds),
                         [name](const probe_kind& k) { return k.name == name; });
  }
  static probe_summary summary(std::string_view name, std::string request) {
    const probe_kind& k = kind(name);
    return probe_summary{std::string(k.name), std::string(k.purpose), std::move(request),
                         std::string(k.expected), {}, 0, false};
  }

  // Records a probe that was not sent, and why.
  void skip(std::string_view name, std::string why, std::string input_name = {}) {
    linted_input out{input_name.empty() ? url_ + "#" + std::string(name) : std::move(input_name),
                     {}, {}, std::nullopt, summary(name, {})};
    out.probe->not_sent = std::move(why);
    inputs_.push_back(std::move(out));
  }

  // Sends one probe's request (within the budget and the time left) and lints the answer.
  detail::probe_exchange ask(std::string_view name, std::string method, std::string url,
                             std::vector<std::string> fields, std::string input_name = {}) {
    detail::probe_exchange x;
    x.method = std::move(method);
    x.url = std::move(url);
    x.fields = std::move(fields);
    if (input_name.empty()) input_name = url_ + "#" + std::string(name);
    std::string request = x.method;
    if (x.url != url_) request += " " + x.url;
    for (const std::string& f : x.fields) request += (request.size() == x.method.size() ? " " : ", ") + f;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline_ - std::chrono::steady_clock::now());
    if (sent_ >= options_.max_requests) {
      skip(name, fmt::format("the {} requests a URL may take (--max-requests) were used",
                             options_.max_requests),
           std::move(input_name));
      x.failure = "not sent";
      return x;
    }
    if (left.count() <= 0) {
      skip(name, "the run's time (--total-timeout) was used", std::move(input_name));
      x.failure = "not sent";
      return x;
    }
    ++sent_;
    detail::send(curl_, x, options_, std::min(options_.timeout, left));
    linted_input out = detail::lint_exchange(input_name, x, options_);
    out.probe = summary(name, std::move(request));
    const hs::parsed_response final = detail::final_head(x);
    out.probe->status = final ? final.status() : 0;
    out.probe->as_expected = as_expected(name, out.probe->status);
    inputs_.push_back(std::move(out));
    return x;
  }

  void compare_304(std::optional<std::size_t> get_length,
                   const detail::probe_exchange& conditional) {
    if (inputs_.back().responses.empty()) return;
    detail::compare_304_with_get(get_length, conditional, options_.validation.edition,
                                 inputs_.back().responses.back());
  }

  // Each hop of the GET's redirect chain, as GETs of their Location, until a final status.
  void follow(const detail::probe_exchange& get, int status) {
    if (status < 300 || status > 399) {
      skip("redirects", fmt::format("the GET's status was {}, not a redirect", status));
      return;
    }
    std::string from = url_;
    const detail::probe_exchange* last = &get;
    detail::probe_exchange hop;
    for (std::size_t n = 1; n <= max_redirect_hops; ++n) {
      const hs::parsed_response head = detail::final_head(*last);
      if (!head || head.status() < 300 || head.status() > 399) return;
      const std::string location = detail::field_value(head, "Location");
      const std::string input_name = fmt::format("{}#redirect-{}", url_, n);
      if (location.empty()) {
        skip("redirects", fmt::format("the {} has no Location to follow", head.status()), input_name);
        return;
      }
      const std::string next = detail::resolve(from, location);
      if (next.empty() || (next.rfind("http://", 0) != 0 && next.rfind("https://", 0) != 0)) {
        skip("redirects", fmt::format("Location {} is not an http or https URL", location),
             input_name);
        return;
      }
      hop = ask("redirects", "GET", next, {}, input_name);
      if (!hop.failure.empty()) return;
      from = next;
      last = &hop;
    }
    const hs::parsed_response end = detail::final_head(*last);
    if (end && end.status() >= 300 && end.status() <= 399) {
      inputs_.back().notes.push_back(fmt::format(
          "the chain goes on after {} hops; it was not followed further", max_redirect_hops));
    }
  }

  bool as_expected(std::string_view name, int status) const {
    const auto any_of = [status](std::initializer_list<int> codes) {
      return std::find(codes.begin(), codes.end(), status) != codes.end();
    };
    const int get_status = inputs_.empty() || !inputs_.front().probe ? 0 : inputs_.front().probe->status;
    if (status == 0) return false;
    if (name == "head" || name == "expect-continue") return status == get_status;
    if (name == "if-none-match" || name == "if-modified-since") return status == 304;
    if (name == "if-match-fails") return status == 412;
    if (name == "range" || name == "multi-range") return any_of({206, 200});
    if (name == "unsatisfiable-range") return any_of({416, 200});
    if (name == "if-range-stale") return status == 200;
    if (name == "options") return (status >= 200 && status <= 299) || any_of({405, 501});
    if (name == "unknown-expectation") return status == 417;
    if (name == "not-found") return any_of({404, 410});
    if (name == "unknown-method") return any_of({501, 405});
    if (name == "post") return status < 500;
    return true;  // get, redirects: any status
  }

  CURL* curl_;
  std::string url_;
  const probe_options& options_;
  std::chrono::steady_clock::time_point deadline_;
  std::size_t sent_ = 0;
  std::vector<linted_input> inputs_;
};

// Probes each URL in turn; one input a probe, named URL#probe.
inline std::vector<linted_input> probe_urls(const std::vector<std::string>& urls,
                                            const probe_options& options) {
  std::vector<linted_input> inputs;
  if (!detail::libcurl_loaded().error.empty()) {
    inputs.push_back(linted_input{"--probe", {}, {}, detail::libcurl_loaded().error, std::nullopt});
    return inputs;
  }
  if (detail::libcurl().global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    inputs.push_back(linted_input{"--probe", {}, {}, std::string("libcurl could not start"),
                                  std::nullopt});
    return inputs;
  }
  CURL* curl = detail::libcurl().easy_init();
  const auto deadline = std::chrono::steady_clock::now() + options.total_timeout;
  for (const std::string& url : urls) {
    if (curl == nullptr) {
      inputs.push_back(linted_input{url, {}, {}, url + ": libcurl could not make a handle",
                                    std::nullopt});
      continue;
    }
    for (linted_input& input : url_prober(curl, url, options, deadline).run()) {
      inputs.push_back(std::move(input));
    }
  }
  if (curl != nullptr) detail::libcurl().easy_cleanup(curl);
  detail::libcurl().global_cleanup();
  return inputs;
}

}  // namespace lint

#endif  // HTTPSTATUS_LINT_PROBE_HPP
