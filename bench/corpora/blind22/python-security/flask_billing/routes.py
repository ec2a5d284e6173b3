"""Billing blueprint; queries and templates are in billing_queries."""
from flask import Blueprint, jsonify, request

from billing_queries import Filters, fetch_invoices, greeting, load_template, statement_html

bp = Blueprint("billing", __name__)


@bp.get("/invoices")
def invoices():
    f = Filters(status=request.args.get("status", "open"), year=request.args.get("year", "2024"))
    return jsonify(fetch_invoices(f))


@bp.get("/statement")
def statement():
    note = request.args.get("note", "")
    rows = [("Subscription", 20), (note, 0)]
    return statement_html(rows)


@bp.get("/greet")
def greet():
    who = request.args.get("who") or "customer"
    return greeting(who)


@bp.get("/template")
def template():
    return load_template(request.args.get("name", "default"))
