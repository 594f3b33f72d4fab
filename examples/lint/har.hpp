// httpstatus-lint: HAR 1.2 files (browser DevTools' "Save all as HAR", Playwright's recordHar,
// proxies). Each entry is an input of its own, named FILE#N (N: the entry's 0-based index),
// linted with its request and its HTTP version.
#ifndef HTTPSTATUS_LINT_HAR_HPP
#define HTTPSTATUS_LINT_HAR_HPP

#include "captures.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace lint {

// Whether the input is JSON with log.entries (a HAR), whatever its file name.
inline bool looks_like_har(const std::string& name, std::string_view bytes) {
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || bytes[first] != '{') return false;
  const bool named = name.size() > 4 && name.compare(name.size() - 4, 4, ".har") == 0;
  return named || bytes.find("\"entries\"") != std::string_view::npos;
}

namespace detail {

// A HAR's httpVersion ("HTTP/1.1", "http/1.1", "h2", "HTTP/2.0", "h3", ...) as a start line's
// version; empty when it names none of them.
inline std::string har_version(std::string version) {
  for (char& c : version) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (version == "h2" || version == "http/2" || version == "http/2.0") return "HTTP/2";
  if (version == "h3" || version == "http/3" || version == "http/3.0" ||
      version.rfind("h3-", 0) == 0) {
    return "HTTP/3";
  }
  if (version == "http/1.1" || version == "http/1.0") return "HTTP/1." + version.substr(7);
  return {};
}

// The head a HAR entry describes, written as clients print it, for the parser to read; pseudo
// fields (":status", ":authority") are control data, not fields (RFC 9113 §8.3).
inline std::string head_text(std::string start_line, const nlohmann::json& headers) {
  std::string text = std::move(start_line) + "\r\n";
  for (const auto& h : headers) {
    const std::string name = h.value("name", "");
    if (!name.empty() && name.front() == ':') continue;
    text += name + ": " + h.value("value", "") + "\r\n";
  }
  return text + "\r\n";
}

inline std::string target_of(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url.empty() ? "/" : url;
  const std::size_t path = url.find('/', scheme + 3);
  return path == std::string::npos ? "/" : url.substr(path);
}

}  // namespace detail

inline std::vector<linted_input> lint_har(const std::string& name, std::string_view bytes,
                                          const capture_options& given) {
  std::vector<linted_input> inputs;
  const nlohmann::json har = nlohmann::json::parse(bytes, nullptr, false);
  const auto fail = [&](std::string why) {
    inputs.push_back(linted_input{name, {}, {}, name + ": " + std::move(why), std::nullopt});
    return inputs;
  };
  if (har.is_discarded()) return fail("not JSON, so not a HAR file");
  if (!har.contains("log") || !har["log"].is_object() || !har["log"].contains("entries") ||
      !har["log"]["entries"].is_array()) {
    return fail("JSON without log.entries, so not a HAR file (HAR 1.2)");
  }
  const nlohmann::json& entries = har["log"]["entries"];
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const nlohmann::json& entry = entries[i];
    linted_input out{name + "#" + std::to_string(i), {}, {}, std::nullopt, std::nullopt};
    const auto bad = [&](const std::string& why) {
      out.error = out.name + ": " + why;
      inputs.push_back(out);
    };
    if (!entry.is_object() || !entry.contains("response") || !entry["response"].is_object() ||
        !entry.contains("request") || !entry["request"].is_object()) {
      bad("an entry without a request and a response object");
      continue;
    }
    const nlohmann::json& response = entry["response"];
    const nlohmann::json& request = entry["request"];
    if (!response.contains("status") || !response["status"].is_number_integer()) {
      bad("the response has no numeric status");
      continue;
    }
    const long long status = response["status"].get<long long>();
    if (status == 0) {  // what browsers record for a request that got no response
      const std::string error = response.value("_error", std::string());
      out.notes.push_back("no response was received (status 0" +
                          (error.empty() ? std::string() : ", " + error) +
                          "): nothing to lint");
      inputs.push_back(out);
      continue;
    }
    std::string version = detail::har_version(response.value("httpVersion", std::string()));
    if (version.empty()) version = detail::har_version(request.value("httpVersion", std::string()));
    if (version.empty()) {
      version = "HTTP/1.1";
      out.notes.push_back("the entry names no HTTP version it knows (httpVersion \"" +
                          response.value("httpVersion", std::string()) +
                          "\"): read as HTTP/1.1");
    }
    const bool framed_by_frames = version == "HTTP/2" || version == "HTTP/3";
    const std::string status_text = response.value("statusText", std::string());
    const std::string response_text = detail::head_text(
        version + " " + std::to_string(status) +
            (framed_by_frames || status_text.empty() ? "" : " " + status_text),
        response.value("headers", nlohmann::json::array()));
    const std::string request_text = detail::head_text(
        request.value("method", std::string("GET")) + " " +
            detail::target_of(request.value("url", std::string())) + " " + version,
        request.value("headers", nlohmann::json::array()));
    const hs::parsed_response parsed = hs::parse_response_head(response_text);
    if (!parsed) {
      bad(std::string("the response's head cannot be read: ") + std::string(parsed.error().what));
      continue;
    }
    const hs::parsed_request parsed_request = hs::parse_request_head(request_text);
    const hs::parsed_request* with = parsed_request ? &parsed_request : given.request;
    if (!parsed_request) {
      out.notes.push_back(std::string("the request's head cannot be read (") +
                          std::string(parsed_request.error().what) +
                          "): the response was linted without it");
    }
    // HAR sizes are the browser's counts, not framing (Playwright's bodySize counts HTTP/2
    // frame and header bytes, or the decoded content): they tell only that there was none
    const auto size_of = [](const nlohmann::json& object, const char* key) {
      return object.contains(key) && object[key].is_number_integer() ? object[key].get<long long>()
                                                                      : -1;
    };
    const long long body_size = size_of(response, "bodySize");
    const long long content_size =
        response.contains("content") && response["content"].is_object()
            ? size_of(response["content"], "size")
            : -1;
    std::optional<std::size_t> content;
    if (body_size == 0 && content_size <= 0) content = 0;
    const auto line_at = [](std::size_t) { return std::size_t{1}; };
    out.responses.push_back(
        lint_response(parsed, content, with, given.validation, response_text, line_at));
    inputs.push_back(out);
  }
  if (!inputs.empty()) {
    inputs.front().notes.push_back(
        "a HAR holds its producer's sizes, not the framing: content was not checked against "
        "Content-Length, only whether there was any");
  }
  if (entries.empty()) {
    inputs.push_back(
        linted_input{name, {}, {"the HAR has no entries: nothing to lint"}, std::nullopt, std::nullopt});
  }
  return inputs;
}

}  // namespace lint

#endif  // HTTPSTATUS_LINT_HAR_HPP
