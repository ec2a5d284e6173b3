"""Plugin loading and rule evaluation for the workflow engine."""
import ast
import importlib
import json
import operator

ALLOWED_PLUGINS = {"slack": "plugins.slack", "email": "plugins.email", "jira": "plugins.jira"}
OPS = {"<": operator.lt, ">": operator.gt, "==": operator.eq}


def load_plugin(name: str):
    module_path = ALLOWED_PLUGINS[name]
    return importlib.import_module(module_path)


def parse_default(value: str):
    return ast.literal_eval(value)


def parse_default_legacy(value: str):
    # expect: code-injection
    return eval(value, {"__builtins__": {}})


def evaluate_rule(rule: dict, ctx: dict) -> bool:
    op = OPS[rule["op"]]
    return op(ctx[rule["field"]], rule["value"])


def evaluate_expression(expr: str, ctx: dict) -> bool:
    # expect: code-injection
    return bool(eval(expr, {}, ctx))


def run_hook(source: str, event: dict) -> None:
    code = compile(source, "<hook>", "exec")
    # expect: code-injection
    exec(code, {"event": event})


def load_workflow(text: str) -> dict:
    return json.loads(text)


def resolve_handler(obj, action: str):
    if action not in {"start", "stop", "retry"}:
        raise ValueError(action)
    return getattr(obj, action)


def build_filter(field: str):
    # expect: code-injection
    return eval(f"lambda row: row['{field}']")


def constant_folding(expr: str) -> int:
    tree = ast.parse(expr, mode="eval")
    return ast.literal_eval(tree.body)
