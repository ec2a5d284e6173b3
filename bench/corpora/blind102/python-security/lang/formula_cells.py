"""Spreadsheet-like formula cells for the pricing sheet."""
import ast
import textwrap

from .storage import load_sheet


def define_cell(name, expression, namespace):
    # expect: code-injection
    exec(f"{name} = {expression}", namespace)


def run_macro(sheet_id):
    sheet = load_sheet(sheet_id)
    scope = {"rows": sheet.rows}
    # expect: code-injection
    exec(sheet.macro_source, scope)
    return scope.get("result")


class PluginHost:
    def __init__(self):
        self.globals = {"__builtins__": __builtins__}

    def load(self, path):
        with open(path, encoding="utf-8") as fh:
            code = compile(fh.read(), path, "exec")
        # expect: code-injection
        exec(code, self.globals)


def apply_patch(body):
    # expect: code-injection
    exec(textwrap.dedent(body))


def literal_cell(text):
    return ast.literal_eval(text)


def bootstrap(namespace):
    exec("import math", namespace)
    return namespace["math"].pi
