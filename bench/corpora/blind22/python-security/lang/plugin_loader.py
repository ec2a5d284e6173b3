"""Loads report plugins and user formulas for the spreadsheet engine."""
import ast
import importlib
import operator

SAFE_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}
BUILTIN_PLUGINS = {"csv": "reports.plugins.csv_export", "pdf": "reports.plugins.pdf_export"}


def load_plugin(name):
    module_path = BUILTIN_PLUGINS.get(name, "reports.plugins.csv_export")
    return importlib.import_module(module_path)


def load_any_plugin(dotted):
    # expect: code-injection
    return importlib.import_module(dotted)


def evaluate_cell(formula, env):
    # expect: code-injection
    return eval(formula, {}, env)


def evaluate_literal(text):
    return ast.literal_eval(text)


def evaluate_arith(node):
    if isinstance(node, ast.BinOp) and type(node.op) in SAFE_OPS:
        return SAFE_OPS[type(node.op)](evaluate_arith(node.left), evaluate_arith(node.right))
    if isinstance(node, ast.Constant):
        return node.value
    raise ValueError("unsupported")


def define_macro(name, body):
    src = "def " + name + "(row):\n    return " + body
    namespace = {}
    # expect: code-injection
    exec(compile(src, "<macro>", "exec"), namespace)
    return namespace[name]


def run_config_hook(path):
    with open(path) as fh:
        hook = fh.read()
    # expect: code-injection
    exec(hook)
