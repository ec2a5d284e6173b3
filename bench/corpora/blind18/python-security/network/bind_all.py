"""Small TCP/HTTP services started by the agent."""
import os
import socket
import socketserver
from http.server import HTTPServer, SimpleHTTPRequestHandler

import uvicorn

# expect: bind-all
LISTEN_HOST = "0.0.0.0"
PORT = int(os.environ.get("AGENT_PORT", "9100"))


def metrics_socket():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((LISTEN_HOST, PORT))
    sock.listen(16)
    return sock


def control_socket():
    sock = socket.socket()
    # expect: bind-all
    sock.bind(("0.0.0.0", 9200))
    sock.listen()
    return sock


def file_server():
    # expect: bind-all
    return HTTPServer(("0.0.0.0", 8000), SimpleHTTPRequestHandler)


def local_socket():
    sock = socket.socket()
    # safe: loopback
    sock.bind(("127.0.0.1", 9300))
    return sock


def echo_server(handler):
    # safe: host from the environment
    host = os.environ.get("ECHO_HOST", "127.0.0.1")
    return socketserver.TCPServer((host, 9400), handler)


def serve_api(app):
    # expect: bind-all
    uvicorn.run(app, host="0.0.0.0", port=8080)


def serve_api_local(app):
    # safe: localhost
    uvicorn.run(app, host="localhost", port=8081)
