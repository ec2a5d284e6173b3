"""On-disk cache of compiled templates and a socket cache of results."""
import marshal
import marshal as m
from marshal import loads as unmarshal
import json


def store(path, code_obj):
    with open(path, "wb") as fh:
        # expect: insecure-deserialization
        marshal.dump(code_obj, fh)


def load(path):
    with open(path, "rb") as fh:
        # expect: insecure-deserialization
        return marshal.load(fh)


class ResultCache:
    def __init__(self, sock):
        self.sock = sock

    def get(self):
        blob = self.sock.recv(65536)
        # expect: insecure-deserialization
        return unmarshal(blob)

    def put(self, value):
        # expect: insecure-deserialization
        self.sock.sendall(m.dumps(value))


def load_settings(path):
    with open(path) as fh:
        return json.load(fh)


def save_settings(path, settings):
    with open(path, "w") as fh:
        json.dump(settings, fh)
