// The table checked against the RFC texts themselves (HTTPSTATUS_SPEC_DIR): every citation of
// RFC 2616 or RFC 9110 names a section that exists, every phrase is that section's heading,
// every status heading of RFC 2616 §10 and RFC 9110 §15 is in the table, and every rule's
// section speaks of the field it is about.
#include <httpstatus/httpstatus.hpp>

#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace hs = httpstatus;
using hs::edition;

namespace {

struct section {
  std::string title;
  std::string body;  // the text up to the next heading
};

struct rfc_text {
  std::string name;  // "RFC 2616"
  std::map<std::string, section> sections;
};

// RFC 2616 headings: "10.4.14 413 Request Entity Too Large"; RFC 9110: "15.5.14.  413 Content ..."
rfc_text load(const std::string& file, const std::string& name, const std::regex& heading) {
  std::ifstream in(std::string(HTTPSTATUS_SPEC_DIR) + "/" + file);
  REQUIRE(in.good());
  rfc_text text{name, {}};
  std::string line;
  section* current = nullptr;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, heading)) {
      auto inserted = text.sections.emplace(m[1].str(), section{m[2].str(), {}});
      // a section number seen twice keeps its first (the heading); later text goes nowhere
      current = inserted.second ? &inserted.first->second : nullptr;
      continue;
    }
    if (current != nullptr) current->body += line + "\n";
  }
  REQUIRE(text.sections.size() > 50);
  return text;
}

const rfc_text& rfc2616() {
  static const rfc_text text =
      load("rfc2616.txt", "RFC 2616", std::regex(R"(^(\d+(?:\.\d+)*) +(\S.*)$)"));
  return text;
}
// RFC 9110 and the later texts number their headings "15.5.14.  Title".
const rfc_text& modern_rfc(int number) {
  static std::map<int, rfc_text> texts;
  const auto found = texts.find(number);
  if (found != texts.end()) return found->second;
  const std::string name = std::to_string(number);
  return texts
      .emplace(number, load("rfc" + name + ".txt", "RFC " + name,
                            std::regex(R"(^(\d+(?:\.\d+)*)\.  (\S.*)$)")))
      .first->second;
}
const rfc_text& rfc9110() { return modern_rfc(9110); }

// The section a citation names, when it cites one of the texts here; nullptr otherwise.
// A citation of one of them whose section is missing fails the test.
const section* cited_section(std::string_view citation) {
  for (const rfc_text* text : {&rfc2616(), &rfc9110(), &modern_rfc(9112), &modern_rfc(9113),
                               &modern_rfc(9114)}) {
    const std::string prefix = text->name + " §";
    if (citation.substr(0, prefix.size()) != prefix) continue;
    const std::string number(citation.substr(prefix.size()));
    const auto found = text->sections.find(number);
    INFO("citation " << std::string(citation));
    REQUIRE(found != text->sections.end());
    return &found->second;
  }
  return nullptr;
}

// The body as running text: a word hyphenated across lines ("Retry-" / "After") is joined,
// and every run of white space becomes one space.
std::string running_text(const std::string& body) {
  std::string text;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '\n' || c == ' ') {
      if (!text.empty() && text.back() != ' ' && text.back() != '-') text += ' ';
      continue;
    }
    text += c;
  }
  return text;
}

bool mentions(const section& s, std::string_view word) {
  return running_text(s.body).find(std::string(word)) != std::string::npos;
}

// Field names are case-insensitive (RFC 9110 §5.1): "content-type" names Content-Type.
bool mentions_field(const section& s, std::string_view field) {
  auto lower = [](std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  return lower(running_text(s.body)).find(lower(std::string(field))) != std::string::npos;
}

std::string keyword(hs::requirement level) { return std::string(hs::to_string_view(level)); }

}  // namespace

TEST_CASE("every phrase is the heading of the section its edition cites") {
  for (const auto& row : hs::all_statuses()) {
    const int code = hs::to_int(row.value);
    for (edition e : {edition::rfc2616, edition::rfc9110}) {
      const auto& info = row.in(e);
      CAPTURE(code, hs::to_string_view(e), std::string(info.citation));
      const section* s = cited_section(info.citation);
      if (s == nullptr) continue;  // defined by another RFC (not in the spec folder)
      CHECK(s->title == std::to_string(code) + " " + std::string(info.reason_phrase));
    }
  }
}

TEST_CASE("every status heading of RFC 2616 §10 and RFC 9110 §15 is in the table") {
  const std::regex status_heading(R"(^(\d{3}) (.+)$)");
  struct source {
    const rfc_text* text;
    edition ed;
    std::string chapter;
  };
  for (const source& src : {source{&rfc2616(), edition::rfc2616, "10."},
                            source{&rfc9110(), edition::rfc9110, "15."}}) {
    int seen = 0;
    for (const auto& entry : src.text->sections) {
      std::smatch m;
      if (entry.first.rfind(src.chapter, 0) != 0 ||
          !std::regex_match(entry.second.title, m, status_heading)) {
        continue;
      }
      ++seen;
      const int code = std::stoi(m[1].str());
      CAPTURE(src.text->name, entry.first, entry.second.title);
      REQUIRE(hs::is_registered(code));
      CHECK(hs::reason_phrase(code, src.ed) == m[2].str());
      CHECK(hs::citation(code, src.ed) == src.text->name + " §" + entry.first);
    }
    // RFC 2616 §10 defines 41 codes; RFC 9110 §15 defines 46.
    CHECK(seen == (src.ed == edition::rfc2616 ? 41 : 46));
  }
}

TEST_CASE("every rule's cited section speaks of its field and its level") {
  // Where the text defines the code by the field without a BCP 14 keyword, the table reads
  // it as SHOULD; these are the only such readings (see the comments in table.hpp).
  const std::set<std::string> keywordless = {"RFC 2616 §10.2.2", "RFC 9110 §15.4.4"};
  int checked = 0;
  for (const auto& row : hs::all_statuses()) {
    const int code = hs::to_int(row.value);
    for (const auto& rule : row.field_rules) {
      CAPTURE(code, std::string(rule.field), std::string(rule.citation));
      const section* s = cited_section(rule.citation);
      if (s == nullptr) continue;
      ++checked;
      // RFC 2616 §10.3.5 and RFC 9110 §15.4.5 rule out a class of fields by its name
      const bool by_class = rule.level == hs::requirement::should_not ||
                            rule.level == hs::requirement::must_not;
      CHECK((mentions_field(*s, rule.field) ||
             (by_class && (mentions(*s, "entity-headers") ||
                           mentions(*s, "representation metadata")))));
      if (keywordless.count(std::string(rule.citation)) == 0) {
        CHECK(mentions(*s, keyword(rule.level)));
      }
    }
    for (const auto& rule : row.request_rules) {
      CAPTURE(code, std::string(hs::describe(rule.what)), std::string(rule.citation));
      const section* s = cited_section(rule.citation);
      if (s == nullptr) continue;
      ++checked;
      switch (rule.what) {
        case hs::request_condition::has_range: CHECK(mentions(*s, "Range")); break;
        case hs::request_condition::conditional_get_or_head:
          CHECK(mentions(*s, "conditional GET"));
          break;
        case hs::request_condition::expect_100_continue: CHECK(mentions(*s, "100-continue")); break;
        case hs::request_condition::has_upgrade: CHECK(mentions(*s, "Upgrade")); break;
        case hs::request_condition::has_expect: CHECK(mentions(*s, "Expect")); break;
        case hs::request_condition::has_precondition: CHECK(mentions(*s, "condition")); break;
        case hs::request_condition::method_is_get: CHECK(mentions(*s, "GET")); break;
        case hs::request_condition::no_if_range: CHECK(mentions(*s, "If-Range")); break;
      }
    }
    for (edition e : {edition::rfc2616, edition::rfc9110}) {
      const auto& info = row.in(e);
      if (info.content_citation.empty()) continue;
      CAPTURE(code, std::string(info.content_citation));
      const section* s = cited_section(info.content_citation);
      REQUIRE(s != nullptr);
      ++checked;
      if (e == edition::rfc2616) {
        CHECK((mentions(*s, "message-body") || mentions(*s, "entity")));
        CHECK(mentions(*s, "MUST NOT"));
      } else {
        CHECK(mentions(*s, "content"));
      }
    }
  }
  CHECK(checked > 80);
}

TEST_CASE("heuristic cacheability lists match RFC 2616 §13.4 and RFC 9110 §15.1") {
  auto codes_in = [](const std::string& text) {
    std::set<int> codes;
    const std::regex three_digits(R"(\b([1-5]\d\d)\b)");
    for (std::sregex_iterator it(text.begin(), text.end(), three_digits), end; it != end; ++it) {
      codes.insert(std::stoi((*it)[1].str()));
    }
    return codes;
  };
  // RFC 9110 §15.1's sentence lists the codes of that RFC; 451 comes from RFC 7725 §3.
  const std::string& overview = rfc9110().sections.at("15.1").body;
  const auto start = overview.find("heuristically");
  const auto stop = overview.find("in this specification", start);
  REQUIRE(stop != std::string::npos);
  std::set<int> rfc9110_list = codes_in(overview.substr(start, stop - start));
  rfc9110_list.insert(451);
  // RFC 2616 §13.4's list; 308 (RFC 7538 §3) and 451 (RFC 7725 §3) are cacheable by default.
  const std::string& cacheability = rfc2616().sections.at("13.4").body;
  const auto from = cacheability.find("status code of 200");
  REQUIRE(from != std::string::npos);
  std::set<int> rfc2616_list = codes_in(cacheability.substr(from, 60));
  rfc2616_list.insert(308);
  rfc2616_list.insert(451);

  for (const auto& row : hs::all_statuses()) {
    const int code = hs::to_int(row.value);
    CAPTURE(code);
    CHECK(row.rfc9110.heuristically_cacheable == (rfc9110_list.count(code) == 1));
    CHECK(row.rfc2616.heuristically_cacheable == (rfc2616_list.count(code) == 1));
  }
}

TEST_CASE("every citation of the validator's own rules names a section of its RFC") {
  int checked = 0;
  for (const hs::check_info& c : hs::checks) {
    for (edition e : {edition::rfc2616, edition::rfc9110}) {
      const std::string_view citation = c.in(e).citation;
      if (citation.empty()) continue;
      CAPTURE(std::string(c.id), std::string(citation));
      // each edition cites its own family of RFCs; the rules of HTTP/2 and HTTP/3 heads cite
      // RFC 9113 and RFC 9114 in both
      const std::string_view family = citation.substr(0, 8);
      const bool later_version = family == "RFC 9113" || family == "RFC 9114";
      CHECK((later_version || (e == edition::rfc2616 ? family == "RFC 2616"
                                                     : (family == "RFC 9110" || family == "RFC 9112"))));
      CHECK(later_version == (c.token == "HTTP/2" || c.token == "HTTP/3"));
      const section* s = cited_section(citation);
      REQUIRE(s != nullptr);
      // rules on repetition cite the section on repeated field lines; date rules the one on
      // HTTP-date, which names no field
      if (c.test == hs::check_test::length_repeated || c.test == hs::check_test::field_repeated) {
        CHECK((mentions(*s, "same field-name") || mentions(*s, "same name")));
      } else if (c.test == hs::check_test::frames_connection_field) {
        // RFC 9114 §4.2 names the fields by pointing at RFC 9110 §7.6.1
        CHECK((mentions_field(*s, c.field) || mentions(*s, "connection-specific fields")));
      } else if (c.test == hs::check_test::frames_uppercase_name) {
        CHECK(mentions(*s, "uppercase"));
      } else if (c.test == hs::check_test::frames_switching) {
        CHECK(mentions(*s, "101 (Switching Protocols)"));
      } else if (c.test == hs::check_test::version_not_http1) {
        CHECK((mentions(*s, "HTTP/1.1") || mentions(*s, "HTTP/2")));
      } else if (c.test == hs::check_test::multipart_boundary) {
        CHECK(mentions(*s, "boundary parameter"));
      } else if (c.grammar == hs::value_grammar::http_date && !mentions_field(*s, c.field)) {
        CHECK(mentions(*s, "HTTP-date"));
      } else if (!c.field.empty()) {
        CHECK(mentions_field(*s, c.field));
      }
      ++checked;
    }
  }
  CHECK(checked > 90);
}
