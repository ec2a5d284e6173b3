# library: Flask / Flask-SQLAlchemy
"""Admin tools for support staff."""
import subprocess

import requests
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .db import db

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/tickets")
def tickets():
    status = request.args.get("status", "open")
    rows = db.session.execute(text("SELECT id, subject FROM tickets WHERE status = :s"), {"s": status}).all()
    return jsonify([dict(r._mapping) for r in rows])


@bp.get("/tickets/by-agent")
def tickets_by_agent():
    agent = request.args.get("agent", "")
    # expect: sql-injection
    rows = db.session.execute(text(f"SELECT id, subject FROM tickets WHERE agent = '{agent}'")).all()
    return jsonify([dict(r._mapping) for r in rows])


@bp.post("/dns")
def dns_lookup():
    host = request.form["host"]
    # expect: command-injection
    out = subprocess.run(f"dig +short {host}", shell=True, capture_output=True, text=True).stdout
    return jsonify(answer=out.split())


@bp.post("/dns/v2")
def dns_lookup_v2():
    host = request.form["host"]
    out = subprocess.run(["dig", "+short", "--", host], capture_output=True, text=True, timeout=5).stdout
    return jsonify(answer=out.split())


@bp.post("/webhook-test")
def webhook_test():
    url = request.json["url"]
    # expect: ssrf
    resp = requests.post(url, json={"ping": True}, timeout=5)
    return jsonify(status=resp.status_code)


@bp.post("/calc")
def calc():
    expr = request.form.get("expr", "0")
    # expect: code-injection
    return jsonify(result=eval(expr))
