"""Queries and HTML helpers for the billing blueprint."""
from dataclasses import dataclass

from flask import render_template_string
from markupsafe import escape
from sqlalchemy import text

from extensions import db


@dataclass
class Filters:
    status: str
    year: str


def fetch_invoices(f):
    where = "status = '" + f.status + "'"
    if f.year.isdigit():
        where += " AND year = " + f.year
    # expect: sql-injection
    rows = db.session.execute(text("SELECT id, total FROM invoices WHERE " + where)).all()
    return [list(r) for r in rows]


def statement_html_safe(rows):
    lines = [f"<tr><td>{escape(label)}</td><td>{amount}</td></tr>" for label, amount in rows]
    return "<table>" + "".join(lines) + "</table>"


def statement_html(rows):
    # expect: xss
    return "<table>" + "".join(f"<tr><td>{label}</td><td>{amount}</td></tr>" for label, amount in rows) + "</table>"


def greeting(who):
    # expect: code-injection
    return render_template_string("Hello " + who + "!")


def greeting_safe(who):
    return render_template_string("Hello {{ who }}!", who=who)


def load_template(name):
    return render_template_string("<p>Template {{ name }} is not available</p>", name=name)
