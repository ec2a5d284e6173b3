"""Small request helpers shared by the lab's views."""
from flask import request


def get_param(req, name, default=""):
    return req.args.get(name, default)


def form_value(name):
    return request.form.get(name, "")


def header_value(req, name):
    return req.headers.get(name)


def page_number(req):
    try:
        return max(1, int(req.args.get("page", "1")))
    except ValueError:
        return 1


def sort_column(req):
    column = req.args.get("sort", "created_at")
    return column if column in {"created_at", "title", "score"} else "created_at"
