"""Sends a request that stops short (its head, then 10 of the 100 bytes of content it
declares) and keeps what the server answers when it gives up waiting. Writes the bytes sent
to OUT.request and the bytes received to OUT.http.
Usage: python3 incomplete_request.py PORT OUT"""
import socket
import sys

port, out = int(sys.argv[1]), sys.argv[2]
sent = (b"PUT /upload.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n"
        b"0123456789")
received = b""
with socket.create_connection(("127.0.0.1", port), timeout=15) as conn:
    conn.sendall(sent)
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            break
        received += chunk
with open(out + ".request", "wb") as f:
    f.write(sent)
with open(out + ".http", "wb") as f:
    f.write(received)
