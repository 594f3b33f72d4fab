// httpstatus-lint: reads what people capture of HTTP responses and reports what in them
// breaks the RFCs. An input is any of:
//   - bytes of responses one after another: a socket or proxy capture, `curl -si`, `curl -siL`
//     (each redirect, then the final response), several URLs or a keep-alive stream, HTTP/2
//     and HTTP/3 heads as curl prints them ("HTTP/2 200");
//   - a `curl -v` trace (`curl -sv URL 2>&1`): the request heads are read too;
//   - a HAR file (log.entries): each entry an input, FILE#N.
// Or it asks live servers itself: --probe URL... sends the probes of lint/probe.hpp (safe
// methods only unless --probe-unsafe) and lints each answer with its request, URL#probe.
//
//   httpstatus-lint [--edition rfc2616|rfc9110] [--request FILE] [--method METHOD] [--raw]
//                   [--format text|json|sarif] [--origin-clock unknown|yes|no]
//                   [--ignore RULE]... [--min-level LEVEL] [--fail-on LEVEL] FILE|- ...
//   httpstatus-lint --probe URL... [--probe-unsafe] [--only NAME,...] [--max-requests N]
//                   [--timeout S] [--total-timeout S] [--max-content BYTES] [--insecure]
//                   [--edition ...] [--format ...] [--fail-on ...] ...
//
// Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage error, an
// unreadable file, or input that holds no HTTP response where one was expected.
#include <httpstatus/httpstatus.hpp>

#include "lint/captures.hpp"
#include "lint/har.hpp"
#include "lint/output.hpp"
#include "lint/probe.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace hs = httpstatus;
using namespace lint;

namespace {

constexpr int exit_clean = 0;
constexpr int exit_findings = 1;
constexpr int exit_trouble = 2;

std::optional<std::string> read_all(const std::string& path, std::string& error) {
  if (path == "-") {
    std::ostringstream bytes;
    bytes << std::cin.rdbuf();
    if (std::cin.bad()) {
      error = "cannot read standard input";
      return std::nullopt;
    }
    return std::move(bytes).str();
  }
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) {
    error = "cannot open " + path;
    return std::nullopt;
  }
  // read at once into a string of the file's size: a capture may be tens of megabytes
  const std::streamoff size = file.tellg();
  std::string bytes(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
  file.seekg(0);
  if (size > 0 && !file.read(bytes.data(), size)) {
    error = "cannot read " + path;
    return std::nullopt;
  }
  return bytes;
}

// One input, read as what it is: a HAR, a curl -v trace, or a stream of responses.
std::vector<linted_input> lint_input(const std::string& name, const std::string& bytes,
                                     const capture_options& given) {
  if (looks_like_har(name, bytes)) {
    try {
      return lint_har(name, bytes, given);
    } catch (const nlohmann::json::exception& e) {  // a field of the wrong JSON type
      return {linted_input{name, {}, {}, name + ": not a HAR file as HAR 1.2 has it: " + e.what(),
                           std::nullopt}};
    }
  }
  std::vector<linted_input> one;  // moved in: a braced list would copy every response
  one.push_back(is_trace(bytes) ? lint_trace(name, bytes, given) : lint_stream(name, bytes, given));
  return one;
}

}  // namespace

int main(int argc, char** argv) {
  // std::cout (help, JSON, SARIF) and fmt's stdout (text) never write in the same run:
  // unsynchronised, std::cout buffers rather than writing byte by byte
  std::ios::sync_with_stdio(false);
  CLI::App app{"httpstatus-lint: checks captured HTTP responses (raw bytes, curl -si/-siL/-sv "
               "output, HAR files) against RFC 2616 or RFC 9110"};
  std::string edition_name = "rfc2616";
  std::string request_file;
  std::string format = "text";
  std::string fail_on = "error";
  std::string clock = "unknown";
  std::vector<std::string> files;
  app.add_option("--edition", edition_name, "the RFC to check against")
      ->check(CLI::IsMember({"rfc2616", "rfc9110"}))
      ->capture_default_str();
  std::string method;
  bool raw = false;
  app.add_option("--request", request_file,
                 "the raw request that produced the responses (method, Range, conditionals, "
                 "Expect, Upgrade, HTTP version)");
  app.add_option("--method", method,
                 "the request's method when there is no request file (curl -sI: HEAD): it "
                 "decides the framing; rules about the request's fields need --request");
  app.add_flag("--raw", raw,
               "the input is bytes off the wire (a socket, a proxy, curl --raw): content must "
               "match its framing, with no client decoding assumed");
  app.add_option("--format", format, "output format")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  selection chosen;
  std::string min_level = "info";
  app.add_option("--ignore", chosen.ignored,
                 "a rule id to leave out of the output and the exit status (repeatable)")
      ->allow_extra_args(false);  // one id an --ignore: what follows is a file
  app.add_option("--min-level", min_level, "the least level of finding printed")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  app.add_option("--fail-on", fail_on, "the least level of finding that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  app.add_option("--origin-clock", clock,
                 "whether the server is an origin server with a clock: a missing Date is then "
                 "an error (yes), or a Date is (no); a missing Date is a warning when unknown")
      ->check(CLI::IsMember({"unknown", "yes", "no"}))
      ->capture_default_str();
  app.add_option("files", files, "files of raw response bytes; - for standard input");
  std::vector<std::string> urls;
  probe_options probing;
  double timeout_seconds = 10;
  double total_seconds = 120;
  app.add_option("--probe", urls,
                 "probe these URLs: send the probes (GET, HEAD, conditional GETs, ranges, "
                 "OPTIONS, expectations, a missing path, redirects) and lint each answer")
      ->expected(1, -1);
  app.add_flag("--probe-unsafe", probing.unsafe,
               "also send an unknown method and an empty POST (never DELETE or PUT)");
  app.add_option("--only", probing.only, "only these probes, comma-separated (the GET is always sent)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--max-requests", probing.max_requests, "requests a URL may take, at most 20")
      ->check(CLI::Range(1, 20))
      ->capture_default_str();
  app.add_option("--timeout", timeout_seconds, "seconds a request may take")
      ->check(CLI::Range(0.1, 600.0))
      ->capture_default_str();
  app.add_option("--total-timeout", total_seconds, "seconds the whole probe run may take")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  app.add_option("--max-content", probing.max_content,
                 "bytes of content read a response; longer content is cut and its framing "
                 "not checked")
      ->check(CLI::Range(std::size_t{0}, std::size_t{64} << 20))
      ->capture_default_str();
  app.add_flag("--insecure", probing.insecure, "do not check the server's TLS certificate");
  bool list_probes = false;
  app.add_flag("--list-probes", list_probes, "list the probes, what each sends and expects");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return exit_clean;
  } catch (const CLI::ParseError& e) {
    std::cerr << "httpstatus-lint: " << e.what() << "\n" << "run with --help for usage\n";
    return exit_trouble;
  }

  if (list_probes) {
    for (const probe_kind& k : probe_kinds) {
      fmt::print("{:<20} {}{}\n{:<20} expected: {}\n", k.name, k.purpose,
                 k.unsafe ? " (only with --probe-unsafe)" : "", "", k.expected);
    }
    return exit_clean;
  }
  if (urls.empty() == files.empty()) {
    std::cerr << "httpstatus-lint: give FILE arguments or --probe URL..., not "
              << (urls.empty() ? "neither" : "both") << "\nrun with --help for usage\n";
    return exit_trouble;
  }
  const bool probe_options_given = probing.unsafe || !probing.only.empty() || probing.insecure ||
                                   app.count("--max-requests") + app.count("--timeout") +
                                           app.count("--total-timeout") + app.count("--max-content") !=
                                       0;
  if (urls.empty() && probe_options_given) {
    std::cerr << "httpstatus-lint: --probe-unsafe, --only, --max-requests, --timeout, "
                 "--total-timeout, --max-content and --insecure go with --probe\n";
    return exit_trouble;
  }
  if (!urls.empty() && (!request_file.empty() || !method.empty() || raw)) {
    std::cerr << "httpstatus-lint: --request, --method and --raw are for files; --probe "
                 "makes its own requests\n";
    return exit_trouble;
  }
  for (const std::string& name : probing.only) {
    if (!is_probe_name(name)) {
      std::cerr << "httpstatus-lint: --only " << name << ": no such probe (--list-probes)\n";
      return exit_trouble;
    }
  }
  for (const std::string& url : urls) {
    if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) {
      std::cerr << "httpstatus-lint: --probe " << url << ": not an http:// or https:// URL\n";
      return exit_trouble;
    }
  }
  for (const std::string& id : chosen.ignored) {  // a typo must not silently ignore nothing
    if (hs::find_check(id) == hs::check_count && find_probe_rule(id) == nullptr) {
      std::cerr << "httpstatus-lint: --ignore " << id << ": no rule has this id (docs/rules.md)\n";
      return exit_trouble;
    }
  }
  chosen.min_level = min_level == "error"     ? hs::level::error
                     : min_level == "warning" ? hs::level::warning
                                              : hs::level::info;
  const hs::edition e = edition_name == "rfc9110" ? hs::edition::rfc9110 : hs::edition::rfc2616;
  const hs::validation_options options(e, clock == "yes" ? hs::origin_clock::yes
                                          : clock == "no" ? hs::origin_clock::no
                                                          : hs::origin_clock::unknown);
  const hs::level threshold = fail_on == "warning" ? hs::level::warning
                              : fail_on == "info"  ? hs::level::info
                                                   : hs::level::error;
  int status = exit_clean;

  std::string request_bytes;
  std::optional<hs::parsed_request> request;
  std::string request_note;
  if (!request_file.empty()) {
    std::string error;
    const auto bytes = read_all(request_file, error);
    if (!bytes) {
      std::cerr << "httpstatus-lint: " << error << "\n";
      return exit_trouble;
    }
    request_bytes = *bytes;
    request = hs::parse_request(request_bytes);
    if (!*request) {
      const hs::parse_error& why = request->error();
      if (!why.incomplete) {
        std::cerr << "httpstatus-lint: "
                  << fmt::format("{}:{}: byte {}: {}", request_file, why.line, why.offset, why.what)
                  << " (expected an HTTP/1.x request)\n";
        return exit_trouble;
      }
      // the unfinished request a 408 answers: the responses are linted alone
      request_note = fmt::format(
          "the request in {} is incomplete ({}, line {}), as a request a 408 answers may be: "
          "the responses were linted without it",
          request_file, why.what, why.line);
      request.reset();
    }
  }
  if (method.empty() && request) method = std::string(request->method());
  if (!method.empty() && !hs::parse_request(method + " / HTTP/1.1\r\n\r\n")) {
    std::cerr << "httpstatus-lint: --method " << method << ": not a method (a token)\n";
    return exit_trouble;
  }

  const capture_options given{options, request ? &*request : nullptr, method, raw};
  std::vector<linted_input> inputs;
  if (!urls.empty()) {
    probing.validation = options;
    probing.timeout = std::chrono::milliseconds(static_cast<long>(timeout_seconds * 1000));
    probing.total_timeout = std::chrono::milliseconds(static_cast<long>(total_seconds * 1000));
    inputs = probe_urls(urls, probing);
  }
  for (const std::string& file : files) {
    std::string error;
    const auto bytes = read_all(file, error);
    if (!bytes) {
      std::cerr << "httpstatus-lint: " << error << "\n";
      status = exit_trouble;
      continue;
    }
    for (linted_input& input : lint_input(file == "-" ? "<stdin>" : file, *bytes, given)) {
      if (!request_note.empty()) input.notes.insert(input.notes.begin(), request_note);
      inputs.push_back(std::move(input));
    }
  }

  for (const linted_input& input : inputs) {
    if (input.error) {
      std::cerr << "httpstatus-lint: " << *input.error << "\n";
      status = exit_trouble;
    }
    for (const linted_response& r : input.responses) {
      for_each_finding(r, [&](const hs::finding& f, std::size_t) {
        if (chosen.counts(f) && reaches(f.level, threshold) && status == exit_clean) {
          status = exit_findings;
        }
      });
    }
  }
  if (format == "json") {
    print_json(std::move(inputs), chosen);
  } else if (format == "sarif") {
    print_sarif(inputs, chosen, e);
  } else {
    print_text(inputs, chosen, isatty(fileno(stdout)) != 0);
  }
  return status;
}
