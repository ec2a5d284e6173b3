"""Plugin loading and rule evaluation for the rules engine. Names and rules come from the admin UI."""
import ast
import importlib
import marshal
import operator
import re
import shelve

HANDLERS = {}
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}
PLUGIN_MODULES = {"csv": "exporters.csv", "xlsx": "exporters.xlsx"}


def load_plugin(dotted):
    # expect: dynamic-import
    return __import__(dotted, fromlist=["plugin"])


def load_known_plugin(kind):
    return importlib.import_module(PLUGIN_MODULES[kind])


def dispatch(action, payload):
    # expect: globals-misuse
    return globals()[action](payload)


def dispatch_registered(action, payload):
    return HANDLERS[action](payload)


def apply_rule(rule_source, order):
    # expect: code-injection
    exec(rule_source, {"order": order})


def evaluate(expr, row):
    # expect: code-injection
    return eval(expr, {"__builtins__": {}}, row)


def evaluate_literal(expr):
    return ast.literal_eval(expr)


def binary(op, a, b):
    return OPS[op](a, b)


def load_compiled(blob):
    # expect: deserialization
    return marshal.loads(blob)


def open_cache(path):
    return shelve.open(path)


# expect: regex-dos
EMAIL = re.compile(r"^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")
SKU = re.compile(r"^[A-Z]{3}-\d{4}$")


def match_user_pattern(pattern, text):
    # expect: regex-injection
    return re.search(pattern, text)


def match_literal(needle, text):
    return re.search(re.escape(needle), text)


def set_field(obj, name, value):
    if name not in {"title", "description"}:
        raise AttributeError(name)
    setattr(obj, name, value)
