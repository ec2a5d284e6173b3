import sqlite3

DB_PATH = "/srv/shop/shop.db"


def get_param(req, name, default=None):
    return req.args.get(name, default)


def get_form(req, name):
    return req.form.get(name)


def db():
    return sqlite3.connect(DB_PATH)


def clamp_int(value, low, high, default):
    try:
        n = int(value)
    except (TypeError, ValueError):
        return default
    return max(low, min(high, n))
