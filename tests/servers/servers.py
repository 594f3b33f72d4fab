"""Real servers on loopback for the tests: Debian's nginx-light, Apache httpd, lighttpd and
Python's http.server, each started on a free port with its own configuration in a temporary
folder and an access log there. Shared by test_real_servers.py and test_probe.py.

Each start_* returns (server, None) or (None, why it could not start); server.stop() ends it.
"""
import os
import shutil
import socket
import subprocess
import sys
import time

HOST = "127.0.0.1"  # loopback only


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_for(port, process, seconds=10.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.1)
    return False


class Server:
    def __init__(self, name, process, port, access_log, stop_command=None):
        self.name, self.process, self.port, self.access_log = name, process, port, access_log
        self.stop_command = stop_command

    def stop(self):
        if self.stop_command:
            subprocess.run(self.stop_command, capture_output=True, timeout=30)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def settle(self, quiet=4.5, longest=20.0):
        """Waits until the access log has not grown for `quiet` seconds: lighttpd writes its
        log every few seconds, so lines of earlier requests may still be on their way."""
        deadline = time.time() + longest
        count, since = len(self.log_lines()), time.time()
        while time.time() < deadline and time.time() - since < quiet:
            time.sleep(0.2)
            now = len(self.log_lines())
            if now != count:
                count, since = now, time.time()

    def log_lines(self):
        """The access log's lines so far (servers write them as each request ends)."""
        if not os.path.exists(self.access_log):
            return []
        with open(self.access_log, encoding="utf-8", errors="replace") as f:
            return [line for line in f.read().splitlines() if line.strip()]


def _spawn(args, stderr_path, env=None):
    """Starts a server with its standard error to a file (the child keeps its own copy)."""
    with open(stderr_path, "w") as stderr:
        return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr, env=env)


def _started(name, process, port, access_log, stop_command=None, stderr_path=None):
    if wait_for(port, process):
        return Server(name, process, port, access_log, stop_command), None
    if process.poll() is None:
        process.kill()
    why = ""
    if stderr_path and os.path.exists(stderr_path):
        with open(stderr_path, errors="replace") as f:
            why = f.read().strip()[-400:]
    return None, f"{name} did not start on {HOST}:{port}: {why}"


def make_certificate(tmp):
    """A self-signed certificate for 127.0.0.1, made now with openssl; None without it."""
    openssl = shutil.which("openssl")
    if not openssl:
        return None
    cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
    done = subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj",
                           f"/CN={HOST}", "-days", "2", "-keyout", key, "-out", cert],
                          capture_output=True, timeout=60)
    return (cert, key) if done.returncode == 0 else None


def start_nginx(tmp, docroot, port, locations="", tls=None, access_log=None):
    """nginx-light; `tls` = (port, cert, key) adds an HTTPS server with HTTP/2."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        return None, "nginx is not installed (Debian's nginx-light)"
    for d in ("body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"):
        os.makedirs(os.path.join(tmp, d), exist_ok=True)
    access_log = access_log or os.path.join(tmp, "logs", "nginx-access.log")
    tls_server = ""
    if tls:
        tls_port, cert, key = tls
        tls_server = f"""
  server {{
    listen {HOST}:{tls_port} ssl http2;
    ssl_certificate {cert}; ssl_certificate_key {key};
    root {docroot};
    {locations}
  }}"""
    conf = os.path.join(tmp, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""
daemon off; master_process off; worker_processes 1;
pid {tmp}/nginx.pid; error_log {tmp}/logs/nginx-error.log;
events {{ worker_connections 64; }}
http {{
  log_format methods '$request_method $request_uri $status';
  access_log {access_log} methods;
  client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi; uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
  types {{ text/plain txt; text/html html; }}
  server {{
    listen {HOST}:{port};
    root {docroot};
    {locations}
  }}{tls_server}
}}
""")
    errors = os.path.join(tmp, "logs", "nginx-stderr.log")
    process = _spawn([nginx, "-c", conf, "-p", tmp], errors)
    return _started("nginx", process, port, access_log, stderr_path=errors)


def start_python(tmp, docroot, port):
    """python3 -m http.server; its log (stderr) is the access log."""
    access_log = os.path.join(tmp, "python-access.log")
    process = _spawn([sys.executable, "-m", "http.server", str(port), "--bind", HOST,
                      "--directory", docroot], access_log)
    return _started("python3 -m http.server", process, port, access_log)


def start_apache(tmp, docroot, port):
    """Apache httpd (Debian's apache2), its own configuration, as www-data."""
    apache = shutil.which("apache2") or "/usr/sbin/apache2"
    if not os.path.exists(apache):
        return None, "apache2 is not installed (Debian's apache2)"
    modules = "/usr/lib/apache2/modules"
    access_log = os.path.join(tmp, "apache-access.log")
    conf = os.path.join(tmp, "apache.conf")
    with open(conf, "w") as f:
        f.write(f"""
ServerRoot {tmp}
PidFile {tmp}/apache.pid
ErrorLog {tmp}/apache-error.log
LoadModule mpm_event_module {modules}/mod_mpm_event.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule mime_module {modules}/mod_mime.so
LoadModule dir_module {modules}/mod_dir.so
LoadModule alias_module {modules}/mod_alias.so
User www-data
Group www-data
Listen {HOST}:{port}
ServerName {HOST}
DocumentRoot {docroot}
TypesConfig /etc/mime.types
LogFormat "%m %U%q %>s" methods
CustomLog {access_log} methods
Redirect 301 /old /letters.txt
<Directory {docroot}>
  Require all granted
</Directory>
""")
    errors = os.path.join(tmp, "apache-stderr.log")
    env = dict(os.environ, APACHE_RUN_DIR=tmp, APACHE_LOCK_DIR=tmp, APACHE_LOG_DIR=tmp)
    process = _spawn([apache, "-f", conf, "-DFOREGROUND"], errors, env)
    return _started("apache2", process, port, access_log, stderr_path=errors)


def start_lighttpd(tmp, docroot, port):
    """lighttpd, its own configuration, as www-data."""
    lighttpd = shutil.which("lighttpd") or "/usr/sbin/lighttpd"
    if not os.path.exists(lighttpd):
        return None, "lighttpd is not installed (Debian's lighttpd)"
    access_log = os.path.join(tmp, "lighttpd-access.log")
    conf = os.path.join(tmp, "lighttpd.conf")
    with open(conf, "w") as f:
        f.write(f"""
server.document-root = "{docroot}"
server.bind = "{HOST}"
server.port = {port}
server.username = "www-data"
server.groupname = "www-data"
server.pid-file = "{tmp}/lighttpd.pid"
server.errorlog = "{tmp}/lighttpd-error.log"
server.modules = ("mod_accesslog", "mod_redirect")
accesslog.filename = "{access_log}"
accesslog.format = "%m %U%q %>s"
mimetype.assign = (".txt" => "text/plain", ".html" => "text/html")
url.redirect = ("^/old$" => "/letters.txt")
index-file.names = ("index.html")
""")
    # the log files are opened before the server drops to www-data, but written after
    for path in (access_log, os.path.join(tmp, "lighttpd-error.log")):
        open(path, "a").close()
        if os.geteuid() == 0:
            shutil.chown(path, "www-data", "www-data")
    errors = os.path.join(tmp, "lighttpd-stderr.log")
    process = _spawn([lighttpd, "-D", "-f", conf], errors)
    return _started("lighttpd", process, port, access_log, stderr_path=errors)
