"""Evaluates rule conditions such as `event.type == "purchase" and profile.visits > 3`."""
import ast
import re
from types import SimpleNamespace

ALLOWED_NAMES = {"event", "profile", "session", "True", "False", "None"}
NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _namespace(data):
    if isinstance(data, dict):
        return SimpleNamespace(**{k: _namespace(v) for k, v in data.items()})
    if isinstance(data, list):
        return [_namespace(v) for v in data]
    return data


class ConditionEvaluator:
    def evaluate(self, condition: str, event: dict, profile: dict) -> bool:
        if len(condition) > 2000:
            raise ValueError("condition too long")
        scope = {"event": _namespace(event), "profile": _namespace(profile), "session": None}
        # expect: code-injection
        return eval(condition, {"__builtins__": {}}, scope)

    def parse_literal(self, text: str):
        """Right-hand values typed in the rule editor ('3', '"gold"', '[1, 2]')."""
        try:
            return ast.literal_eval(text)
        except (ValueError, SyntaxError):
            return text

    def referenced_fields(self, condition: str):
        return sorted(set(NAME_RE.findall(condition)) - ALLOWED_NAMES)
