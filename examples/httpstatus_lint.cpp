// httpstatus-lint: reads raw HTTP/1.x responses (as `curl -si`, a proxy log or a test fixture
// holds them) and reports what in them breaks the RFCs.
//
//   httpstatus-lint [--edition rfc2616|rfc9110] [--request FILE] [--format text|json]
//                   [--origin-clock unknown|yes|no]
//                   [--fail-on error|warning|info] FILE|- ...
//
// Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage error, an
// unreadable file, or input that is not an HTTP/1.x response.
#include <httpstatus/httpstatus.hpp>

#include <CLI/CLI.hpp>
#include <fmt/color.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace hs = httpstatus;

namespace {

constexpr int exit_clean = 0;
constexpr int exit_findings = 1;
constexpr int exit_trouble = 2;

// Room for the syntax findings and every validation finding of one response.
using lint_report = hs::basic_report<64>;

struct linted_response {
  int status;
  std::string reason;  // as sent, or the edition's phrase when none was sent
  lint_report findings;
};

struct linted_input {
  std::string name;
  std::vector<linted_response> responses;
  std::optional<std::string> error;  // why the input is not an HTTP/1.x response
};

std::optional<std::string> read_all(const std::string& path, std::string& error) {
  std::ostringstream bytes;
  if (path == "-") {
    bytes << std::cin.rdbuf();
    if (std::cin.bad()) {
      error = "cannot read standard input";
      return std::nullopt;
    }
    return bytes.str();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = "cannot open " + path;
    return std::nullopt;
  }
  bytes << file.rdbuf();
  if (file.bad()) {
    error = "cannot read " + path;
    return std::nullopt;
  }
  return bytes.str();
}

std::string where(const std::string& name, const hs::parse_error& e, std::size_t base_line,
                  std::size_t base_offset) {
  return fmt::format("{}:{}: byte {}: {}", name, base_line + e.line - 1, base_offset + e.offset,
                     e.what);
}

// Lints one input: the interim 1xx responses and the final one, each validated with the
// request (when given) and with its syntax notes.
linted_input lint(const std::string& name, const std::string& bytes,
                  const hs::parsed_request* request, hs::validation_options options) {
  const hs::edition e = options.edition;
  linted_input out{name, {}, std::nullopt};
  std::string_view rest = bytes;
  std::size_t line = 1;
  std::size_t offset = 0;
  const std::string_view method = request != nullptr ? request->method() : std::string_view{};
  for (;;) {
    const hs::parsed_response parsed = hs::parse_response(rest, method);
    if (!parsed) {
      out.error = where(name, parsed.error(), line, offset) +
                  (out.responses.empty() ? "" : " (in the response after the interim ones)");
      return out;
    }
    linted_response result{parsed.status(), std::string(parsed.reason()), {}};
    if (result.reason.empty()) result.reason = std::string(hs::reason_phrase(parsed.status(), e));
    hs::check_syntax(parsed, e, result.findings);
    const std::optional<hs::request_view> request_view =
        request != nullptr ? std::optional<hs::request_view>(**request) : std::nullopt;
    hs::validate_into(*parsed, request_view ? &*request_view : nullptr, options, result.findings);
    out.responses.push_back(result);
    const std::string_view taken = rest.substr(0, parsed.consumed());
    for (char c : taken) line += c == '\n' ? 1 : 0;
    offset += parsed.consumed();
    rest.remove_prefix(parsed.consumed());
    if (!hs::is_informational(parsed.status())) break;  // the final response
    if (rest.empty()) break;  // interim responses only: the capture stopped early
  }
  if (!rest.empty()) {
    out.error = fmt::format("{}:{}: byte {}: {} bytes follow the final response", name, line,
                            offset, rest.size());
  }
  return out;
}

bool reaches(hs::level l, hs::level threshold) {
  return static_cast<int>(l) <= static_cast<int>(threshold);  // error < warning < info
}

std::string message_of(const hs::finding& f) {
  std::string text(f.message);
  if (!f.condition.empty()) text += ", " + std::string(f.condition);
  return text;
}

void print_text(const std::vector<linted_input>& inputs, bool colour) {
  std::size_t counts[3] = {};
  std::size_t responses = 0;
  for (const linted_input& input : inputs) {
    for (const linted_response& r : input.responses) {
      ++responses;
      if (r.findings.dropped() != 0) {
        fmt::print("{}: {} {}: {} more findings than could be kept\n", input.name, r.status,
                   r.reason, r.findings.dropped());
      }
      for (const hs::finding& f : r.findings) {
        ++counts[static_cast<std::size_t>(f.level)];
        const std::string level(hs::to_string_view(f.level));
        const auto style = f.level == hs::level::error     ? fmt::fg(fmt::terminal_color::red)
                           : f.level == hs::level::warning ? fmt::fg(fmt::terminal_color::yellow)
                                                           : fmt::fg(fmt::terminal_color::cyan);
        fmt::print("{}: {} {}: {}: {}", input.name, r.status, r.reason,
                   colour ? fmt::format(style, "{}", level) : level, message_of(f));
        if (!f.field.empty()) fmt::print(" [{}]", f.field);
        if (!f.citation.empty()) fmt::print(" ({})", f.citation);
        fmt::print("\n");
      }
    }
  }
  fmt::print("{} input{}, {} response{}: {} error{}, {} warning{}, {} info\n", inputs.size(),
             inputs.size() == 1 ? "" : "s", responses, responses == 1 ? "" : "s", counts[0],
             counts[0] == 1 ? "" : "s", counts[1], counts[1] == 1 ? "" : "s", counts[2]);
}

void print_json(const std::vector<linted_input>& inputs) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const linted_input& input : inputs) {
    nlohmann::ordered_json entry;
    entry["input"] = input.name;
    entry["responses"] = nlohmann::ordered_json::array();
    for (const linted_response& r : input.responses) {
      nlohmann::ordered_json response;
      response["status"] = r.status;
      response["reason"] = r.reason;
      response["findings"] = nlohmann::ordered_json::array();
      for (const hs::finding& f : r.findings) {
        response["findings"].push_back({{"rule", std::string(f.rule)},
                                        {"level", std::string(hs::to_string_view(f.level))},
                                        {"field", std::string(f.field)},
                                        {"citation", std::string(f.citation)},
                                        {"message", message_of(f)}});
      }
      entry["responses"].push_back(response);
    }
    if (input.error) entry["error"] = *input.error;
    all.push_back(entry);
  }
  std::cout << all.dump(2) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"httpstatus-lint: checks raw HTTP/1.x responses against RFC 2616 or RFC 9110"};
  std::string edition_name = "rfc2616";
  std::string request_file;
  std::string format = "text";
  std::string fail_on = "error";
  std::string clock = "unknown";
  std::vector<std::string> files;
  app.add_option("--edition", edition_name, "the RFC to check against")
      ->check(CLI::IsMember({"rfc2616", "rfc9110"}))
      ->capture_default_str();
  app.add_option("--request", request_file,
                 "the raw request that produced the responses (method, Range, conditionals, "
                 "Expect, Upgrade, HTTP version)");
  app.add_option("--format", format, "output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app.add_option("--fail-on", fail_on, "the least level of finding that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();
  app.add_option("--origin-clock", clock,
                 "whether the server is an origin server with a clock: a missing Date is then "
                 "an error (yes), or a Date is (no); a missing Date is a warning when unknown")
      ->check(CLI::IsMember({"unknown", "yes", "no"}))
      ->capture_default_str();
  app.add_option("files", files, "files of raw response bytes; - for standard input")->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return exit_clean;
  } catch (const CLI::ParseError& e) {
    std::cerr << "httpstatus-lint: " << e.what() << "\n" << "run with --help for usage\n";
    return exit_trouble;
  }

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
      std::cerr << "httpstatus-lint: " << where(request_file, request->error(), 1, 0)
                << " (expected an HTTP/1.x request)\n";
      return exit_trouble;
    }
  }

  std::vector<linted_input> inputs;
  for (const std::string& file : files) {
    std::string error;
    const auto bytes = read_all(file, error);
    if (!bytes) {
      std::cerr << "httpstatus-lint: " << error << "\n";
      status = exit_trouble;
      continue;
    }
    inputs.push_back(lint(file == "-" ? "<stdin>" : file, *bytes, request ? &*request : nullptr, options));
  }

  for (const linted_input& input : inputs) {
    if (input.error) {
      std::cerr << "httpstatus-lint: " << *input.error << " (expected an HTTP/1.x response)\n";
      status = exit_trouble;
    }
    for (const linted_response& r : input.responses) {
      for (const hs::finding& f : r.findings) {
        if (reaches(f.level, threshold) && status == exit_clean) status = exit_findings;
      }
    }
  }
  if (format == "json") {
    print_json(inputs);
  } else {
    print_text(inputs, isatty(fileno(stdout)) != 0);
  }
  return status;
}
