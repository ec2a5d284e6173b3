"""Shared request-handling helpers, modelled on the portal's ``common`` module."""
import json
from typing import Any

from flask import abort, request

config: dict[str, Any] = {}


class ValidationError(Exception):
    def __init__(self, error_dict):
        super().__init__(error_dict)
        self.error_dict = error_dict


def _get_request_data(try_url_params: bool = False) -> dict:
    """Return the action's parameters from the body, the form or the query string."""
    if request.is_json:
        data = request.get_json(silent=True) or {}
        if not isinstance(data, dict):
            abort(400, "Request data JSON decoded to a non-dict")
        return data
    if request.method == "POST" and request.form:
        return {k: v for k, v in request.form.items()}
    if try_url_params:
        out = {}
        for key in request.args:
            values = request.args.getlist(key)
            out[key] = values[0] if len(values) == 1 else values
        return out
    if request.data:
        return json.loads(request.data)
    return {}


def get_or_bust(data_dict: dict, keys):
    """Return the values of ``keys`` or raise a ValidationError naming the missing ones."""
    if isinstance(keys, str):
        keys = [keys]
    missing = [k for k in keys if not data_dict.get(k)]
    if missing:
        raise ValidationError({k: ["Missing value"] for k in missing})
    values = [data_dict[k] for k in keys]
    return values[0] if len(values) == 1 else tuple(values)


def asbool(value) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")
