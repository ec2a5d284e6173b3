"""Small wrappers the views use to read request data."""
from flask import request


def get_param(name, default=""):
    value = request.args.get(name)
    if value is None:
        value = request.form.get(name, default)
    return value.strip()


def json_field(name, default=None):
    payload = request.get_json(silent=True) or {}
    return payload.get(name, default)


def int_param(name, default=0):
    raw = request.args.get(name, default)
    try:
        return int(raw)
    except (TypeError, ValueError):
        return default


def list_param(name):
    return [item for item in request.args.getlist(name) if item]
