"""Code checks of custom components."""
import ast


def validate_code(code):
    errors = {"imports": {"errors": []}, "function": {"errors": []}}
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        errors["function"]["errors"].append(str(exc))
        return errors
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            errors["imports"]["errors"].extend(alias.name for alias in node.names if alias.name.startswith("_"))
    return errors


def run_function(code, name):
    namespace = {}
    # expect: code-injection
    exec(compile(code, "<component>", "exec"), namespace)
    return namespace[name]()
