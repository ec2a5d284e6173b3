"""Parsing of tool arguments typed by users into dicts."""
import ast
import json
import logging

logger = logging.getLogger(__name__)


class ToolArgumentError(ValueError):
    """The arguments are not a dict literal."""


def _ensure_dict(value):
    if not isinstance(value, dict):
        raise ToolArgumentError("tool arguments must be an object")
    return value


def parse_tool_args(raw):
    """Accept JSON, or a Python dict as users paste it from notebooks."""
    raw = (raw or "").strip()
    if not raw:
        return {}
    try:
        return _ensure_dict(json.loads(raw))
    except json.JSONDecodeError:
        logger.debug("tool args are not JSON, trying a Python expression")
    # expect: code-injection
    return _ensure_dict(eval(raw, {"__builtins__": {}}, {}))


def parse_tool_args_literal(raw):
    """Same as parse_tool_args, but only literals are accepted."""
    raw = (raw or "").strip()
    if not raw:
        return {}
    try:
        return _ensure_dict(json.loads(raw))
    except json.JSONDecodeError:
        return _ensure_dict(ast.literal_eval(raw))


def coerce_arg(value, json_type):
    """Cast one argument to the JSON-schema type the tool declares."""
    if json_type == "integer":
        return int(value)
    if json_type == "number":
        return float(value)
    if json_type == "boolean":
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    if json_type in ("array", "object") and isinstance(value, str):
        return json.loads(value)
    return value
