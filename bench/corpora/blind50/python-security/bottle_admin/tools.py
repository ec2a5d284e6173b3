"""Admin tools: config evaluation, imports and scheduled commands."""
import ast
import operator
import subprocess

import yaml

ALLOWED_TASKS = {
    "reindex": ["/opt/admin/bin/reindex"],
    "vacuum": ["/opt/admin/bin/vacuum", "--analyze"],
    "rotate": ["/usr/sbin/logrotate", "/etc/logrotate.d/admin"],
}

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate_setting(expr):
    # expect: code-injection
    return eval(expr)


def evaluate_arithmetic(expr):
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")

    return walk(ast.parse(expr, mode="eval"))


def load_settings(text):
    # expect: deserialization
    return yaml.load(text, Loader=yaml.UnsafeLoader)


def load_settings_safe(text):
    return yaml.safe_load(text)


def run_task(name):
    argv = ALLOWED_TASKS.get(name)
    if argv is None:
        raise KeyError(name)
    return subprocess.run(argv, capture_output=True, text=True, timeout=600)


def run_hook(script, *args):
    line = script
    for arg in args:
        line += " " + arg
    # expect: command-injection
    return subprocess.Popen(line, shell=True, stdout=subprocess.PIPE).communicate()[0]
