"""Compiled-rule cache shared between workers over a TCP socket."""
import base64
import marshal
import socket
import struct

from .rules import compile_rules

CACHE_PORT = 7711


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf += chunk
    return buf


def fetch_rules(peer_host):
    with socket.create_connection((peer_host, CACHE_PORT), timeout=5) as sock:
        (size,) = struct.unpack("!I", recv_exact(sock, 4))
        blob = recv_exact(sock, size)
    # expect: deserialization
    return marshal.loads(blob)


def load_upload(fileobj):
    # expect: deserialization
    code = marshal.load(fileobj)
    return code


def decode_hint(header_value):
    """Peers attach a small compiled hint to the hello message."""
    # expect: deserialization
    return marshal.loads(base64.b64decode(header_value))


def serve_one(conn, rules_src):
    code = compile_rules(rules_src)
    blob = marshal.dumps(code)
    conn.sendall(struct.pack("!I", len(blob)) + blob)


def save_local(code, path):
    with open(path, "wb") as fh:
        marshal.dump(code, fh)
