"""Code-object cache shared between the rule editor and its worker processes."""
import base64
import json
import marshal
import os
import socket

CACHE_DIR = os.path.expanduser("~/.cache/rules")


def compile_rule(name, source):
    code = compile(source, f"<rule {name}>", "exec")
    with open(os.path.join(CACHE_DIR, name + ".bin"), "wb") as fh:
        fh.write(marshal.dumps(code))
    return code


def receive_rule(conn: socket.socket):
    size = int.from_bytes(conn.recv(4), "big")
    payload = conn.recv(size)
    # expect: deserialization
    return marshal.loads(payload)


def load_uploaded_rule(upload):
    """upload is the file object of a multipart form field."""
    # expect: deserialization
    return marshal.load(upload.stream)


def load_rule_from_query(params):
    blob = base64.urlsafe_b64decode(params["rule"])
    # expect: deserialization
    return marshal.loads(blob)


def load_cached_rule(name):
    with open(os.path.join(CACHE_DIR, name + ".bin"), "rb") as fh:
        return fh.read()


def receive_rule_source(conn: socket.socket):
    size = int.from_bytes(conn.recv(4), "big")
    message = json.loads(conn.recv(size))
    return compile(message["source"], f"<rule {message['name']}>", "exec") if message.get("trusted_signer") else None
