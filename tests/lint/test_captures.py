"""httpstatus-lint on real captures: what curl (7.88) printed from nginx and a WebSocket server
on loopback, HARs chromium recorded through playwright-core, and one node-request-capture-har
wrote. The fixtures and the script
that made them are in tests/lint/captures/ (record.sh). Where a test needs a capture that
breaks a rule, it changes one line of a real one and says which.

Run by ctest: python3 test_captures.py LINT_BINARY CAPTURES_DIR
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

LINT = sys.argv[1] if len(sys.argv) > 1 else "httpstatus-lint"
CAPTURES = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "captures")


def capture(name):
    return os.path.join(CAPTURES, name)


def read(name):
    with open(capture(name), "rb") as f:
        return f.read()


def run(*args, stdin=None):
    done = subprocess.run([LINT, *args], input=stdin, capture_output=True, timeout=60)
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def lint_json(*args, stdin=None):
    code, out, err = run("--format", "json", *args, stdin=stdin)
    if code == 2:
        raise AssertionError(f"the linter could not read {args}: {err}")
    return code, json.loads(out)


def statuses(entry):
    return [r["status"] for r in entry["responses"]]


def rules(entry):
    return [(r["status"], f["rule"], f["field"]) for r in entry["responses"] for f in r["findings"]]


class Temp:
    """A changed copy of a capture, deleted afterwards."""

    def __init__(self, data, suffix=".http"):
        fd, self.path = tempfile.mkstemp(suffix=suffix)
        with os.fdopen(fd, "wb") as f:
            f.write(data)

    def __enter__(self):
        return self.path

    def __exit__(self, *_):
        os.unlink(self.path)


class CurlDefaultOutput(unittest.TestCase):
    """curl -si removes the chunked coding and, with --compressed, the content coding."""

    def test_decoded_chunked_content_is_linted_and_said_once(self):
        for name in ("curl-si-chunked.http", "curl-si-compressed-chunked.http",
                     "curl-si-compressed-length.http"):
            with self.subTest(name):
                code, data = lint_json(capture(name))
                self.assertEqual(code, 0)
                self.assertEqual(statuses(data[0]), [200])
                self.assertEqual(len(data[0]["notes"]), 1)
                self.assertIn("decoded by the client", data[0]["notes"][0])

    def test_the_text_output_says_it_once(self):
        code, out, _ = run(capture("curl-si-chunked.http"))
        self.assertEqual(code, 0)
        self.assertEqual(out.count("decoded by the client"), 1)
        self.assertIn("1 input, 1 response: 0 errors", out)

    def test_raw_captures_keep_their_framing_checks(self):
        code, data = lint_json(capture("curl-si-raw-chunked.http"))
        self.assertEqual(code, 0)
        self.assertNotIn("notes", data[0])
        code, data = lint_json("--raw", capture("curl-si-raw-chunked.http"))
        self.assertEqual((code, statuses(data[0])), (0, [200]))
        # curl's decoded output is no raw capture: with --raw it is unreadable, and says where
        code, _, err = run("--raw", capture("curl-si-chunked.http"))
        self.assertEqual(code, 2)
        self.assertIn("curl-si-chunked.http:8:", err)
        self.assertIn("ends with LF alone", err)
        # a raw chunked capture cut short is an error, not content a client decoded
        raw = read("curl-si-raw-chunked.http")
        with Temp(raw[:-7]) as path:
            code, _, err = run(path)
            self.assertEqual(code, 2)

    def test_curl_si_tells_a_405_without_allow(self):
        code, data = lint_json(capture("curl-si-post-405.http"))
        self.assertEqual(code, 1)
        self.assertIn((405, "field.missing", "Allow"), rules(data[0]))


class HeadRequests(unittest.TestCase):
    def test_curl_sI_with_method_head_is_clean(self):
        code, data = lint_json("--method", "HEAD", capture("curl-sI.http"))
        self.assertEqual(code, 0)
        self.assertEqual(statuses(data[0]), [200])
        self.assertNotIn("notes", data[0])
        self.assertEqual(rules(data[0]), [])

    def test_without_method_the_missing_content_is_said(self):
        code, data = lint_json(capture("curl-sI.http"))
        self.assertEqual(code, 0)
        self.assertIn("came without its content", data[0]["notes"][0])

    def test_a_bad_method_is_a_usage_error(self):
        code, _, err = run("--method", "GE T", capture("curl-sI.http"))
        self.assertEqual(code, 2)
        self.assertIn("--method", err)


class SeveralResponses(unittest.TestCase):
    def test_curl_siL_lints_every_hop(self):
        code, data = lint_json(capture("curl-siL.http"))
        self.assertEqual(code, 0)
        self.assertEqual(statuses(data[0]), [302, 301, 200])
        self.assertIn("2 responses came without their content", data[0]["notes"][0])

    def test_several_urls_on_one_connection(self):
        code, data = lint_json(capture("curl-si-three-urls.http"))
        self.assertEqual(code, 0)
        self.assertEqual(statuses(data[0]), [200, 200, 404])

    def test_interim_100_then_the_final_response(self):
        code, data = lint_json(capture("curl-si-put-100.http"))
        self.assertEqual((code, statuses(data[0])), (0, [100, 201]))

    def test_every_response_is_checked_not_only_the_first(self):
        # the second of three responses loses its Date: only it has the finding
        data = read("curl-si-three-urls.http")
        second = data.index(b"HTTP/1.1", 10)
        date = data.index(b"Date:", second)
        changed = data[:date] + data[data.index(b"\r\n", date) + 2:]
        with Temp(changed) as path:
            code, out = lint_json("--origin-clock", "yes", path)
        self.assertEqual(code, 1)
        self.assertEqual([s for s, rule, _ in rules(out[0]) if rule == "date.missing"], [200])
        self.assertEqual(statuses(out[0]), [200, 200, 404])

    def test_after_a_101_the_new_protocol_is_not_read(self):
        code, data = lint_json("--edition", "rfc9110", capture("curl-si-101.http"))
        self.assertEqual(code, 0)
        self.assertEqual(statuses(data[0]), [101])
        self.assertIn("belong to the protocol it switched to", data[0]["notes"][0])

    def test_content_after_a_304_is_a_finding(self):
        data = read("curl-sI.http").replace(b"HTTP/1.1 200 OK", b"HTTP/1.1 304 Not Modified")
        with Temp(data + b"stray content") as path:
            code, out = lint_json(path)
        self.assertEqual(code, 1)
        self.assertIn("content.forbidden", [rule for _, rule, _ in rules(out[0])])


class Http2AndHttp3(unittest.TestCase):
    def test_curl_http2_heads_are_linted_as_http2(self):
        for name in ("curl-si-http2.http", "curl-si-http2-compressed.http"):
            with self.subTest(name):
                for edition in ("rfc2616", "rfc9110"):
                    code, data = lint_json("--edition", edition, capture(name))
                    self.assertEqual(code, 0, data)
                    self.assertEqual(statuses(data[0]), [200])
                    self.assertEqual(data[0]["responses"][0]["version"], "HTTP/2")

    def test_connection_specific_fields_in_http2_are_errors(self):
        data = read("curl-si-http2.http").replace(b"\r\n\r\n", b"\r\nconnection: keep-alive\r\n\r\n", 1)
        for edition in ("rfc2616", "rfc9110"):
            with Temp(data) as path:
                code, out = lint_json("--edition", edition, path)
            self.assertEqual(code, 1)
            finding = [f for f in out[0]["responses"][0]["findings"]
                       if f["rule"] == "http2.connection-field"][0]
            self.assertEqual((finding["field"], finding["citation"]),
                             ("Connection", "RFC 9113 §8.2.2"))

    def test_http2_has_no_101(self):
        data = read("curl-si-http2.http").replace(b"HTTP/2 200", b"HTTP/2 101", 1)
        with Temp(data) as path:
            code, out = lint_json(path)
        self.assertEqual(code, 1)
        self.assertIn("http2.switching-protocols", [rule for _, rule, _ in rules(out[0])])

    def test_http3_heads(self):
        # curl in Debian bookworm has no HTTP/3: a curl HTTP/2 head relabelled as HTTP/3
        data = read("curl-si-http2.http").replace(b"HTTP/2 200", b"HTTP/3 200", 1)
        with Temp(data.replace(b"\r\n\r\n", b"\r\nTransfer-Encoding: chunked\r\n\r\n", 1)) as path:
            code, out = lint_json(path)
        self.assertEqual(out[0]["responses"][0]["version"], "HTTP/3")
        found = {(rule, field) for _, rule, field in rules(out[0])}
        self.assertIn(("http3.connection-field", "Transfer-Encoding"), found)
        self.assertIn(("http3.uppercase-field-name", ""), found)

    def test_http2_0_in_http1_syntax_is_an_error_not_a_pass(self):
        data = read("curl-si-raw-chunked.http").replace(b"HTTP/1.1 200 OK", b"HTTP/2.0 200 OK", 1)
        with Temp(data) as path:
            code, out = lint_json("--edition", "rfc9110", path)
            self.assertEqual(code, 1)
            finding = [f for f in out[0]["responses"][0]["findings"] if f["rule"] == "syntax.version"]
            self.assertEqual((finding[0]["level"], finding[0]["citation"]), ("error", "RFC 9110 §6.2"))
            _, out = lint_json("--edition", "rfc2616", path)
            finding = [f for f in out[0]["responses"][0]["findings"] if f["rule"] == "syntax.version"]
            self.assertEqual((finding[0]["level"], finding[0]["citation"]), ("warning", "RFC 2616 §3.1"))


class VerboseTraces(unittest.TestCase):
    def test_curl_sv_redirects(self):
        code, data = lint_json(capture("curl-sv-redirects.trace"))
        self.assertEqual(code, 0)
        self.assertEqual(statuses(data[0]), [302, 301, 200])
        self.assertIn("heads, not the content's framing", data[0]["notes"][0])

    def test_from_standard_input_as_the_readme_shows(self):
        code, out, _ = run("-", stdin=read("curl-sv-redirects.trace"))
        self.assertEqual(code, 0)
        self.assertIn("1 input, 3 responses", out)

    def test_interim_responses_curl_prints_without_their_empty_line(self):
        code, data = lint_json(capture("curl-sv-put-100.trace"))
        self.assertEqual((code, statuses(data[0])), (0, [100, 201]))

    def test_http2_trace(self):
        code, data = lint_json(capture("curl-sv-http2.trace"))
        self.assertEqual((code, statuses(data[0])), (0, [200]))
        self.assertEqual(data[0]["responses"][0]["version"], "HTTP/2")

    def test_the_request_in_the_trace_is_read(self):
        # the real trace: a 206 to a request with Range is clean of request findings
        code, data = lint_json("--edition", "rfc9110", capture("curl-sv-range.trace"))
        self.assertEqual(statuses(data[0]), [206])
        self.assertEqual([r for r in rules(data[0]) if r[1].startswith("request")], [])
        # the same trace without the request's Range line: the 206 answers no range request
        trace = read("curl-sv-range.trace")
        start = trace.index(b"> Range:")
        changed = trace[:start] + trace[trace.index(b"\n", start) + 1:]
        with Temp(changed, ".trace") as path:
            code, out = lint_json("--edition", "rfc9110", path)
        self.assertEqual(code, 1)
        self.assertIn("Range", [field for _, rule, field in rules(out[0])
                                if rule.startswith("request")])

    def test_a_trace_without_response_heads_is_unreadable(self):
        with Temp(b"* Trying 127.0.0.1:1...\n* connect to 127.0.0.1 port 1 failed\n") as path:
            code, _, err = run(path)
        self.assertEqual(code, 2)
        self.assertIn("no response head", err)


class Har(unittest.TestCase):
    def test_chromium_http1_har(self):
        code, data = lint_json(capture("chromium-http1.har"))
        self.assertEqual(code, 0)
        self.assertEqual([d["input"] for d in data],
                         [capture("chromium-http1.har") + f"#{i}" for i in range(len(data))])
        self.assertEqual([statuses(d) for d in data], [[200], [200], [200], [404], [302], [301], [200]])
        self.assertEqual({d["responses"][0]["version"] for d in data}, {"HTTP/1.1"})
        self.assertIn("not the framing", data[0]["notes"][0])

    def test_chromium_http2_har(self):
        code, data = lint_json("--edition", "rfc9110", capture("chromium-http2.har"))
        self.assertEqual(code, 0)
        self.assertEqual(len(data), 7)
        self.assertEqual({d["responses"][0]["version"] for d in data}, {"HTTP/2"})

    def test_a_second_producer_node_request_capture_har(self):
        code, data = lint_json("--edition", "rfc9110", capture("request-capture.har"))
        self.assertEqual(code, 1)
        self.assertEqual([statuses(d) for d in data], [[200], [200], [404], [302], [200], [405]])
        self.assertIn((405, "field.missing", "Allow"), rules(data[5]))
        self.assertEqual([f for d in data[:5] for r in d["responses"] for f in r["findings"]
                          if f["level"] != "info"], [])

    def test_har_entries_are_linted_with_their_requests(self):
        har = json.loads(read("chromium-http2.har"))
        entry = har["log"]["entries"][0]
        entry["response"]["headers"].append({"name": "connection", "value": "keep-alive"})
        entry["response"]["status"] = 412  # answers a request without a precondition
        har["log"]["entries"].append({"request": entry["request"],
                                      "response": {"status": 0, "headers": []}})
        with Temp(json.dumps(har).encode(), ".har") as path:
            code, data = lint_json("--edition", "rfc9110", path)
            self.assertEqual(code, 1)
            found = {(rule, field) for _, rule, field in rules(data[0])}
            self.assertIn(("http2.connection-field", "Connection"), found)
            self.assertIn(("request.precondition", ""), found)
            self.assertEqual(data[-1]["input"], path + "#7")
            self.assertEqual(data[-1]["responses"], [])
            self.assertIn("no response was received", data[-1]["notes"][0])
            code, out, _ = run("--edition", "rfc9110", path)
            self.assertIn(path + "#0: 412", out)

    def test_what_is_not_a_har_is_said(self):
        for data, what in ((b'{"log": {"entries": "x"}}', "without log.entries"),
                           (b'{"log": {"entries": [{"request": {}, "response": {"status": "200"}}]}}',
                            "no numeric status"),
                           (b'{"log": {"entries": [{"request": {"method": 5}, "response": '
                            b'{"status": 200, "headers": []}}]}}', "not a HAR file"),
                           (b"{not json", "not JSON")):
            with Temp(data, ".har") as path:
                code, _, err = run(path)
            self.assertEqual(code, 2, data)
            self.assertIn(what, err)


class IncompleteRequest(unittest.TestCase):
    def test_an_incomplete_request_file_lints_the_response_alone(self):
        # Apache's 408 to a PUT that sent 10 of the 100 bytes it declared (record.sh)
        code, data = lint_json("--request", capture("apache-408.request"), capture("apache-408.http"))
        self.assertEqual(code, 0)
        self.assertEqual(statuses(data[0]), [408])
        self.assertIn("incomplete", data[0]["notes"][0])
        self.assertIn("before the Content-Length", data[0]["notes"][0])
        code, out, _ = run("--request", capture("apache-408.request"), capture("apache-408.http"))
        self.assertIn("note: the request in", out)
        self.assertIn("1 input, 1 response: 0 errors", out)

    def test_a_request_file_that_is_not_http_is_still_unreadable(self):
        with Temp(b"HELLO THERE\r\n\r\n") as req:
            code, _, err = run("--request", req, capture("apache-408.http"))
        self.assertEqual(code, 2)
        self.assertIn("expected an HTTP/1.x request", err)


class Sarif(unittest.TestCase):
    def test_captures_as_sarif_validate_and_carry_the_notes(self):
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from test_lint import SARIF_SCHEMA, schema_errors
        code, out, _ = run("--format", "sarif", capture("curl-siL.http"), capture("chromium-http2.har"),
                           capture("curl-sv-put-100.trace"), capture("curl-si-101.http"))
        self.assertEqual(code, 0)
        log = json.loads(out)
        invocation = log["runs"][0]["invocations"][0]
        self.assertTrue(invocation["executionSuccessful"])
        notes = invocation["toolExecutionNotifications"]
        self.assertTrue(any("came without their content" in n["message"]["text"] for n in notes))
        uris = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes}
        self.assertIn(capture("chromium-http2.har") + "#0", uris)
        with Temp(b"{not json", ".har") as path:
            code, out, _ = run("--format", "sarif", path)
        self.assertEqual(code, 2)
        unreadable = json.loads(out)
        self.assertFalse(unreadable["runs"][0]["invocations"][0]["executionSuccessful"])
        if not os.path.exists(SARIF_SCHEMA):
            self.skipTest(f"SKIPPED: no SARIF schema at {SARIF_SCHEMA} (shared/vendor/sarif)")
        for document in (log, unreadable):
            errors = schema_errors(document)
            if errors is None:
                self.skipTest("SKIPPED: no interpreter has jsonschema (Debian's python3-jsonschema)")
            self.assertEqual(errors, [])


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
