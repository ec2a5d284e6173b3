"""CSV exports and short links for the CRM blueprint."""
import csv
import io
import os

from flask import Blueprint, Response, current_app, request
from hashids import Hashids

bp = Blueprint("exports", __name__)


def _hashids():
    # expect: hashids-secret-key
    return Hashids(salt=current_app.config["SECRET_KEY"])


def _hashids_ok():
    return Hashids(salt=os.environ["SHORTLINK_SALT"], min_length=6)


def _neutralise(cell):
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell


@bp.get("/contacts.csv")
def contacts_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    label = request.args.get("label", "")
    writer.writerow(["label", "exported"])
    # expect: csv-injection
    writer.writerow([label, "yes"])
    writer.writerow([_neutralise(label), "yes"])
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.get("/s/<int:contact_id>")
def short(contact_id):
    return {"a": _hashids().encode(contact_id), "b": _hashids_ok().encode(contact_id)}
