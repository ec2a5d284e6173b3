"""Shared cache of compiled rule expressions for the pricing workers."""
import hashlib
import marshal
from marshal import loads as unmarshal

import redis

r = redis.Redis(host="cache.internal", port=6379)
LOCAL_CACHE = "/var/cache/pricing/rules.bin"


def _key(source):
    return "rule:" + hashlib.sha256(source.encode()).hexdigest()


def compile_rule(source):
    code_obj = compile(source, "<rule>", "eval")
    r.set(_key(source), marshal.dumps(code_obj))
    return code_obj


def import_rules(upload):
    """Admin upload of a rule bundle exported from another installation."""
    # expect: deserialization
    rules = marshal.load(upload.stream)
    return dict(rules)


def receive_rule(message):
    # message body arrives over the partner queue
    # expect: deserialization
    return unmarshal(message.body)


def restore_from_request(request):
    # expect: deserialization
    return marshal.loads(bytes.fromhex(request.form["state"]))


def export_rules(rules, path):
    with open(path, "wb") as fh:
        marshal.dump({name: compile(src, "<rule>", "eval") for name, src in rules.items()}, fh)


def fingerprint(rules):
    return hashlib.sha256(marshal.dumps(sorted(rules.items()))).hexdigest()
