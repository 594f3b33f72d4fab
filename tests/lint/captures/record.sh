#!/usr/bin/env bash
# Records the linter's capture fixtures with the real tools: curl (Debian's 7.88) against nginx
# (Debian's nginx-light, HTTP/1.1, h2c and h2 over TLS) and a WebSocket upgrade server on
# loopback, and HAR files from Debian's chromium driven by playwright-core (record_har.js).
# The fixtures are kept in this directory; test_captures.py lints them. Re-run to re-record:
#   bash tests/lint/captures/record.sh
# Needs: curl nginx-light libnginx-mod-http-echo apache2 openssl python3; for the HARs, chromium and
# playwright-core from npm (record.sh installs it into a temporary directory), and Debian's
# node-request-capture-har and node-request.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="$(mktemp -d)"
trap 'kill $(cat "$dir/nginx.pid" 2>/dev/null) ${upgrade_pid:-} 2>/dev/null || true; rm -rf "$dir"' EXIT

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
http1=$(port); h2c=$(port); h2tls=$(port); upgrade=$(port)

mkdir -p "$dir/root/static" "$dir/root/dav"
printf 'hi\n' > "$dir/root/index.html"
python3 -c 'print("hello world " * 400)' > "$dir/root/big.txt"
python3 -c 'print("a page served precompressed " * 100)' > "$dir/root/static/page.txt"
gzip -k -9 "$dir/root/static/page.txt"
cat > "$dir/root/page.html" <<'HTML'
<!doctype html><html><head><title>capture</title><link rel="icon" href="data:,">
<script>fetch("/chunked").then(r => r.text()).then(() => fetch("/missing.txt"))
  .then(() => fetch("/hop")).then(() => { document.title = "done"; });</script>
</head><body><img src="/static/page.txt" alt=""></body></html>
HTML
chmod -R a+rwX "$dir"  # nginx's workers run as another user
openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -days 2 \
  -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
sed -e "s|@DIR@|$dir|g" -e "s|@HTTP1@|$http1|" -e "s|@H2C@|$h2c|" -e "s|@H2TLS@|$h2tls|" \
  "$here/nginx.conf.in" > "$dir/nginx.conf"
nginx -c "$dir/nginx.conf" &
python3 "$here/upgrade_server.py" "$upgrade" &
upgrade_pid=$!
for p in "$http1" "$h2c" "$h2tls" "$upgrade"; do
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && break; sleep 0.1; done
done

u="http://127.0.0.1:$http1"
h2="http://127.0.0.1:$h2c"
cd "$here"
curl -si "$u/chunked" > curl-si-chunked.http
curl -si --raw "$u/chunked" > curl-si-raw-chunked.http
curl -si --compressed "$u/big.txt" > curl-si-compressed-chunked.http
curl -si --compressed "$u/static/page.txt" > curl-si-compressed-length.http
curl -sI "$u/index.html" > curl-sI.http
curl -siL "$u/hop" > curl-siL.http
curl -si "$u/chunked" "$u/index.html" "$u/missing.txt" > curl-si-three-urls.http
curl -si -d 'name=value' "$u/index.html" > curl-si-post-405.http
curl -si -T "$dir/root/index.html" -H 'Expect: 100-continue' "$u/dav/new.txt" > curl-si-put-100.http
curl -si --http2-prior-knowledge "$h2/index.html" > curl-si-http2.http
curl -si --http2-prior-knowledge --compressed "$h2/big.txt" > curl-si-http2-compressed.http
curl -si -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' \
  -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' --max-time 5 \
  "http://127.0.0.1:$upgrade/chat" > curl-si-101.http || true
curl -sv -L "$u/hop" > curl-sv-redirects.trace 2>&1
curl -sv -T "$dir/root/index.html" -H 'Expect: 100-continue' "$u/dav/traced.txt" \
  > curl-sv-put-100.trace 2>&1
curl -sv -r 0-1 "$u/index.html" > curl-sv-range.trace 2>&1
curl -sv --http2-prior-knowledge "$h2/index.html" > curl-sv-http2.trace 2>&1

# HAR files from a real browser: chromium loads a page over HTTP/1.1 and over HTTP/2 (TLS)
if command -v chromium >/dev/null && command -v npm >/dev/null; then
  npm install --prefix "$dir/npm" --no-audit --no-fund --silent playwright-core >/dev/null
  NODE_PATH="$dir/npm/node_modules" node "$here/record_har.js" "$u/page.html" chromium-http1.har
  NODE_PATH="$dir/npm/node_modules" node "$here/record_har.js" \
    "https://127.0.0.1:$h2tls/page.html" chromium-http2.har
else
  echo "record.sh: chromium or npm missing: the HAR files were not re-recorded" >&2
fi
# The unfinished request a 408 answers: Apache httpd times it out (nginx closes silently)
if command -v apache2 >/dev/null; then
  apache_port=$(port)
  sed -e "s|@DIR@|$dir|g" -e "s|@PORT@|$apache_port|" "$here/apache.conf.in" > "$dir/apache.conf"
  apache2 -f "$dir/apache.conf" -k start
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$apache_port") 2>/dev/null && break; sleep 0.1; done
  python3 "$here/incomplete_request.py" "$apache_port" apache-408
  apache2 -f "$dir/apache.conf" -k stop
else
  echo "record.sh: apache2 missing: apache-408.* were not re-recorded" >&2
fi

# A second HAR producer from Debian: node-request-capture-har (with node-request)
if [ -d /usr/share/nodejs/request-capture-har ]; then
  NODE_PATH=/usr/share/nodejs node "$here/record_request_har.js" "$u" request-capture.har
else
  echo "record.sh: node-request-capture-har missing: request-capture.har was not re-recorded" >&2
fi
echo "record.sh: fixtures written to $here"
