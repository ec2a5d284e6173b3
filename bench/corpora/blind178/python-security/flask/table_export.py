"""Turn the spreadsheet widget's rows into a downloadable CSV."""
import csv
import io

from flask import Blueprint, Response, request

from .models import Invoice

bp = Blueprint("export", __name__)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell):
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_response(buffer, name):
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


@bp.route("/export/table", methods=["POST"])
def export_table():
    payload = request.get_json()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(payload.get("columns", []))
    # expect: csv-injection
    writer.writerows(payload["rows"])
    return csv_response(buffer, "table")


@bp.route("/export/contact-card", methods=["POST"])
def export_contact():
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["name", "company", "note"])
    # expect: csv-injection
    writer.writerow([request.form.get("name"), request.form.get("company"), request.form.get("note")])
    return csv_response(buffer, "contact")


@bp.route("/export/table-safe", methods=["POST"])
def export_table_safe():
    payload = request.get_json()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(c) for c in payload.get("columns", [])])
    writer.writerows([[neutralise(c) for c in row] for row in payload["rows"]])
    return csv_response(buffer, "table")


@bp.route("/export/invoices")
def export_invoices():
    year = int(request.args.get("year", 2026))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["number", "issued", "total_cents"])
    for inv in Invoice.query.filter_by(year=year).order_by(Invoice.number):
        writer.writerow([inv.number, inv.issued.isoformat(), inv.total_cents])
    return csv_response(buffer, f"invoices-{year}")
