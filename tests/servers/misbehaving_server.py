"""A small HTTP/1.1 server (Python's http.server) that breaks, on purpose, the rules that
httpstatus-lint --probe checks by comparing two exchanges, which the real servers of the tests
keep: its HEAD and GET disagree, its 304 declares another length. Each path is one case; the
paths not listed answer as a plain, correct server would.

  /head-status      HEAD answers 404 where GET answers 200
  /head-fields      HEAD leaves out X-Probe-Extra and sends another ETag and Content-Type
  /head-length      HEAD's Content-Length is not the GET's content length
  /conditional      If-None-Match with its ETag gets a 304 with a Content-Length of 3 (the
                    content has 10 bytes)
  /kept             the same fields for HEAD and GET, and a 304 without Content-Length

python3 misbehaving_server.py PORT
"""
import http.server
import sys

CONTENT = b"0123456789"
DATE = "Sun, 06 Nov 1994 08:49:37 GMT"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, head):
        path = self.path
        etag, content_type = '"v1"', "text/plain"
        extra = True
        length = len(CONTENT)
        status = 200
        if head and path == "/head-status":
            status = 404
        if head and path == "/head-fields":
            etag, content_type, extra = '"v2"', "text/html", False
        if head and path == "/head-length":
            length = 999
        if path in ("/conditional", "/kept") and self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.send_header("ETag", etag)
            if path == "/conditional":
                self.send_header("Content-Length", "3")
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", DATE)
        if extra:
            self.send_header("X-Probe-Extra", "1")
        self.send_header("Content-Length", str(length if status == 200 else 9))
        self.end_headers()
        if not head:
            self.wfile.write(CONTENT if status == 200 else b"not found")

    def do_GET(self):
        self.answer(head=False)

    def do_HEAD(self):
        self.answer(head=True)


if __name__ == "__main__":
    http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
