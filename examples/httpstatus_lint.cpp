// httpstatus-lint: reads raw HTTP/1.x responses (as `curl -si`, a proxy log or a test fixture
// holds them) and reports what in them breaks the RFCs.
//
//   httpstatus-lint [--edition rfc2616|rfc9110] [--request FILE] [--format text|json|sarif]
//                   [--origin-clock unknown|yes|no] [--ignore RULE]... [--min-level LEVEL]
//                   [--fail-on error|warning|info] FILE|- ...
//
// Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage error, an
// unreadable file, or input that is not an HTTP/1.x response.
#include <httpstatus/httpstatus.hpp>

#include <CLI/CLI.hpp>
#include <fmt/color.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
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
  std::vector<std::size_t> lines;  // each stored finding's line in the input: its field's
                                   // first line, else the status line
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
    linted_response result{parsed.status(), std::string(parsed.reason()), {}, {}};
    if (result.reason.empty()) result.reason = std::string(hs::reason_phrase(parsed.status(), e));
    hs::check_syntax(parsed, e, result.findings);
    const std::optional<hs::request_view> request_view =
        request != nullptr ? std::optional<hs::request_view>(**request) : std::nullopt;
    // Bytes after a response that can have no content (1xx, 204, 304, to HEAD) that are not
    // a next response are content it carries: a finding on it (content.forbidden,
    // content.head), not unreadable input. They run to its Content-Length, if it declares
    // one, else to the end.
    std::size_t stray = 0;
    const std::string_view after = rest.substr(parsed.consumed());
    if (parsed.framing() == hs::framing::none && !after.empty() &&
        after.substr(0, 5) != "HTTP/") {
      stray = after.size();
      const auto declared = parsed.fields().declared_content_length();
      if (declared && *declared < stray) stray = static_cast<std::size_t>(*declared);
    }
    const hs::response_view view =
        stray == 0 ? *parsed
                   : hs::response_view(parsed.status(), parsed.fields(), stray)
                         .with_reason(parsed.reason());
    hs::validate_into(view, request_view ? &*request_view : nullptr, options, result.findings);
    for (const hs::finding& f : result.findings) {
      std::size_t at = line;
      if (const hs::field* named = f.field.empty() ? nullptr : parsed.fields().find(f.field)) {
        const auto from = static_cast<std::size_t>(named->name.data() - rest.data());
        at += static_cast<std::size_t>(std::count(rest.begin(), rest.begin() + from, '\n'));
      }
      result.lines.push_back(at);
    }
    out.responses.push_back(result);
    const std::string_view taken = rest.substr(0, parsed.consumed() + stray);
    for (char c : taken) line += c == '\n' ? 1 : 0;
    offset += taken.size();
    rest.remove_prefix(taken.size());
    if (!hs::is_informational(parsed.status())) break;  // the final response
    if (rest.empty()) break;  // interim responses only: the capture stopped early
  }
  if (!rest.empty()) {
    out.error = fmt::format("{}:{}: byte {}: {} bytes follow the final response", name, line,
                            offset, rest.size());
  }
  return out;
}

// What the user asked to see: rules to leave out, and the least level printed.
struct selection {
  std::vector<std::string> ignored;
  hs::level min_level = hs::level::info;
  bool counts(const hs::finding& f) const {  // for the exit status
    return std::find(ignored.begin(), ignored.end(), f.rule) == ignored.end();
  }
  bool shows(const hs::finding& f) const {
    return counts(f) && static_cast<int>(f.level) <= static_cast<int>(min_level);
  }
};

bool reaches(hs::level l, hs::level threshold) {
  return static_cast<int>(l) <= static_cast<int>(threshold);  // error < warning < info
}

std::string message_of(const hs::finding& f) {
  std::string text(f.message);
  if (!f.condition.empty()) text += ", " + std::string(f.condition);
  return text;
}

void print_text(const std::vector<linted_input>& inputs, const selection& chosen, bool colour) {
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
        if (!chosen.shows(f)) continue;
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
  std::size_t unreadable = 0;
  for (const linted_input& input : inputs) unreadable += input.error ? 1 : 0;
  fmt::print("{} input{}, {} response{}: ", inputs.size(), inputs.size() == 1 ? "" : "s",
             responses, responses == 1 ? "" : "s");
  // an input that could not be read is not a clean one: say so before any count
  if (unreadable != 0) {
    fmt::print("{} could not be read (see above); in what could: ", unreadable);
  }
  fmt::print("{} error{}, {} warning{}, {} info\n", counts[0], counts[0] == 1 ? "" : "s",
             counts[1], counts[1] == 1 ? "" : "s", counts[2]);
}

void print_json(const std::vector<linted_input>& inputs, const selection& chosen) {
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
        if (!chosen.shows(f)) continue;
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

// SARIF 2.1.0 (OASIS): one run, the rules of checks[] as the tool's rules (one per id), one
// result per finding shown, at the line of its field (else of its status line).
std::string sarif_level(hs::level l) {
  return l == hs::level::error ? "error" : l == hs::level::warning ? "warning" : "note";
}

void print_sarif(const std::vector<linted_input>& inputs, const selection& chosen, hs::edition e) {
  using json = nlohmann::ordered_json;
  json rules = json::array();
  std::vector<std::string> ids;
  for (const hs::check_info& c : hs::checks) {
    const std::string id(c.id);
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
    ids.push_back(id);
    // an id several rules share (field.invalid for each field) is described by the first
    // and the list of its citations
    std::string citations;
    for (const hs::check_info& other : hs::checks) {
      if (other.id != c.id) continue;
      for (const hs::edition ed : {hs::edition::rfc2616, hs::edition::rfc9110}) {
        const std::string cite(other.in(ed).citation);
        if (!cite.empty() && citations.find(cite) == std::string::npos) {
          citations += (citations.empty() ? "" : ", ") + cite;
        }
      }
    }
    const std::string text(c.message);
    json rule = {{"id", id},
                 {"shortDescription", {{"text", text}}},
                 {"help", {{"text", text + (citations.empty() ? std::string()
                                                              : " (" + citations + ")") +
                                    ". Every rule, its level per edition and its citation: "
                                    "docs/rules.md"}}}};
    if (c.source != hs::check_source::table_rule) {
      rule["defaultConfiguration"] = {{"level", sarif_level(c.in(e).level)}};
    }
    rules.push_back(rule);
  }
  json results = json::array();
  for (const linted_input& input : inputs) {
    for (const linted_response& r : input.responses) {
      for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const hs::finding f = r.findings[i];
        if (!chosen.shows(f)) continue;
        std::string text = std::to_string(r.status) + " " + r.reason + ": " + message_of(f);
        if (!f.field.empty()) text += " [" + std::string(f.field) + "]";
        if (!f.citation.empty()) text += " (" + std::string(f.citation) + ")";
        const auto index = std::find(ids.begin(), ids.end(), std::string(f.rule)) - ids.begin();
        results.push_back(
            {{"ruleId", std::string(f.rule)},
             {"ruleIndex", index},
             {"level", sarif_level(f.level)},
             {"message", {{"text", text}}},
             {"locations",
              json::array({{{"physicalLocation",
                             {{"artifactLocation", {{"uri", input.name}}},
                              {"region", {{"startLine", r.lines[i]}}}}}}})}});
      }
    }
  }
  json tool = {{"driver",
                {{"name", "httpstatus-lint"},
                 {"version", std::to_string(HTTPSTATUS_VERSION_MAJOR) + "." +
                                 std::to_string(HTTPSTATUS_VERSION_MINOR) + "." +
                                 std::to_string(HTTPSTATUS_VERSION_PATCH)},
                 {"rules", rules}}}};
  json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({{{"tool", tool},
                                      {"results", results},
                                      {"properties", {{"edition", std::string(hs::to_string_view(e))}}}}})}};
  std::cout << log.dump(2) << "\n";
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
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->capture_default_str();
  selection chosen;
  std::string min_level = "info";
  app.add_option("--ignore", chosen.ignored,
                 "a rule id to leave out of the output and the exit status (repeatable)");
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

  for (const std::string& id : chosen.ignored) {  // a typo must not silently ignore nothing
    if (hs::find_check(id) == hs::check_count) {
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
        if (chosen.counts(f) && reaches(f.level, threshold) && status == exit_clean) {
          status = exit_findings;
        }
      }
    }
  }
  if (format == "json") {
    print_json(inputs, chosen);
  } else if (format == "sarif") {
    print_sarif(inputs, chosen, e);
  } else {
    print_text(inputs, chosen, isatty(fileno(stdout)) != 0);
  }
  return status;
}
