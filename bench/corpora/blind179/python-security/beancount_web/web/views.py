"""Filtered views of the ledger (by year, tag, payee) mounted as sub-apps."""
import html

import bottle
from bottle import request

from beancount.core import data
from beancount.ops import summarize


class AttrMapper:
    """A mapper used to format urls directly into templates: {A.balsheet}."""

    def __init__(self, mapper_function):
        self.mapper_function = mapper_function

    def __getattr__(self, name):
        return self.mapper_function(name)


viewapp = bottle.Bottle()


def _journal_rows(entries):
    rows = []
    for entry in entries:
        if not isinstance(entry, data.Transaction):
            continue
        rows.append(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                entry.date, html.escape(entry.payee or ""), html.escape(entry.narration or "")
            )
        )
    return "".join(rows)


@viewapp.route("/year/<year:int>/journal", name="year_journal")
def year_journal(year):
    entries = [e for e in viewapp.entries if getattr(e, "date", None) and e.date.year == year]
    return f"<h2>Journal {year}</h2><table>{_journal_rows(entries)}</table>"


@viewapp.route("/tag/<tag>/journal", name="tag_journal")
def tag_journal(tag):
    entries = [e for e in viewapp.entries if isinstance(e, data.Transaction) and tag in (e.tags or ())]
    return f"<h2>Tag #{html.escape(tag)}</h2><table>{_journal_rows(entries)}</table>"


@viewapp.route("/payee/journal", name="payee_journal")
def payee_journal():
    payee = request.query.getunicode("payee", "")
    entries = [e for e in viewapp.entries if isinstance(e, data.Transaction) and e.payee == payee]
    return "<h2>Payee {}</h2><table>{}</table>".format(html.escape(payee), _journal_rows(entries))


@viewapp.route("/clamped", name="clamped")
def clamped():
    begin = request.query.get("begin")
    end = request.query.get("end")
    entries, _ = summarize.clamp_opt(viewapp.entries, begin, end, viewapp.options)
    return f"<table>{_journal_rows(entries)}</table>"
