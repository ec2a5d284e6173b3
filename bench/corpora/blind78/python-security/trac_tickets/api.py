"""Shared ticket helpers used by the request handlers of this plugin."""
import re

from trac.core import Component, Interface, implements
from trac.util.html import escape

FIELD_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
STANDARD_FIELDS = ("id", "summary", "status", "owner", "reporter", "priority", "milestone", "component", "time", "changetime")


def substitute_report_vars(sql: str, args: dict) -> str:
    """Replace $NAME placeholders in a stored report's SQL with request values."""
    for name, value in args.items():
        sql = sql.replace("$" + name.upper(), value)
    return sql


def bind_report_vars(sql: str, args: dict) -> tuple[str, list]:
    """Replace $NAME placeholders with %s and return the values in order."""
    values = []

    def repl(match):
        values.append(args.get(match.group(1).lower(), ""))
        return "%s"

    return re.sub(r"\$([A-Z_]+)", repl, sql), values


def sort_column(requested: str | None) -> str:
    return requested if requested in STANDARD_FIELDS else "id"


def render_summary_html(summary: str) -> str:
    return "<span class='summary'>%s</span>" % escape(summary)
