"""Real servers on loopback: nginx (Debian's nginx-light, with its DAV module and basic auth)
and Python's http.server. Sends real requests, captures the raw bytes, lints each exchange with
httpstatus-lint in both editions, and checks: what conforms gives no error; where a server
breaks a MUST, the linter says so.

Run by ctest: python3 test_real_servers.py LINT_BINARY
Exit 77 (ctest: skipped) with a message when a server cannot start.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servers import HOST, free_port, start_nginx, start_python  # noqa: E402

LINT = sys.argv[1] if len(sys.argv) > 1 else "httpstatus-lint"
SKIP = 77


def exchange(port, request, body_after_continue=None, timeout=10.0):
    """Sends the raw request; returns every byte the server sent until it closed."""
    with socket.create_connection((HOST, port), timeout=timeout) as s:
        s.sendall(request)
        received = b""
        if body_after_continue is not None:
            while b"\r\n\r\n" not in received:  # the interim 100 (Continue)
                chunk = s.recv(65536)
                if not chunk:
                    break
                received += chunk
            s.sendall(body_after_continue)
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return received
            received += chunk


def lint(workdir, name, request, response, edition):
    req_path = os.path.join(workdir, name + ".request.http")
    res_path = os.path.join(workdir, name + ".response.http")
    with open(req_path, "wb") as f:
        f.write(request)
    with open(res_path, "wb") as f:
        f.write(response)
    done = subprocess.run([LINT, "--format", "json", "--edition", edition, "--request", req_path,
                           res_path], capture_output=True, timeout=60)
    if done.returncode == 2:
        raise AssertionError(f"{name} ({edition}): the linter could not read the capture: "
                             f"{done.stderr.decode()}\n{response[:400]!r}")
    data = json.loads(done.stdout)
    statuses = [r["status"] for r in data[0]["responses"]]
    return statuses, [(r["status"], f) for r in data[0]["responses"] for f in r["findings"]]


def request(method, target, *fields, body=b""):
    head = f"{method} {target} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n"
    for f in fields:
        head += f + "\r\n"
    if body:
        head += f"Content-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


def header(response, name):
    for line in response.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name.lower().encode():
            return value.strip().decode()
    return None


NGINX_LOCATIONS = """
    location /dav/ { dav_methods PUT DELETE MKCOL COPY MOVE; create_full_put_path on; }
    location /private/ { auth_basic "private"; auth_basic_user_file %s/htpasswd; }
    location = /old { return 301 /letters.txt; }
"""


def main():
    tmp = tempfile.mkdtemp(prefix="httpstatus-servers-")
    docroot = os.path.join(tmp, "www")
    for d in ("dir", "dav", "private"):
        os.makedirs(os.path.join(docroot, d))
    with open(os.path.join(docroot, "letters.txt"), "w") as f:
        f.write("abcdefghijklmnopqrstuvwxyz")
    with open(os.path.join(docroot, "dir", "index.html"), "w") as f:
        f.write("<p>dir</p>\n")
    with open(os.path.join(docroot, "private", "secret.txt"), "w") as f:
        f.write("secret\n")
    os.chmod(tmp, 0o755)

    with open(os.path.join(tmp, "htpasswd"), "w") as f:
        f.write("tester:{PLAIN}secret\n")
    nginx_port, python_port = free_port(), free_port()
    nginx, why = start_nginx(tmp, docroot, nginx_port, NGINX_LOCATIONS % tmp)
    if nginx is None:
        print(f"SKIPPED: {why}")
        return SKIP
    python, why = start_python(tmp, docroot, python_port)
    if python is None:
        nginx.stop()
        print(f"SKIPPED: {why}")
        return SKIP

    failures = []
    checked = 0
    try:
        first = exchange(nginx_port, request("GET", "/letters.txt"))
        etag, modified = header(first, "ETag"), header(first, "Last-Modified")
        auth = "Authorization: Basic " + base64.b64encode(b"tester:secret").decode()
        # (server port, name, request, body sent after a 100, {edition: expected errors},
        #  the statuses the server must answer with: the exchange tests what its name says)
        # Expected errors are (rule, field) pairs the linter must report; anything else that
        # is an error fails the test.
        cases = [
            (nginx_port, "nginx-get", request("GET", "/letters.txt"), None, {}, [200]),
            (nginx_port, "nginx-head", request("HEAD", "/letters.txt"), None, {}, [200]),
            (nginx_port, "nginx-range", request("GET", "/letters.txt", "Range: bytes=0-4"), None, {}, [206]),
            (nginx_port, "nginx-ranges", request("GET", "/letters.txt", "Range: bytes=0-2,10-12"), None, {}, [206]),
            (nginx_port, "nginx-unsatisfiable", request("GET", "/letters.txt", "Range: bytes=100-200"), None, {}, [416]),
            (nginx_port, "nginx-if-none-match", request("GET", "/letters.txt", f"If-None-Match: {etag}"), None, {}, [304]),
            # nginx's 304 to If-Modified-Since (a weak validator, RFC 2616 §13.3.3) carries
            # Last-Modified, an entity-header RFC 2616 §10.3.5 rules out then (MUST NOT);
            # RFC 9110 §15.4.5 names Last-Modified as useful.
            (nginx_port, "nginx-if-modified-since", request("GET", "/letters.txt", f"If-Modified-Since: {modified}"), None,
             {"rfc2616": {("field.forbidden", "Last-Modified")}}, [304]),
            (nginx_port, "nginx-redirect", request("GET", "/old"), None, {}, [301]),
            (nginx_port, "nginx-directory-redirect", request("GET", "/dir"), None, {}, [301]),
            (nginx_port, "nginx-not-found", request("GET", "/missing"), None, {}, [404]),
            # nginx answers a POST to a static file with 405 and no Allow: a MUST broken in
            # both RFCs (RFC 2616 §10.4.6, RFC 9110 §15.5.6).
            (nginx_port, "nginx-post-static", request("POST", "/letters.txt", body=b"x=1"), None,
             {"rfc2616": {("field.missing", "Allow")}, "rfc9110": {("field.missing", "Allow")}},
             [405]),
            (nginx_port, "nginx-dav-put-new", request("PUT", "/dav/new.txt", body=b"hello"), None, {}, [201]),
            (nginx_port, "nginx-dav-put-again", request("PUT", "/dav/new.txt", body=b"hello again"), None, {}, [204]),
            (nginx_port, "nginx-dav-expect", request("PUT", "/dav/expect.txt", "Expect: 100-continue", "Content-Length: 4"), b"data", {}, [100, 201]),
            (nginx_port, "nginx-dav-delete", request("DELETE", "/dav/new.txt"), None, {}, [204]),
            (nginx_port, "nginx-auth-missing", request("GET", "/private/secret.txt"), None, {}, [401]),
            (nginx_port, "nginx-auth-given", request("GET", "/private/secret.txt", auth), None, {}, [200]),
            (python_port, "python-listing", request("GET", "/"), None, {}, [200]),
            (python_port, "python-get", request("GET", "/letters.txt"), None, {}, [200]),
            (python_port, "python-head", request("HEAD", "/letters.txt"), None, {}, [200]),
            (python_port, "python-range-ignored", request("GET", "/letters.txt", "Range: bytes=0-4"), None, {}, [200]),
            (python_port, "python-not-found", request("GET", "/missing"), None, {}, [404]),
            # Python's redirect names a relative Location: RFC 9110 §10.2.2 allows it, RFC 2616
            # §14.30 asks for an absolute URI.
            (python_port, "python-directory-redirect", request("GET", "/dir"), None,
             {"rfc2616": {("field.invalid", "Location")}}, [301]),
            (python_port, "python-if-modified-since", request("GET", "/letters.txt", f"If-Modified-Since: {modified}"), None, {}, [304]),
            (python_port, "python-post", request("POST", "/", body=b"x=1"), None, {}, [501]),
        ]
        for port, name, raw_request, after_continue, expected, statuses in cases:
            response = exchange(port, raw_request, after_continue)
            whole_request = raw_request + (after_continue or b"")
            status_line = response.split(b"\r\n", 1)[0].decode(errors="replace")
            for edition in ("rfc2616", "rfc9110"):
                answered, findings = lint(tmp, f"{name}.{edition}", whole_request, response, edition)
                if answered != statuses:
                    failures.append(f"{name} ({edition}): the server answered {answered}, not "
                                    f"{statuses}: the exchange does not test what it says")
                errors = {(f["rule"], f["field"]) for _, f in findings if f["level"] == "error"}
                want = expected.get(edition, set())
                checked += 1
                summary = "; ".join(f"{s} {f['level']} {f['rule']} [{f['field']}] ({f['citation']})"
                                    for s, f in findings if f["level"] != "info")
                print(f"{name:28} {edition}  {status_line:40} {summary or 'no errors or warnings'}")
                if errors != want and answered == statuses:
                    failures.append(f"{name} ({edition}): errors {sorted(errors)}, expected "
                                    f"{sorted(want)}\n{response[:600]!r}")
    finally:
        nginx.stop()
        python.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    for failure in failures:
        print("FAILED:", failure)
    print(f"{checked - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
