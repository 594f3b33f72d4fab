"""httpstatus-lint end to end: exit codes, text and JSON output, errors that name file and line.

Run by ctest: python3 test_lint.py LINT_BINARY RESPONSES_DIR
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import unittest

LINT = sys.argv[1] if len(sys.argv) > 1 else "httpstatus-lint"
SAMPLES = sys.argv[2] if len(sys.argv) > 2 else "examples/responses"


def run(*args, stdin=None):
    """Runs the linter; returns (exit code, stdout, stderr)."""
    done = subprocess.run([LINT, *args], input=stdin, capture_output=True, timeout=60)
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def sample(name):
    return os.path.join(SAMPLES, name)


def request(name):
    return os.path.join(SAMPLES, "requests", name)


def temp_file(data):
    f = tempfile.NamedTemporaryFile(delete=False, suffix=".http")
    f.write(data)
    f.close()
    return f.name


class Samples(unittest.TestCase):
    def test_conforming_samples_exit_0_in_both_editions(self):
        cases = [
            ("200-ok.http", None), ("200-chunked.http", None), ("201-created.http", None),
            ("100-then-201.http", "put-expect.http"), ("206-single.http", "get-range.http"),
            ("206-multipart.http", "get-ranges.http"), ("304-not-modified.http", "conditional-get.http"),
        ]
        for edition in ("rfc2616", "rfc9110"):
            for name, req in cases:
                args = ["--edition", edition, sample(name)]
                if req:
                    args += ["--request", request(req)]
                code, out, err = run(*args)
                self.assertEqual(code, 0, f"{edition} {name}: {out}{err}")
                self.assertIn("0 errors", out)

    def test_missing_must_fields_exit_1_with_citation(self):
        code, out, _ = run(sample("405-no-allow.http"))
        self.assertEqual(code, 1)
        self.assertIn(
            "405-no-allow.http: 405 Method Not Allowed: error: a header field the status code "
            "calls for is missing [Allow] (RFC 2616 §10.4.6)", out)
        code, out, _ = run("--edition", "rfc9110", sample("401-no-challenge.http"))
        self.assertEqual(code, 1)
        self.assertIn("[WWW-Authenticate] (RFC 9110 §15.5.2)", out)

    def test_fail_on_sets_the_threshold(self):
        self.assertEqual(run(sample("301-no-location.http"))[0], 0)  # a warning only
        self.assertEqual(run("--fail-on", "warning", sample("301-no-location.http"))[0], 1)
        self.assertEqual(run("--fail-on", "warning", sample("206-single.http"))[0], 0)
        self.assertEqual(run("--fail-on", "info", sample("206-single.http"))[0], 1)
        self.assertEqual(run("--fail-on", "info", sample("200-ok.http"))[0], 0)

    def test_request_aware_rules_need_the_request(self):
        code, out, _ = run(sample("206-single.http"), "--request", request("get.http"))
        self.assertEqual(code, 1)
        self.assertIn("error: the request had no Range field [Range] (RFC 2616 §10.2.7)", out)
        code, out, _ = run("--request", request("delete.http"), sample("405-no-allow.http"))
        self.assertEqual(code, 1)

    def test_syntax_findings_follow_the_edition(self):
        code, out, _ = run(sample("obs-fold.http"))
        self.assertEqual(code, 0)  # RFC 2616 allowed both
        code, out, _ = run("--edition", "rfc9110", sample("obs-fold.http"))
        self.assertEqual(code, 1)
        self.assertIn("(RFC 9112 §5.1)", out)
        self.assertIn("(RFC 9112 §5.2)", out)

    def test_origin_clock_sets_the_level_of_a_missing_date(self):
        undated = temp_file(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        code, out, _ = run(undated)
        self.assertEqual(code, 0)  # a warning while the clock is not known
        self.assertIn("warning: Date is missing [Date] (RFC 2616 §14.18)", out)
        code, out, _ = run("--origin-clock", "yes", "--edition", "rfc9110", undated)
        self.assertEqual(code, 1)
        self.assertIn("error: Date is missing [Date] (RFC 9110 §6.6.1)", out)
        self.assertEqual(run("--origin-clock", "no", undated)[0], 0)
        code, out, _ = run("--origin-clock", "no", sample("200-ok.http"))
        self.assertEqual(code, 1)
        self.assertIn("Date is sent by an origin server without a clock", out)
        self.assertEqual(run("--origin-clock", "maybe", undated)[0], 2)

    def test_several_files_and_stdin(self):
        with open(sample("201-created.http"), "rb") as f:
            data = f.read()
        code, out, _ = run("-", sample("200-ok.http"), stdin=data)
        self.assertEqual(code, 0)
        self.assertIn("2 inputs, 2 responses", out)

    def test_no_colour_when_not_a_terminal(self):
        _, out, _ = run(sample("405-no-allow.http"))
        self.assertNotIn("\x1b[", out)


class Json(unittest.TestCase):
    def test_exact_shape(self):
        code, out, _ = run("--format", "json", "--request", request("put-expect.http"),
                           sample("100-then-201.http"), sample("405-no-allow.http"))
        self.assertEqual(code, 1)
        data = json.loads(out)
        self.assertEqual(data[0], {
            "input": sample("100-then-201.http"),
            "responses": [
                {"status": 100, "reason": "Continue", "version": "HTTP/1.1", "findings": []},
                {"status": 201, "reason": "Created", "version": "HTTP/1.1", "findings": []},
            ],
        })
        self.assertEqual(list(data[1].keys()), ["input", "responses"])
        finding = data[1]["responses"][0]["findings"][0]
        self.assertEqual(list(finding.keys()), ["rule", "level", "field", "citation", "message"])
        self.assertEqual(finding["rule"], "field.missing")
        self.assertEqual(finding["level"], "error")
        self.assertEqual(finding["field"], "Allow")
        self.assertEqual(finding["citation"], "RFC 2616 §10.4.6")
        self.assertEqual(list(data[1]["responses"][0].keys()), ["status", "reason", "version", "findings"])

    def test_a_broken_input_keeps_its_place_with_the_error(self):
        code, out, err = run("--format", "json", sample("bad-status.http"), sample("200-ok.http"))
        self.assertEqual(code, 2)
        data = json.loads(out)
        self.assertEqual(data[0]["responses"], [])
        self.assertIn("the status code is not three digits", data[0]["error"])
        self.assertEqual(data[1]["responses"][0]["status"], 200)
        self.assertIn("bad-status.http:1: byte 9", err)


# The SARIF 2.1.0 schema, from shared/ beside the clone (or HTTPSTATUS_SARIF_SCHEMA).
SARIF_SCHEMA = os.environ.get(
    "HTTPSTATUS_SARIF_SCHEMA",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "vendor",
                 "sarif", "sarif-schema-2.1.0.json"))


def schema_errors(document):
    """Validates against the SARIF schema with Debian's python3-jsonschema, in whichever
    interpreter has it; None when none has it (the caller skips, saying so)."""
    check = ("import json, sys, jsonschema\n"
             "schema = json.load(open(sys.argv[1]))\n"
             "v = jsonschema.validators.validator_for(schema)(schema)\n"
             "errors = sorted(e.message for e in v.iter_errors(json.load(sys.stdin)))\n"
             "print(json.dumps(errors))\n")
    for interpreter in (sys.executable, "/usr/bin/python3"):
        if not os.path.exists(interpreter):
            continue
        probe = subprocess.run([interpreter, "-c", "import jsonschema"], capture_output=True)
        if probe.returncode != 0:
            continue
        done = subprocess.run([interpreter, "-c", check, SARIF_SCHEMA], input=json.dumps(document),
                              capture_output=True, text=True, check=True)
        return json.loads(done.stdout)
    return None


class Sarif(unittest.TestCase):
    def lint_sarif(self, *args):
        code, out, err = run("--format", "sarif", *args)
        self.assertIn(code, (0, 1), err)
        return code, json.loads(out)

    def test_one_result_per_finding_with_rule_level_citation_and_line(self):
        code, log = self.lint_sarif("--edition", "rfc9110", "--request", request("put-expect.http"),
                                    sample("100-then-201.http"), sample("405-no-allow.http"),
                                    sample("obs-fold.http"))
        self.assertEqual(code, 1)
        self.assertEqual(log["version"], "2.1.0")
        run_ = log["runs"][0]
        rules = run_["tool"]["driver"]["rules"]
        ids = [r["id"] for r in rules]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertIn("field.missing", ids)
        results = run_["results"]
        missing = [r for r in results if r["ruleId"] == "field.missing"]
        self.assertEqual(len(missing), 1)
        self.assertEqual(missing[0]["level"], "error")
        self.assertIn("[Allow] (RFC 9110 §15.5.6)", missing[0]["message"]["text"])
        self.assertEqual(rules[missing[0]["ruleIndex"]]["id"], "field.missing")
        where = missing[0]["locations"][0]["physicalLocation"]
        self.assertTrue(where["artifactLocation"]["uri"].endswith("405-no-allow.http"))
        self.assertEqual(where["region"]["startLine"], 1)  # no Allow line: the status line
        # a finding on a field that is there points at its line: obs-fold.http's X-Note
        fold = [r for r in results if r["ruleId"] == "syntax.whitespace-before-colon"]
        self.assertEqual(len(fold), 1)
        self.assertEqual(fold[0]["level"], "error")
        # every finding of the text output is a result
        _, text, _ = run("--edition", "rfc9110", "--request", request("put-expect.http"),
                         sample("100-then-201.http"), sample("405-no-allow.http"),
                         sample("obs-fold.http"))
        shown = [line for line in text.splitlines() if ": error: " in line or ": warning: " in line
                 or ": info: " in line]
        self.assertEqual(len(shown), len(results))

    def test_a_field_finding_points_at_the_field_line(self):
        path = temp_file(b"HTTP/1.1 200 OK\r\nServer: x\r\nDate: 0\r\nContent-Length: 2\r\n\r\nok")
        _, log = self.lint_sarif(path)
        dates = [r for r in log["runs"][0]["results"] if r["ruleId"] == "field.invalid"]
        self.assertEqual(len(dates), 1)
        self.assertEqual(dates[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 3)

    def test_validates_against_the_sarif_2_1_0_schema(self):
        if not os.path.exists(SARIF_SCHEMA):
            self.skipTest(f"SKIPPED: no SARIF schema at {SARIF_SCHEMA} (shared/vendor/sarif)")
        for args in ((sample("405-no-allow.http"),),
                     ("--edition", "rfc9110", sample("obs-fold.http"), sample("200-ok.http")),
                     ("--ignore", "field.missing", sample("405-no-allow.http"))):
            _, log = self.lint_sarif(*args)
            errors = schema_errors(log)
            if errors is None:
                self.skipTest("SKIPPED: no interpreter has jsonschema (Debian's python3-jsonschema)")
            self.assertEqual(errors, [], args)


class Selection(unittest.TestCase):
    def test_ignore_leaves_a_rule_out_of_output_and_exit_status(self):
        code, out, _ = run("--ignore", "field.missing", sample("405-no-allow.http"))
        self.assertEqual(code, 0)
        self.assertNotIn("field.missing", out)
        self.assertNotIn("[Allow]", out)
        self.assertIn("0 errors", out)
        code, out, err = run("--ignore", "field.mising", sample("405-no-allow.http"))
        self.assertEqual(code, 2)  # a typo is no silent pass
        self.assertIn("no rule has this id", err)

    def test_min_level_limits_what_is_printed_not_the_exit_status(self):
        code, out, _ = run("--min-level", "error", sample("301-no-location.http"))
        self.assertEqual(code, 0)
        self.assertNotIn("warning:", out)
        code, out, _ = run("--min-level", "error", "--fail-on", "warning",
                           sample("301-no-location.http"))
        self.assertEqual(code, 1)  # the warning still counts
        self.assertNotIn("warning:", out)
        code, out, _ = run("--min-level", "warning", sample("301-no-location.http"))
        self.assertIn("warning: a header field the status code calls for is missing [Location]", out)


class ContentWhereNoneBelongs(unittest.TestCase):
    def test_content_after_a_204_or_304_is_a_finding_not_unreadable_input(self):
        for data, edition, cite in (
                (b"HTTP/1.1 204 No Content\r\n\r\nextra", "rfc2616", "RFC 2616 §10.2.5"),
                (b"HTTP/1.1 304 Not Modified\r\nETag: \"a\"\r\n\r\nxyz", "rfc9110",
                 "RFC 9110 §15.4.5"),
                # a declared Content-Length says how much of what follows is its content
                (b"HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello", "rfc9110",
                 "RFC 9110 §15.3.5")):
            path = temp_file(data)
            code, out, err = run("--edition", edition, "--format", "json", path)
            os.unlink(path)
            self.assertEqual(code, 1, err)
            [entry] = json.loads(out)
            self.assertNotIn("error", entry)
            findings = entry["responses"][0]["findings"]
            forbidden = [f for f in findings if f["rule"] == "content.forbidden"]
            self.assertEqual(len(forbidden), 1, findings)
            self.assertEqual(forbidden[0]["citation"], cite)
        # after an interim response, what starts with HTTP/ is the next response
        code, out, _ = run(sample("100-then-201.http"))
        self.assertEqual(code, 0)
        self.assertIn("2 responses", out)

    def test_the_summary_never_counts_an_unreadable_input_as_clean(self):
        code, out, _ = run(sample("bad-status.http"), sample("200-ok.http"))
        self.assertEqual(code, 2)
        self.assertIn("2 inputs, 1 response: 1 could not be read (see above); in what could: "
                      "0 errors", out)
        code, out, _ = run(sample("200-ok.http"))
        self.assertIn("1 input, 1 response: 0 errors", out)


class Trouble(unittest.TestCase):
    def test_usage_errors_exit_2(self):
        for args in ([], ["--edition", "rfc7231", sample("200-ok.http")],
                     ["--format", "xml", sample("200-ok.http")], ["--bogus", sample("200-ok.http")],
                     ["--fail-on", "never", sample("200-ok.http")]):
            code, _, err = run(*args)
            self.assertEqual(code, 2, args)
            self.assertIn("httpstatus-lint:", err)
        self.assertEqual(run("--help")[0], 0)

    def test_unreadable_files_exit_2_and_are_named(self):
        code, _, err = run("/nonexistent/response.http")
        self.assertEqual(code, 2)
        self.assertIn("cannot open /nonexistent/response.http", err)
        code, _, err = run("--request", "/nonexistent/request.http", sample("200-ok.http"))
        self.assertEqual(code, 2)
        self.assertIn("/nonexistent/request.http", err)

    def test_malformed_inputs_exit_2_naming_file_line_and_what(self):
        cases = {
            b"": "the input is empty",
            b"HTTP/1.1 200 OK": "no CRLF",
            b"HTTP/1.1 99 OK\r\n\r\n": "the status code is not three digits",
            b"HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n": "not a token character",
            b"HTTP/1.1 200 OK\r\nA: x\ry\r\n\r\n": "a bare CR",
            b"HTTP/1.1 200 OK\r\nA: x\0y\r\n\r\n": "a NUL byte",
            b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab":
                "Content-Length has differing values",
            b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort": "before the Content-Length",
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokextra":
                "5 bytes after the response are not a next response",
            b"SSH-2.0-OpenSSH\r\n": "does not start with HTTP/",
            # chunked coding as on the wire, broken: not content a client decoded
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab\r\n": "inside chunk data",
        }
        for data, what in cases.items():
            path = temp_file(data)
            code, _, err = run(path)
            os.unlink(path)
            self.assertEqual(code, 2, data)
            self.assertIn(path + ":", err)
            self.assertIn(what, err, data)
        # with --raw, content that does not fit its framing is never taken for decoded content
        for data, what in {
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n": "not a hexadecimal",
            b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 2\r\n\r\nplain text":
                "8 bytes after the response are not a next response",
            b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n": "before the Content-Length",
        }.items():
            path = temp_file(data)
            code, _, err = run("--raw", path)
            os.unlink(path)
            self.assertEqual(code, 2, data)
            self.assertIn(what, err, data)
            # without it, the same bytes are what a client prints: read, and said so
            path = temp_file(data)
            code, out, err = run(path)
            os.unlink(path)
            self.assertNotEqual(code, 2, (data, err))
            self.assertRegex(out, "decoded by the client|came without", data)
        path = temp_file(b"GET /\r\n\r\n")
        code, _, err = run("--request", path, sample("200-ok.http"))
        os.unlink(path)
        self.assertEqual(code, 2)
        self.assertIn("expected an HTTP/1.x request", err)

    def test_never_a_crash_on_any_bytes(self):
        rng = random.Random(2616)
        seeds = [open(sample(n), "rb").read() for n in sorted(os.listdir(SAMPLES)) if n.endswith(".http")]
        for i in range(300):
            base = bytearray(rng.choice(seeds))
            for _ in range(rng.randint(1, 8)):
                what = rng.randint(0, 2)
                at = rng.randrange(len(base) + 1)
                if what == 0 and base:
                    del base[min(at, len(base) - 1)]
                elif what == 1:
                    base[at:at] = bytes([rng.randrange(256)])
                else:
                    base = base[:at]
            path = temp_file(bytes(base))
            code, _, _ = run("--edition", rng.choice(["rfc2616", "rfc9110"]), path)
            os.unlink(path)
            self.assertIn(code, (0, 1, 2), f"case {i}: {bytes(base)!r}")


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
