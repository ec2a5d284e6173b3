# library: Flask + csv (spreadsheet formula injection)
"""CSV export of contact-form submissions for the sales team."""
import csv
import io

from flask import Flask, Response

from .models import Submission

app = Flask(__name__)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    value = str(value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


@app.get("/export/submissions.csv")
def export_submissions():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "email", "message"])
    for s in Submission.query.all():
        # expect: csv-injection
        writer.writerow([s.name, s.email, s.message])
    return Response(buf.getvalue(), mimetype="text/csv")


@app.get("/export/submissions-safe.csv")
def export_submissions_safe():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "email", "message"])
    for s in Submission.query.all():
        writer.writerow([neutralise(s.name), neutralise(s.email), neutralise(s.message)])
    return Response(buf.getvalue(), mimetype="text/csv")


@app.get("/export/counts.csv")
def export_counts():
    buf = io.StringIO()
    csv.writer(buf).writerows([("day", "count"), ("2026-11-01", 12), ("2026-11-02", 9)])
    return Response(buf.getvalue(), mimetype="text/csv")
