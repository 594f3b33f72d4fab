"""httpstatus-lint --probe against real servers on loopback: nginx-light (HTTP/1.1, and
HTTP/2 over TLS with a certificate made here), Python's http.server, Apache httpd and
lighttpd, as Debian bookworm has them. For each server and edition it checks what each probe
got (the status) and which errors and warnings the linter reports, both written below from
the RFC texts and from how that server behaves; the servers' access logs show that no unsafe
method is sent without --probe-unsafe (and no DELETE or PUT with it) and that a URL takes at
most the documented number of requests. A small misbehaving server (misbehaving_server.py)
breaks the rules that compare a HEAD with its GET, which the real servers keep; a closed port,
a silent server and an untrusted certificate each give a clear line and exit 2.

Run by ctest: python3 test_probe.py LINT_BINARY
Exit 77 (ctest: skipped) with a message when a server cannot start.
"""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import servers  # noqa: E402

LINT = sys.argv[1] if len(sys.argv) > 1 else "httpstatus-lint"
HERE = os.path.dirname(os.path.abspath(__file__))
SARIF_SCHEMA = os.path.join(HERE, "..", "..", "..", "shared", "vendor", "sarif",
                            "sarif-schema-2.1.0.json")
SKIP = 77
# The documented bound a URL: 13 probes, up to 5 redirect hops, and the 2 unsafe ones.
MAX_REQUESTS = 20
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

# What each server answers to each probe of /letters.txt, a static file of 26 bytes with a
# modification time in the past, and the errors and warnings (rule, field) each answer has in
# each edition; a probe not listed is not expected to be sent (None) or has none. Each
# expected finding says why, from the RFC text.
#
# Common to all: a 200 GET, HEAD as GET, Range answered or ignored; RFC 2616 §14.20 asks a
# 417 for an unknown expectation, which only Apache sends (RFC 9110 §10.1.1: MAY).
EXPECT_2616 = ("request.expectation-not-met", "Expect")
# RFC 2616 §10.3.5: a 304 after a strong validator (If-None-Match) SHOULD NOT carry other
# entity-headers, after a weak one (If-Modified-Since) MUST NOT; RFC 9110 §15.4.5 only asks
# SHOULD NOT and lets Last-Modified through.
FORBIDDEN_LM = ("field.forbidden", "Last-Modified")
FORBIDDEN_CT = ("field.forbidden", "Content-Type")
# RFC 2616 §10.4.6, RFC 9110 §15.5.6: a 405 MUST carry Allow.
NO_ALLOW = ("field.missing", "Allow")

SERVERS = {
    # nginx 1.22: evaluates every precondition and range; answers OPTIONS, an unknown method and
    # POST to a static file with 405 and no Allow (a MUST broken in both editions).
    "nginx": {
        "statuses": {"get": 200, "head": 200, "if-none-match": 304, "if-modified-since": 304,
                     "if-match-fails": 412, "range": 206, "multi-range": 206,
                     "unsatisfiable-range": 416, "if-range-stale": 200, "options": 405,
                     "expect-continue": 200, "unknown-expectation": 200, "not-found": 404,
                     "redirects": None, "unknown-method": 405, "post": 405},
        "rfc2616": {"errors": {"if-modified-since": {FORBIDDEN_LM}, "options": {NO_ALLOW},
                               "unknown-expectation": {EXPECT_2616},
                               "unknown-method": {NO_ALLOW}, "post": {NO_ALLOW}},
                    "warnings": {"if-none-match": {FORBIDDEN_LM}}},
        "rfc9110": {"errors": {"options": {NO_ALLOW}, "unknown-method": {NO_ALLOW},
                               "post": {NO_ALLOW}},
                    "warnings": {}},
    },
    # Python's http.server: no ETag, no ranges, ignores If-Match (no ETag, so no rule can tell
    # it did not evaluate it), 501 for any method but GET and HEAD.
    "python": {
        "statuses": {"get": 200, "head": 200, "if-none-match": None, "if-modified-since": 304,
                     "if-match-fails": 200, "range": 200, "multi-range": 200,
                     "unsatisfiable-range": 200, "if-range-stale": 200, "options": 501,
                     "expect-continue": 200, "unknown-expectation": 200, "not-found": 404,
                     "redirects": None, "unknown-method": 501, "post": 501},
        "rfc2616": {"errors": {"unknown-expectation": {EXPECT_2616}}, "warnings": {}},
        "rfc9110": {"errors": {}, "warnings": {}},
    },
    # Apache 2.4: a 412 with no content (RFC 2616 §10.4, RFC 9110 §15.5: SHOULD explain), a
    # 416 without Content-Range (RFC 2616 §10.4.17, RFC 9110 §15.5.17: SHOULD), 417 for an
    # unknown expectation, OPTIONS with Allow, 501 for an unknown method; the default handler
    # serves the file to POST.
    "apache": {
        "statuses": {"get": 200, "head": 200, "if-none-match": 304, "if-modified-since": 304,
                     "if-match-fails": 412, "range": 206, "multi-range": 206,
                     "unsatisfiable-range": 416, "if-range-stale": 200, "options": 200,
                     "expect-continue": 200, "unknown-expectation": 417, "not-found": 404,
                     "redirects": None, "unknown-method": 501, "post": 200},
        "rfc2616": {"errors": {"if-modified-since": {FORBIDDEN_LM}},
                    "warnings": {"if-none-match": {FORBIDDEN_LM},
                                 "if-match-fails": {("content.explanation", "")},
                                 "unsatisfiable-range": {("field.missing", "Content-Range")}}},
        "rfc9110": {"errors": {},
                    "warnings": {"if-match-fails": {("content.explanation", "")},
                                 "unsatisfiable-range": {("field.missing", "Content-Range")}}},
    },
    # lighttpd 1.4.69: serves the file to a failing If-Match (RFC 2616 §14.24, RFC 9110
    # §13.1.1: MUST evaluate it), a 416 without Content-Range, Content-Type in its 304s, the
    # file again for a path below it (path info: no 404), the file to POST.
    "lighttpd": {
        "statuses": {"get": 200, "head": 200, "if-none-match": 304, "if-modified-since": 304,
                     "if-match-fails": 200, "range": 206, "multi-range": 206,
                     "unsatisfiable-range": 416, "if-range-stale": 200, "options": 200,
                     "expect-continue": 200, "unknown-expectation": 200, "not-found": 200,
                     "redirects": None, "unknown-method": 501, "post": 200},
        "rfc2616": {"errors": {"if-modified-since": {FORBIDDEN_CT, FORBIDDEN_LM},
                               "if-match-fails": {("precondition.if-match-not-evaluated", "If-Match")},
                               "unknown-expectation": {EXPECT_2616}},
                    "warnings": {"if-none-match": {FORBIDDEN_CT, FORBIDDEN_LM},
                                 "unsatisfiable-range": {("field.missing", "Content-Range")}}},
        "rfc9110": {"errors": {"if-match-fails": {("precondition.if-match-not-evaluated", "If-Match")}},
                    "warnings": {"if-none-match": {FORBIDDEN_CT}, "if-modified-since": {FORBIDDEN_CT},
                                 "unsatisfiable-range": {("field.missing", "Content-Range")}}},
    },
}
# nginx over TLS with HTTP/2 answers as over HTTP/1.1 (its Expect: 100-continue gets no 100).
SERVERS["nginx-h2"] = SERVERS["nginx"]


def lint(*args, timeout=300):
    started = time.time()
    done = subprocess.run([LINT, *args], capture_output=True, timeout=timeout)
    return (done.returncode, done.stdout.decode("utf-8", "replace"),
            done.stderr.decode("utf-8", "replace"), time.time() - started)


def probe_json(url, edition, *extra):
    code, out, err, _ = lint("--probe", url, "--edition", edition, "--format", "json", *extra)
    if code == 2:
        raise AssertionError(f"--probe {url} ({edition}) exited 2: {err}")
    return code, json.loads(out)


def by_probe(inputs):
    """{probe name: input}; redirect hops under their own input names."""
    out = {}
    for item in inputs:
        name = item["probe"]["name"]
        out[name if name != "redirects" or "redirect-" not in item["input"]
            else item["input"].rsplit("#", 1)[1]] = item
    return out


def findings(item, level):
    return {(f["rule"], f["field"]) for r in item["responses"] for f in r["findings"]
            if f["level"] == level}


def methods_of(lines):
    """The request methods of access-log lines: "GET /x 200" or Python's '"GET /x HTTP/1.1"';
    "?" for a request logged without its method (lighttpd logs "  501" for a method it does
    not know). Python's lines about errors ("code 501, message ...") are no requests."""
    out = []
    for line in lines:
        quoted = re.search(r'"([A-Z]+) \S+ HTTP/[0-9.]+"', line)
        if quoted:
            out.append(quoted.group(1))
        elif re.match(r"^[A-Z]+ /", line):
            out.append(line.split(" ", 1)[0])
        elif re.match(r"^\s*[0-9]{3}$", line):
            out.append("?")
    return out


class Probes(unittest.TestCase):
    tmp = None
    started = {}
    urls = {}

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="httpstatus-probe-")
        os.chmod(cls.tmp, 0o755)
        docroot = os.path.join(cls.tmp, "www")
        os.makedirs(docroot)
        os.chmod(docroot, 0o755)
        letters = os.path.join(docroot, "letters.txt")
        with open(letters, "w") as f:
            f.write("abcdefghijklmnopqrstuvwxyz")
        # in the past: Apache makes an ETag weak while the file is less than a second old
        os.utime(letters, (1600000000, 1600000000))
        with open(os.path.join(docroot, "index.html"), "w") as f:
            f.write("<p>index</p>\n")
        certificate = servers.make_certificate(cls.tmp)
        if certificate is None:
            raise unittest.SkipTest("SKIPPED: openssl could not make a certificate")
        nginx_port, tls_port = servers.free_port(), servers.free_port()
        starts = [
            ("nginx", lambda: servers.start_nginx(cls.tmp, docroot, nginx_port,
                                                  "location = /old { return 301 /letters.txt; } "
                                                  "location = /loop { return 302 /loop; }",
                                                  tls=(tls_port, *certificate))),
            ("python", lambda: servers.start_python(cls.tmp, docroot, servers.free_port())),
            ("apache", lambda: servers.start_apache(cls.tmp, docroot, servers.free_port())),
            ("lighttpd", lambda: servers.start_lighttpd(cls.tmp, docroot, servers.free_port())),
        ]
        for name, start in starts:
            server, why = start()
            if server is None:
                cls.tearDownClass()
                raise unittest.SkipTest(f"SKIPPED: {why}")
            cls.started[name] = server
            cls.urls[name] = f"http://{servers.HOST}:{server.port}/letters.txt"
        cls.started["nginx-h2"] = cls.started["nginx"]  # one process, one log
        cls.urls["nginx-h2"] = f"https://{servers.HOST}:{tls_port}/letters.txt"
        misbehaving_port = servers.free_port()
        process = subprocess.Popen([sys.executable, os.path.join(HERE, "misbehaving_server.py"),
                                    str(misbehaving_port)])
        if not servers.wait_for(misbehaving_port, process):
            process.kill()
            cls.tearDownClass()
            raise unittest.SkipTest("SKIPPED: misbehaving_server.py did not start")
        cls.started["misbehaving"] = servers.Server("misbehaving", process, misbehaving_port,
                                                    os.path.join(cls.tmp, "none.log"))
        cls.urls["misbehaving"] = f"http://{servers.HOST}:{misbehaving_port}"

    @classmethod
    def tearDownClass(cls):
        for name, server in list(cls.started.items()):
            if name != "nginx-h2":
                server.stop()
        cls.started = {}
        if cls.tmp:
            shutil.rmtree(cls.tmp, ignore_errors=True)

    def run_and_log(self, server, url, edition, *extra):
        """Probes `url`; returns the JSON inputs and the access-log lines the run added."""
        if server == "lighttpd":
            self.started[server].settle()  # earlier requests' lines, written late
        before = len(self.started[server].log_lines())
        _, inputs = probe_json(url, edition, *extra)
        # a server writes its log as requests end, lighttpd every few seconds: wait for as
        # many lines as requests were sent (the test then counts what is there)
        sent = sum(1 for i in inputs if "status" in i["probe"] or "error" in i)
        deadline = time.time() + 15
        while len(self.started[server].log_lines()) - before < sent and time.time() < deadline:
            time.sleep(0.2)
        time.sleep(0.3)
        return inputs, self.started[server].log_lines()[before:]

    def check_server(self, server):
        expected = SERVERS[server]
        extra = ("--insecure",) if server == "nginx-h2" else ()
        for edition in ("rfc2616", "rfc9110"):
            with self.subTest(server=server, edition=edition):
                inputs, log = self.run_and_log(server, self.urls[server], edition, *extra)
                got = by_probe(inputs)
                for name, status in expected["statuses"].items():
                    if name in ("unknown-method", "post"):
                        self.assertNotIn(name, got, f"{server}: {name} sent without --probe-unsafe")
                        continue
                    item = got[name]
                    if status is None:
                        self.assertIn("not_sent", item["probe"], f"{server} {name}")
                        continue
                    self.assertEqual(item["probe"]["status"], status, f"{server} {name}: {item}")
                    for level in ("errors", "warnings"):
                        want = expected[edition][level].get(name, set())
                        self.assertEqual(findings(item, level[:-1]), want,
                                         f"{server} {edition} {name} {level}: {item}")
                # the access log: safe methods only, within the bound
                methods = methods_of(log)
                self.assertTrue(methods, f"{server}: nothing in the access log")
                self.assertLessEqual(set(methods), SAFE_METHODS, f"{server}: {log}")
                self.assertLessEqual(len(methods), MAX_REQUESTS)
                sent = [i for i in inputs if "status" in i["probe"]]
                self.assertEqual(len(methods), len(sent), f"{server}: {log}")
        # with --probe-unsafe: the unknown method and POST too, never DELETE or PUT
        inputs, log = self.run_and_log(server, self.urls[server], "rfc9110", "--probe-unsafe", *extra)
        got = by_probe(inputs)
        for name in ("unknown-method", "post"):
            self.assertEqual(got[name]["probe"]["status"], expected["statuses"][name], server)
            self.assertEqual(findings(got[name], "error"),
                             expected["rfc9110"]["errors"].get(name, set()), server)
        methods = methods_of(log)
        self.assertIn("POST", methods)
        self.assertIn("HTTPSTATUSLINTPROBE" if server != "lighttpd" else "?", methods, log)
        self.assertFalse({"PUT", "DELETE"} & set(methods), log)
        self.assertLessEqual(len(methods), MAX_REQUESTS)

    def test_nginx(self):
        self.check_server("nginx")

    def test_nginx_http2_over_tls(self):
        self.check_server("nginx-h2")
        _, inputs = probe_json(self.urls["nginx-h2"], "rfc9110", "--insecure", "--only", "head")
        self.assertEqual(inputs[0]["responses"][0]["version"], "HTTP/2")

    def test_python_http_server(self):
        self.check_server("python")

    def test_apache(self):
        self.check_server("apache")

    def test_lighttpd(self):
        self.check_server("lighttpd")

    def test_each_server_root_is_probed(self):
        # `--probe http://127.0.0.1:PORT/`: every probe listed, sent or said why not
        names = [k for k in SERVERS["nginx"]["statuses"] if k not in ("unknown-method", "post")]
        for server in ("nginx", "nginx-h2", "python", "apache", "lighttpd"):
            root = self.urls[server].replace("/letters.txt", "/")
            extra = ("--insecure",) if server == "nginx-h2" else ()
            code, out, err, _ = lint("--probe", root, *extra)
            self.assertIn(code, (0, 1), f"{server}: {err}")
            for name in names:
                self.assertIn(f"{root}#{name}: probe {name}: ", out, server)
            self.assertIn(f"{root}#get: probe get: GET -> 200", out, server)

    def test_a_redirect_chain_is_followed_hop_by_hop(self):
        url = self.urls["nginx"].replace("/letters.txt", "/old")
        inputs, log = self.run_and_log("nginx", url, "rfc9110")
        got = by_probe(inputs)
        self.assertEqual(got["get"]["probe"]["status"], 301)
        self.assertEqual(got["redirect-1"]["probe"]["status"], 200)
        self.assertIn("/letters.txt", " ".join(log))
        # ranges are of a 200's representation: not sent after a 301
        self.assertIn("not_sent", got["range"]["probe"])

    def test_a_redirect_loop_stops_after_five_hops(self):
        url = self.urls["nginx"].replace("/letters.txt", "/loop")
        inputs, log = self.run_and_log("nginx", url, "rfc9110", "--only", "redirects")
        got = by_probe(inputs)
        self.assertEqual([k for k in got if k.startswith("redirect-")],
                         [f"redirect-{n}" for n in range(1, 6)])
        self.assertIn("not followed further", " ".join(got["redirect-5"]["notes"]))
        self.assertEqual(methods_of(log), ["GET"] * 6)  # the GET and five hops

    def test_head_beside_get_on_a_real_server(self):
        # Apache's HEAD for a redirect leaves out the Content-Length its GET sends: RFC 2616
        # §9.4 asks the same metainformation (SHOULD); RFC 9110 §9.3.2 lets a HEAD leave out
        # fields whose value comes from making the content.
        url = self.urls["apache"].replace("/letters.txt", "/old")
        for edition, want in (("rfc2616", {("probe.head-field-missing", "Content-Length")}),
                              ("rfc9110", set())):
            _, inputs = probe_json(url, edition, "--only", "head")
            self.assertEqual(findings(by_probe(inputs)["head"], "warning"), want, edition)

    def test_rules_comparing_head_and_get_fail_and_pass(self):
        base = self.urls["misbehaving"]
        cases = [  # path, rule, field, level in (rfc2616, rfc9110)
            ("/head-status", "probe.head-status", "", ("warning", "warning")),
            ("/head-fields", "probe.head-field-missing", "X-Probe-Extra", ("warning", "warning")),
            ("/head-fields", "probe.head-field-differs", "ETag", ("warning", "warning")),
            ("/head-fields", "probe.head-field-differs", "Content-Type", ("warning", "warning")),
            ("/head-length", "probe.head-content-length", "Content-Length", ("error", "error")),
        ]
        for path, rule, field, levels in cases:
            for edition, level in zip(("rfc2616", "rfc9110"), levels):
                _, inputs = probe_json(base + path, edition, "--only", "head")
                self.assertIn((rule, field), findings(by_probe(inputs)["head"], level),
                              f"{path} {edition}: {inputs}")
                _, kept = probe_json(base + "/kept", edition, "--only", "head")
                self.assertFalse([f for r in by_probe(kept)["head"]["responses"]
                                  for f in r["findings"] if f["rule"].startswith("probe.")])
        # a 304's Content-Length is the GET's content length (RFC 9110 §8.6 only)
        _, inputs = probe_json(base + "/conditional", "rfc9110", "--only", "if-none-match")
        self.assertIn(("probe.304-content-length", "Content-Length"),
                      findings(by_probe(inputs)["if-none-match"], "error"))
        _, inputs = probe_json(base + "/conditional", "rfc2616", "--only", "if-none-match")
        self.assertNotIn("probe.304-content-length", json.dumps(inputs))
        _, inputs = probe_json(base + "/kept", "rfc9110", "--only", "if-none-match")
        self.assertEqual(by_probe(inputs)["if-none-match"]["probe"]["status"], 304)
        self.assertNotIn("probe.304-content-length", json.dumps(inputs))

    def test_max_requests_lowers_the_bound(self):
        inputs, log = self.run_and_log("nginx", self.urls["nginx"], "rfc9110", "--max-requests", "3")
        self.assertEqual(len(methods_of(log)), 3, log)
        not_sent = [i["probe"]["not_sent"] for i in inputs if "not_sent" in i["probe"]]
        self.assertTrue(any("--max-requests" in why for why in not_sent), not_sent)

    def test_only_picks_probes_and_the_get_comes_first(self):
        inputs, log = self.run_and_log("nginx", self.urls["nginx"], "rfc9110", "--only", "range")
        self.assertEqual([i["probe"]["name"] for i in inputs], ["get", "range"])
        self.assertEqual(methods_of(log), ["GET", "GET"])
        code, _, err, _ = lint("--probe", self.urls["nginx"], "--only", "rnage")
        self.assertEqual(code, 2)
        self.assertIn("no such probe", err)

    def test_text_output_says_what_each_probe_got(self):
        code, out, _, _ = lint("--probe", self.urls["nginx"], "--edition", "rfc9110")
        self.assertEqual(code, 1)  # nginx's 405 without Allow
        self.assertIn(f"{self.urls['nginx']}#if-match-fails: probe if-match-fails: GET If-Match: "
                      '"httpstatus-lint-probe-no-such-tag" -> 412, as expected', out)
        self.assertIn(f"{self.urls['nginx']}#options: 405 Not Allowed: error: a header field the "
                      "status code calls for is missing [Allow] (RFC 9110 §15.5.6)", out)
        self.assertIn("probe redirects: not sent: the GET's status was 200, not a redirect", out)

    def test_sarif_output_validates(self):
        if not os.path.exists(SARIF_SCHEMA):
            self.skipTest(f"SKIPPED: no SARIF schema at {SARIF_SCHEMA} (shared/vendor/sarif)")
        try:
            import jsonschema
        except ImportError:
            self.skipTest("SKIPPED: no jsonschema (Debian's python3-jsonschema)")
        code, out, _, _ = lint("--probe", self.urls["lighttpd"], "--format", "sarif")
        self.assertIn(code, (0, 1))
        log = json.loads(out)
        with open(SARIF_SCHEMA) as f:
            schema = json.load(f)
        jsonschema.validate(log, schema)
        rules = {r["ruleId"] for r in log["runs"][0]["results"]}
        self.assertIn("precondition.if-match-not-evaluated", rules)
        notes = [n["message"]["text"] for n in log["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
        self.assertTrue(any(n.startswith("probe if-match-fails:") for n in notes), notes)


class Trouble(unittest.TestCase):
    def test_a_closed_port_is_a_clear_line(self):
        port = servers.free_port()  # nothing listens there
        code, out, err, took = lint("--probe", f"http://{servers.HOST}:{port}/", "--timeout", "5")
        self.assertEqual(code, 2)
        self.assertIn(f"http://{servers.HOST}:{port}/#get: no response: Couldn't connect to server", err)
        self.assertLess(took, 10)

    def test_a_silent_server_times_out(self):
        listener = socket.socket()
        listener.bind((servers.HOST, 0))
        listener.listen(8)
        port = listener.getsockname()[1]
        held = []
        stop = threading.Event()

        def accept():  # accept and say nothing
            listener.settimeout(0.2)
            while not stop.is_set():
                try:
                    held.append(listener.accept()[0])
                except OSError:
                    pass

        thread = threading.Thread(target=accept, daemon=True)
        thread.start()
        try:
            code, _, err, took = lint("--probe", f"http://{servers.HOST}:{port}/", "--timeout", "1",
                                      "--total-timeout", "20")
        finally:
            stop.set()
            thread.join()
            for s in held:
                s.close()
            listener.close()
        self.assertEqual(code, 2)
        self.assertIn("#get: no response: Timeout was reached", err)
        self.assertLess(took, 10)

    def test_a_certificate_not_trusted_is_refused_without_insecure(self):
        tmp = tempfile.mkdtemp(prefix="httpstatus-probe-tls-")
        try:
            certificate = servers.make_certificate(tmp)
            if certificate is None:
                self.skipTest("SKIPPED: openssl could not make a certificate")
            docroot = os.path.join(tmp, "www")
            os.makedirs(docroot)
            port, tls_port = servers.free_port(), servers.free_port()
            server, why = servers.start_nginx(tmp, docroot, port, tls=(tls_port, *certificate))
            if server is None:
                self.skipTest(f"SKIPPED: {why}")
            try:
                code, _, err, _ = lint("--probe", f"https://{servers.HOST}:{tls_port}/")
            finally:
                server.stop()
            self.assertEqual(code, 2)
            self.assertIn("#get: no response: SSL peer certificate or SSH remote key was not OK", err)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def test_usage(self):
        for args, says in ((["--probe", "ftp://127.0.0.1/"], "not an http:// or https:// URL"),
                           (["--probe-unsafe", "x.http"], "go with --probe"),
                           (["x.http", "--probe", "http://127.0.0.1:1/"], "not both"),
                           ([], "not neither")):
            code, _, err, _ = lint(*args)
            self.assertEqual(code, 2, args)
            self.assertIn(says, err)
        code, out, _, _ = lint("--list-probes")
        self.assertEqual(code, 0)
        for name in ("if-none-match", "unsatisfiable-range", "unknown-method"):
            self.assertIn(name, out)


if __name__ == "__main__":
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    if result.skipped and not result.failures and not result.errors and result.testsRun == len(result.skipped):
        sys.exit(SKIP)
    sys.exit(0 if result.wasSuccessful() else 1)
