// httpstatus-lint's output: text for people (with colour on a terminal), JSON for scripts,
// SARIF 2.1.0 for code-scanning tools. Each prints the inputs' responses, their findings as
// the user selected them, and what was not checked.
#ifndef HTTPSTATUS_LINT_OUTPUT_HPP
#define HTTPSTATUS_LINT_OUTPUT_HPP

#include "captures.hpp"
#include "probe_rules.hpp"

#include <fmt/color.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

namespace lint {

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

inline bool reaches(hs::level l, hs::level threshold) {
  return static_cast<int>(l) <= static_cast<int>(threshold);  // error < warning < info
}

inline std::string message_of(const hs::finding& f) {
  std::string text(f.message);
  if (!f.condition.empty()) text += ", " + std::string(f.condition);
  return text;
}

// "probe if-match-fails: GET If-Match: "x" -> 200; expected 412 (Precondition Failed)"
inline std::string probe_line(const probe_summary& p) {
  if (!p.not_sent.empty()) return fmt::format("probe {}: not sent: {}", p.name, p.not_sent);
  if (p.status == 0) return fmt::format("probe {}: {} -> no response", p.name, p.request);
  return fmt::format("probe {}: {} -> {}{} {}", p.name, p.request, p.status,
                     p.as_expected ? ", as expected:" : "; expected", p.expected);
}

inline void print_text(const std::vector<linted_input>& inputs, const selection& chosen, bool colour) {
  std::size_t counts[3] = {};
  std::size_t responses = 0;
  for (const linted_input& input : inputs) {
    if (input.probe) fmt::print("{}: {}\n", input.name, probe_line(*input.probe));
    for (const std::string& note : input.notes) fmt::print("{}: note: {}\n", input.name, note);
    for (const linted_response& r : input.responses) {
      ++responses;
      if (r.findings.dropped() != 0) {
        fmt::print("{}: {} {}: {} more findings than could be kept\n", input.name, r.status,
                   r.reason, r.findings.dropped());
      }
      for_each_finding(r, [&](const hs::finding& f, std::size_t) {
        if (!chosen.shows(f)) return;
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
      });
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

// Takes the inputs to move their strings into the document rather than copy them.
inline void print_json(std::vector<linted_input>&& inputs, const selection& chosen) {
  using json = nlohmann::ordered_json;
  // objects built member by member, moved into place: an initializer list would copy each
  const auto object_of = [](std::size_t members) {
    json object(json::value_t::object);
    object.get_ref<json::object_t&>().reserve(members);
    return object;
  };
  json all = json::array();
  for (linted_input& input : inputs) {
    json responses = json::array();
    responses.get_ref<json::array_t&>().reserve(input.responses.size());
    for (linted_response& r : input.responses) {
      json findings = json::array();
      for_each_finding(r, [&](const hs::finding& f, std::size_t) {
        if (!chosen.shows(f)) return;
        json finding = object_of(5);
        finding["rule"] = f.rule;
        finding["level"] = hs::to_string_view(f.level);
        finding["field"] = f.field;
        finding["citation"] = f.citation;
        finding["message"] = message_of(f);
        findings.push_back(std::move(finding));
      });
      json response = object_of(4);
      response["status"] = r.status;
      response["reason"] = std::move(r.reason);
      response["version"] = std::move(r.version);
      response["findings"] = std::move(findings);
      responses.push_back(std::move(response));
    }
    json entry = object_of(5);
    entry["input"] = std::move(input.name);
    if (input.probe) {
      probe_summary& p = *input.probe;
      json probe = object_of(7);
      probe["name"] = std::move(p.name);
      probe["purpose"] = std::move(p.purpose);
      probe["expected"] = std::move(p.expected);
      if (p.not_sent.empty()) {
        probe["request"] = std::move(p.request);
        probe["status"] = p.status;
        probe["as_expected"] = p.as_expected;
      } else {
        probe["not_sent"] = std::move(p.not_sent);
      }
      entry["probe"] = std::move(probe);
    }
    entry["responses"] = std::move(responses);
    if (!input.notes.empty()) entry["notes"] = input.notes;
    if (input.error) entry["error"] = *input.error;
    all.push_back(std::move(entry));
  }
  const std::string text = all.dump(2);
  std::cout.write(text.data(), static_cast<std::streamsize>(text.size())) << "\n";
}

// SARIF 2.1.0 (OASIS): one run, the rules of checks[] as the tool's rules (one per id), one
// result per finding shown, at the line of its field (else of its status line).
inline std::string sarif_level(hs::level l) {
  return l == hs::level::error ? "error" : l == hs::level::warning ? "warning" : "note";
}

inline void print_sarif(const std::vector<linted_input>& inputs, const selection& chosen, hs::edition e) {
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
  for (const probe_rule& p : probe_rules) {  // the rules --probe adds
    ids.emplace_back(p.id);
    const std::string text(p.message);
    const int at = static_cast<int>(e);
    rules.push_back({{"id", std::string(p.id)},
                     {"shortDescription", {{"text", text}}},
                     {"help", {{"text", text + " (" + std::string(p.citation[0]) + ", " +
                                            std::string(p.citation[1]) +
                                            "); compared by httpstatus-lint --probe"}}},
                     {"defaultConfiguration", {{"level", sarif_level(p.level[at])}}}});
  }
  json results = json::array();
  for (const linted_input& input : inputs) {
    for (const linted_response& r : input.responses) {
      for_each_finding(r, [&](const hs::finding& f, std::size_t line) {
        if (!chosen.shows(f)) return;
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
                              {"region", {{"startLine", line}}}}}}})}});
      });
    }
  }
  json tool = {{"driver",
                {{"name", "httpstatus-lint"},
                 {"version", std::to_string(HTTPSTATUS_VERSION_MAJOR) + "." +
                                 std::to_string(HTTPSTATUS_VERSION_MINOR) + "." +
                                 std::to_string(HTTPSTATUS_VERSION_PATCH)},
                 {"rules", rules}}}};
  // what was not checked (notes) and what could not be read (errors), each at its input
  json notifications = json::array();
  bool read_all = true;
  for (const linted_input& input : inputs) {
    const json where = json::array({{{"physicalLocation",
                                      {{"artifactLocation", {{"uri", input.name}}}}}}});
    if (input.probe) {
      notifications.push_back({{"level", "note"},
                               {"message", {{"text", probe_line(*input.probe)}}},
                               {"locations", where}});
    }
    for (const std::string& note : input.notes) {
      notifications.push_back({{"level", "note"}, {"message", {{"text", note}}}, {"locations", where}});
    }
    if (input.error) {
      read_all = false;
      notifications.push_back(
          {{"level", "error"}, {"message", {{"text", *input.error}}}, {"locations", where}});
    }
  }
  json invocation = {{"executionSuccessful", read_all}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
  json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({{{"tool", tool},
                                      {"invocations", json::array({invocation})},
                                      {"results", results},
                                      {"properties", {{"edition", std::string(hs::to_string_view(e))}}}}})}};
  std::cout << log.dump(2) << "\n";
}

}  // namespace lint

#endif  // HTTPSTATUS_LINT_OUTPUT_HPP
