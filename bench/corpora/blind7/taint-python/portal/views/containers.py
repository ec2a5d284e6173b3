import configparser
import os
import sqlite3

from flask import Blueprint, g, request

bp = Blueprint("containers", __name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("/var/lib/portal/portal.db")
    return g.db


@bp.route("/lookup/a")
def lookup_a():
    param = request.args.get("q", "")
    m = {}
    m["keyA"] = "a_Value"
    m["keyB"] = param
    m["keyC"] = "another_Value"
    bar = m["keyA"]
    return {"rows": db().execute(f"SELECT * FROM items WHERE code = '{bar}'").fetchall()}


@bp.route("/lookup/b")
def lookup_b():
    param = request.args.get("q", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyB"]
    # expect: sql-injection
    return {"rows": db().execute(f"SELECT * FROM items WHERE code = '{bar}'").fetchall()}


@bp.route("/lookup/c")
def lookup_c():
    param = request.args.get("q", "")
    values = []
    values.append("safe")
    values.append(param)
    values.append("moresafe")
    values.pop(0)
    bar = values[1]
    return {"rows": db().execute("SELECT * FROM items WHERE code = '" + bar + "'").fetchall()}


@bp.route("/lookup/d")
def lookup_d():
    param = request.args.get("q", "")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[0]
    # expect: sql-injection
    return {"rows": db().execute("SELECT * FROM items WHERE code = '" + bar + "'").fetchall()}


@bp.route("/lookup/e")
def lookup_e():
    param = request.args.get("q", "")
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "a_Value")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    # expect: sql-injection
    return {"rows": db().execute("SELECT * FROM items WHERE code = '%s'" % bar).fetchall()}


@bp.route("/lookup/f")
def lookup_f():
    param = request.args.get("q", "")
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "a_Value")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyA")
    return {"rows": db().execute("SELECT * FROM items WHERE code = '%s'" % bar).fetchall()}


@bp.route("/lookup/g")
def lookup_g():
    first, second = request.args.get("q", ""), "fixed"
    safe_sql = "SELECT * FROM items WHERE code = '%s'" % second
    db().execute(safe_sql)
    # expect: sql-injection
    return {"rows": db().execute("SELECT * FROM items WHERE code = '%s'" % first).fetchall()}


@bp.route("/lookup/h")
def lookup_h():
    filters = {"owner": request.args.get("owner", ""), "limit": 20}
    limit = filters["limit"]
    rows = db().execute(f"SELECT * FROM items WHERE owner = ? LIMIT {limit}", (filters["owner"],)).fetchall()
    return {"rows": rows}


@bp.route("/lookup/i")
def lookup_i():
    opts = dict(request.args)
    table = opts.get("table", "items")
    # expect: sql-injection
    return {"rows": db().execute("SELECT * FROM " + table).fetchall()}


@bp.route("/env")
def env_view():
    names = [request.args.get("name", ""), "HOME"]
    name = names[1]
    return {"value": os.environ.get(name)}
