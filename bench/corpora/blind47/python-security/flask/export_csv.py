"""CSV exports for the reporting screens."""
import csv
import io

import defusedcsv
from flask import Flask, Response, request

app = Flask(__name__)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_response(buf, name):
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={name}.csv"},
    )


@app.route("/export/contacts")
def export_contacts():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "note"])
    note = request.args.get("note", "")
    # expect: csv-injection
    writer.writerow([request.args.get("name"), note])
    return _csv_response(buf, "contacts")


@app.route("/export/batch", methods=["POST"])
def export_batch():
    rows = request.get_json()["rows"]
    buf = io.StringIO()
    out = csv.writer(buf, delimiter=";")
    # expect: csv-injection
    out.writerows([r["label"], r["amount"]] for r in rows)
    return _csv_response(buf, "batch")


@app.route("/export/<label>/summary")
def export_summary(label):
    buf = io.StringIO()
    writer = csv.writer(buf)
    # expect: csv-injection
    writer.writerow(["report", label])
    return _csv_response(buf, "summary")


@app.route("/export/custom", methods=["POST"])
def export_custom():
    columns = request.form.getlist("columns")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns)
    # expect: csv-injection
    writer.writeheader()
    return _csv_response(buf, "custom")


@app.route("/export/safe")
def export_safe():
    buf = io.StringIO()
    writer = defusedcsv.writer(buf)
    writer.writerow([request.args.get("name"), request.args.get("note")])
    return _csv_response(buf, "safe")


@app.route("/export/clean")
def export_clean():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "note"])
    writer.writerow([neutralise(request.args.get("name", "")), neutralise(request.args.get("note", ""))])
    return _csv_response(buf, "clean")
