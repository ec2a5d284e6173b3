"""Shares compiled rule code between worker processes through Redis."""
import base64
import json
import marshal
from marshal import loads as unmarshal

import redis

cache = redis.Redis(host="cache", port=6379)


def load_rule(rule_id):
    blob = cache.get(f"rules:{rule_id}:code")
    if blob is None:
        return None
    # expect: insecure-deserialization
    return marshal.loads(blob)


def load_uploaded_bundle(upload):
    # expect: insecure-deserialization
    code = marshal.load(upload.stream)
    return code


class RuleChannel:
    def __init__(self, sock):
        self.sock = sock

    def receive(self):
        size = int.from_bytes(self.sock.recv(4), "big")
        payload = self.sock.recv(size)
        # expect: insecure-deserialization
        return unmarshal(payload)


def import_rule(request):
    encoded = request.form["code"]
    # expect: insecure-deserialization
    code = marshal.loads(base64.b64decode(encoded))
    return code


def load_rule_meta(rule_id):
    blob = cache.get(f"rules:{rule_id}:meta")
    return json.loads(blob) if blob else {}


def cache_format():
    return {"marshal_version": marshal.version}
