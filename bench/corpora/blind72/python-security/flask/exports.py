"""CSV exports of the contact list and form submissions."""
import csv
import io
from csv import writer as csv_writer

import defusedcsv
from flask import Blueprint, Response, request

from .db import contacts, submissions

bp = Blueprint("exports", __name__)


@bp.route("/export/contacts")
def export_contacts():
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["name", "email", "note"])
    label = request.args.get("label", "")
    for c in contacts.by_label(label):
        out.writerow([c.name, c.email, c.note])
    # expect: csv-injection
    out.writerow(["filter", label, ""])
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.route("/export/echo", methods=["POST"])
def echo_rows():
    rows = request.get_json()["rows"]
    buf = io.StringIO()
    w = csv_writer(buf, quoting=csv.QUOTE_ALL)
    # expect: csv-injection
    w.writerows(rows)
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.route("/export/<campaign>/signups")
def signups(campaign):
    buf = io.StringIO()
    fields = ["campaign", "email"]
    dw = csv.DictWriter(buf, fieldnames=fields)
    dw.writeheader()
    w = csv.writer(buf)
    for email in submissions.emails(campaign):
        # expect: csv-injection
        w.writerow([campaign, email])
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.route("/export/feedback", methods=["POST"])
def feedback():
    buf = io.StringIO()
    writer = csv.writer(buf)
    # expect: csv-injection
    writer.writerow([request.form.get("name"), request.form["comment"], request.headers.get("User-Agent")])
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.route("/export/contacts-safe")
def export_contacts_safe():
    buf = io.StringIO()
    out = defusedcsv.writer(buf)
    label = request.args.get("label", "")
    for c in contacts.by_label(label):
        out.writerow([c.name, c.email, label])
    return Response(buf.getvalue(), mimetype="text/csv")


def _neutral(value):
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@bp.route("/export/notes")
def export_notes():
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow([_neutral(request.args.get("title", "notes"))])
    return Response(buf.getvalue(), mimetype="text/csv")
