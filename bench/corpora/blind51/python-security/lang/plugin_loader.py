"""Loads report plugins from the plugins directory and the admin's inline rules."""
import ast
import importlib
import logging
import os
import types

log = logging.getLogger("plugins")

PLUGIN_DIR = os.environ.get("REPORT_PLUGIN_DIR", "/etc/reports/plugins")
BUILTIN_PLUGINS = {"csv": "reports.plugins.csv", "pdf": "reports.plugins.pdf"}


def load_file_plugin(filename):
    path = os.path.join(PLUGIN_DIR, filename)
    with open(path, encoding="utf-8") as fh:
        source = fh.read()
    namespace = {"__name__": "plugin_" + filename[:-3]}
    # expect: code-injection
    exec(source, namespace)
    return namespace


def load_module_from_text(name, text):
    module = types.ModuleType(name)
    tree = ast.parse(text, filename=name)
    # expect: code-injection
    exec(compile(tree, name, "exec"), module.__dict__)
    return module


def make_accessors(cls, field_names):
    for field in field_names:
        # expect: code-injection
        exec(f"def get_{field}(self):\n    return self._data[{field!r}]", globals())
        setattr(cls, "get_" + field, globals()["get_" + field])


class RuleEngine:
    def __init__(self, store):
        self.store = store

    def apply(self, rule_id, row):
        rule = self.store.get(rule_id)
        scope = {"row": row, "result": None}
        # expect: code-injection
        exec(rule.body, {"__builtins__": {}}, scope)
        return scope["result"]


def enable_history():
    exec("import readline")


def parse_thresholds(text):
    return ast.literal_eval(text)


def load_builtin(kind):
    module_path = BUILTIN_PLUGINS.get(kind)
    if module_path is None:
        raise KeyError(kind)
    return importlib.import_module(module_path)
