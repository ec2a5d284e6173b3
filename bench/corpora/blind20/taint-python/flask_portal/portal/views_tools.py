"""Support tools: log search, line counts and a formula evaluator."""
import ast
import re

from flask import Blueprint, abort
from markupsafe import escape

from .helpers import arg, count_lines, grep_logs, grep_logs_fixed

bp = Blueprint("tools", __name__)
TICKET_RE = re.compile(r"^T-\d{1,8}$")


@bp.get("/tools/grep")
def grep():
    return {"out": grep_logs(arg("q"))}


@bp.get("/tools/grep/ticket")
def grep_ticket():
    ticket = arg("ticket")
    if not TICKET_RE.fullmatch(ticket):
        abort(400)
    return {"out": grep_logs_fixed(ticket)}


@bp.get("/tools/lines")
def lines():
    return {"lines": count_lines("/var/log/portal/app.log")}


@bp.get("/tools/calc")
def calc():
    expr = arg("expr", "0")
    # expect: code-injection
    return {"value": eval(expr)}


@bp.get("/tools/calc/safe")
def calc_safe():
    return {"value": ast.literal_eval(arg("expr", "0"))}


@bp.get("/tools/hello")
def hello():
    name = arg("name")
    greeting = "Hello, "
    greeting += name
    greeting += "!"
    # expect: xss
    return f"<p>{greeting}</p>"


@bp.get("/tools/hello/safe")
def hello_safe():
    name = arg("name")
    greeting = "Hello, " + str(escape(name)) + "!"
    return f"<p>{greeting}</p>"
