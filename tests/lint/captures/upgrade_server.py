"""A server that switches every connection to WebSocket (101) and sends one frame, then closes:
the capture then holds bytes of the new protocol after the 101, as a real upgrade does.
Usage: python3 upgrade_server.py PORT"""
import socket
import sys

listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", int(sys.argv[1])))
listener.listen(4)
while True:
    conn, _ = listener.accept()
    request = b""
    while b"\r\n\r\n" not in request:
        chunk = conn.recv(4096)
        if not chunk:
            break
        request += chunk
    # RFC 6455 §1.3's example key and its accept value
    conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                 b"Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                 b"\r\n\x81\x05hello")
    conn.close()
