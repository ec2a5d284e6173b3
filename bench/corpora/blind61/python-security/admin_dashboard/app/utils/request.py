"""Small wrappers around flask.request used by every blueprint."""
from flask import request


def get_param(name, default=""):
    value = request.args.get(name)
    if value is None:
        value = request.form.get(name, default)
    return value.strip() if isinstance(value, str) else default


def int_param(name, default=0, maximum=None):
    try:
        value = int(request.args.get(name, default))
    except (TypeError, ValueError):
        value = default
    if maximum is not None:
        value = min(value, maximum)
    return value


def json_field(name, default=None):
    body = request.get_json(silent=True) or {}
    return body.get(name, default)


def list_param(name):
    return [v for v in request.args.getlist(name) if v]
