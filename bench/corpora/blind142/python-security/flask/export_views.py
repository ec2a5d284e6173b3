"""CSV exports of contact form submissions and signups."""
import csv
import io

import defusedcsv
from flask import Blueprint, Response, request

from .models import Signup, Submission

bp = Blueprint("exports", __name__)


@bp.route("/exports/echo.csv")
def echo_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "company"])
    # expect: csv-injection
    writer.writerow([request.args.get("name"), request.args.get("company")])
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.route("/exports/<campaign>/signups.csv")
def signups_csv(campaign):
    buf = io.StringIO()
    writer = csv.writer(buf)
    # expect: csv-injection
    writer.writerow(["campaign", campaign])
    for s in Signup.query.filter_by(campaign=campaign):
        writer.writerow([s.id, s.created_at.isoformat()])
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.route("/exports/preview.csv", methods=["POST"])
def preview_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    # expect: csv-injection
    writer.writerows([[request.form["title"], request.form["notes"]]])
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.route("/exports/submissions.csv")
def submissions_csv():
    buf = io.StringIO()
    writer = defusedcsv.writer(buf)
    writer.writerow(["subject", "body"])
    for sub in Submission.query.limit(int(request.args.get("limit", 500))):
        writer.writerow([sub.subject, sub.body])
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.route("/exports/counts.csv")
def counts_csv():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["day", "signups"])
    for day, n in Signup.daily_counts():
        writer.writerow([day.isoformat(), int(n)])
    return Response(buf.getvalue(), mimetype="text/csv")
