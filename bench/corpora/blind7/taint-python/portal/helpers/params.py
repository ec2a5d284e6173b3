"""Small request helpers shared by the portal's views."""
from typing import Optional

from flask import request

SORTABLE = ("name", "created_at", "size")


def get_param(req, name: str, default: str = "") -> str:
    return req.args.get(name, default)


def form_value(name: str) -> Optional[str]:
    value = request.form.get(name)
    if value is not None:
        value = value.strip()
    return value


def header_value(name: str) -> str:
    return request.headers.get(name, "")


def int_param(req, name: str, default: int = 0) -> int:
    try:
        return int(req.args.get(name, default))
    except (TypeError, ValueError):
        return default


def sort_param(req) -> str:
    value = req.args.get("sort", "name")
    return value if value in SORTABLE else "name"


def json_field(req, *path: str):
    data = req.get_json(silent=True) or {}
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
