// Validation of real cpp-httplib objects through the adapter.
#include <httpstatus/adapters/httplib.hpp>
#include <httpstatus/catch2.hpp>

#include <algorithm>
#include <mutex>
#include <string>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace hs = httpstatus;

namespace {
// Whether conforms(T) compiles: a temporary httplib::Request would leave the matcher pointing
// into a destroyed object, so it must not.
template <class T, class = void>
struct can_conform : std::false_type {};
template <class T>
struct can_conform<T, std::void_t<decltype(hs::catch2::conforms(std::declval<T>()))>>
    : std::true_type {};
}  // namespace

static_assert(can_conform<const httplib::Request&>::value, "a named request is accepted");
static_assert(!can_conform<httplib::Request&&>::value, "a temporary request is refused");
static_assert(can_conform<hs::request_view&&>::value, "a temporary view is kept by value");

TEST_CASE("an httplib response and request are validated like views") {
  httplib::Response res;
  res.status = 206;
  res.set_content("0123456789", "text/plain");
  httplib::Request req;
  req.method = "GET";
  req.version = "HTTP/1.1";

  hs::report r = hs::validate(res, req, hs::edition::rfc9110);
  CHECK(r.find("field.missing", "Content-Range")->level == hs::level::error);
  CHECK(r.find("request.range")->citation == "RFC 9110 §15.3.7");

  res.set_header("Content-Range", "bytes 0-9/100");
  req.set_header("Range", "bytes=0-9");
  r = hs::validate(res, req, hs::edition::rfc9110);
  CHECK(r.ok());
  REQUIRE_THAT(res, hs::catch2::conforms(req, hs::edition::rfc9110));
  REQUIRE_THAT(res, hs::catch2::has_status(hs::code::partial_content));
}

TEST_CASE("an httplib response's redirect and content are what validation sees") {
  httplib::Response res;
  res.set_redirect("/elsewhere", 301);
  res.set_header("Date", "Sun, 06 Nov 1994 08:49:37 GMT");
  // RFC 9110 §10.2.2 takes a relative reference; RFC 2616 §14.30 an absolute URI only
  REQUIRE_THAT(res, hs::catch2::conforms(hs::edition::rfc9110));
  CHECK(hs::validate(res, hs::edition::rfc9110).empty());
  CHECK(hs::validate(res).has("field.invalid", "Location"));

  httplib::Response head;
  head.status = 200;
  head.set_content("body", "text/plain");
  httplib::Request req;
  req.method = "HEAD";
  CHECK(hs::validate(head, req).has("content.head"));

  httplib::Response unset;  // status -1 until a handler sets it
  CHECK(hs::validate(unset).has("status.invalid"));
}

TEST_CASE("an httplib request's version is read from its string") {
  httplib::Response res;
  res.status = 101;
  res.set_header("Upgrade", "websocket");
  res.set_header("Connection", "Upgrade");
  httplib::Request req;
  req.method = "GET";
  req.set_header("Upgrade", "websocket");
  req.version = "HTTP/1.0";
  CHECK(hs::validate(res, req).has("request.http-1.0"));
  req.version = "HTTP/1.1";
  CHECK(hs::validate(res, req).ok());
  req.version = "garbage";  // unknown: not held against the response
  CHECK(hs::validate(res, req).ok());
}

namespace {
struct seen {
  std::string method;
  std::string path;
  int status = 0;
  std::size_t errors = 0;
  std::vector<std::string> rules;
};
}  // namespace

TEST_CASE("check_responses: every response a real server sends, checked as written") {
  httplib::Server server;
  server.Get("/ok", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("hello", "text/plain");
  });
  server.Post("/items", [](const httplib::Request&, httplib::Response& res) {
    res.status = 201;  // no Location: a finding
    res.set_content("made", "text/plain");
  });
  server.Delete("/ok", [](const httplib::Request&, httplib::Response& res) {
    res.status = 405;  // no Allow: a finding
  });
  std::mutex lock;
  std::vector<seen> all;
  hs::httplib::check_responses(server, hs::edition::rfc9110,
                               [&](const httplib::Request& req, const httplib::Response& res,
                                   const hs::report& findings) {
                                 seen s{req.method, req.path, res.status, findings.errors(), {}};
                                 for (const hs::finding& f : findings) s.rules.emplace_back(f.rule);
                                 const std::lock_guard<std::mutex> guard(lock);
                                 all.push_back(s);
                               });
  const int port = server.bind_to_any_port("127.0.0.1");
  REQUIRE(port > 0);
  std::thread serving([&server] { server.listen_after_bind(); });

  httplib::Client client("127.0.0.1", port);
  const auto get = client.Get("/ok");
  const auto head = client.Head("/ok");
  const auto post = client.Post("/items", "x", "text/plain");
  const auto del = client.Delete("/ok");
  server.stop();
  serving.join();
  REQUIRE(get);
  REQUIRE(head);
  REQUIRE(post);
  REQUIRE(del);
  CHECK(get->body == "hello");
  CHECK(head->body.empty());  // httplib sends no content to HEAD

  const auto find = [&all](const std::string& method, const std::string& path) -> const seen* {
    for (const seen& s : all) {
      if (s.method == method && s.path == path) return &s;
    }
    return nullptr;
  };
  // httplib sends no Date: a warning (RFC 9110 §6.6.1) on each, and no error on GET or HEAD,
  // whose content httplib leaves out as it must (no false content.head)
  for (const char* method : {"GET", "HEAD"}) {
    CAPTURE(method);
    const seen* s = find(method, "/ok");
    REQUIRE(s != nullptr);
    CHECK(s->errors == 0);
    CHECK(std::count(s->rules.begin(), s->rules.end(), "content.head") == 0);
    CHECK(std::count(s->rules.begin(), s->rules.end(), "date.missing") == 1);
  }
  const seen* created = find("POST", "/items");
  REQUIRE(created != nullptr);
  CHECK(created->status == 201);
  const seen* refused = find("DELETE", "/ok");
  REQUIRE(refused != nullptr);
  CHECK(refused->errors == 1);
  CHECK(std::count(refused->rules.begin(), refused->rules.end(), "field.missing") == 1);
  // what check() says of the same HEAD response when the content were counted
  httplib::Request head_request;
  head_request.method = "HEAD";
  httplib::Response with_body;
  with_body.set_content("hello", "text/plain");
  CHECK_FALSE(hs::httplib::check(head_request, with_body, hs::edition::rfc9110).find("content.head"));
  CHECK(hs::validate(with_body, head_request, hs::edition::rfc9110).find("content.head"));
}
