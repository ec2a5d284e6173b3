"""CSV downloads for the survey tool."""
import csv
import io

import flask
from flask import Blueprint, Response, request

bp = Blueprint("exports", __name__)


@bp.route("/surveys/<slug>/answers.csv")
def answers_csv(slug):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["survey", "question", "answer"])
    # expect: csv-injection
    writer.writerow([slug, request.args.get("question", ""), request.args.get("answer", "")])
    return Response(buffer.getvalue(), mimetype="text/csv")


@bp.route("/feedback.csv", methods=["POST"])
def feedback_csv():
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    comments = flask.request.get_json()["comments"]
    # expect: csv-injection
    writer.writerows([[c["author"], c["text"]] for c in comments])
    return Response(buffer.getvalue(), mimetype="text/csv")


@bp.route("/tags.csv", methods=["POST"])
def tags_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    tag = request.form["tag"]
    # expect: csv-injection
    writer.writerow(["tag", tag])
    return Response(out.getvalue(), mimetype="text/csv")


@bp.route("/surveys.csv")
def surveys_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "title"])
    writer.writerow([1, "Onboarding"])
    return Response(out.getvalue(), mimetype="text/csv")


def strip_formula(value):
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


@bp.route("/tags-safe.csv", methods=["POST"])
def tags_safe_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["tag", strip_formula(request.form["tag"])])
    return Response(out.getvalue(), mimetype="text/csv")
