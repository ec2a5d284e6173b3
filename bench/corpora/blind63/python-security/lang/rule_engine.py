"""Evaluates pricing rules that merchants write in the admin UI."""
import ast
import builtins
import importlib
from pathlib import Path

RULES_DIR = Path("/srv/pricing/rules")
ALLOWED_PLUGINS = {"tiered": "pricing.plugins.tiered", "flat": "pricing.plugins.flat"}


def load_rule_file(name):
    namespace = {"__builtins__": {"min": min, "max": max, "round": round}}
    source = (RULES_DIR / f"{name}.py").read_text()
    # expect: code-injection
    exec(compile(source, str(RULES_DIR / name), "exec"), namespace)
    return namespace["apply"]


def make_discount(name, expression):
    # expect: code-injection
    exec(f"def {name}(price, qty):\n    return {expression}\n", globals())
    return globals()[name]


class RuleSet:
    def __init__(self, store):
        self.store = store
        self.env = {}

    def run(self, rule_id, order):
        code = self.store.get_rule(rule_id).body
        self.env["order"] = order
        # expect: code-injection
        builtins.exec(code, self.env)
        return self.env.get("result")

    def run_all(self, order):
        run_code = exec
        for rule in self.store.active_rules():
            # expect: code-injection
            run_code(rule.body, {"order": order})


def read_version(setup_dir):
    scope = {}
    exec("__version__ = '0.0.0'", scope)
    return scope["__version__"]


def parse_threshold(text):
    return ast.literal_eval(text)


def load_plugin(kind):
    return importlib.import_module(ALLOWED_PLUGINS[kind])


def show_dialog(dialog):
    return dialog.exec()
