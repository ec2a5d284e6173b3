# library: socket / http.server / ssl
"""Tiny metrics exporter embedded in the worker."""
import os
import socket
import ssl
from http.server import BaseHTTPRequestHandler, HTTPServer

METRICS_PORT = int(os.environ.get("METRICS_PORT", "9105"))


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"worker_up 1\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.end_headers()
        self.wfile.write(body)


def serve_local() -> None:
    HTTPServer(("127.0.0.1", METRICS_PORT), Handler).serve_forever()


def serve_public() -> None:
    # expect: bind-all
    HTTPServer(("0.0.0.0", METRICS_PORT), Handler).serve_forever()


def serve_configured() -> None:
    HTTPServer((os.environ.get("METRICS_HOST", "127.0.0.1"), METRICS_PORT), Handler).serve_forever()


def control_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: bind-all
    sock.bind(("", 9106))
    sock.listen(5)
    return sock


def tls_context_legacy() -> ssl.SSLContext:
    # expect: weak-cipher
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.load_cert_chain("/etc/worker/tls.crt", "/etc/worker/tls.key")
    return ctx


def tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain("/etc/worker/tls.crt", "/etc/worker/tls.key")
    return ctx
