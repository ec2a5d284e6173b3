"""CSV exports of contact lists and survey answers."""
import csv
import io

import defusedcsv
from flask import Flask, Response, request

app = Flask(__name__)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell):
    text = str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


@app.route("/contacts/export", methods=["POST"])
def export_contacts():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "email", "company"])
    # expect: csv-injection
    writer.writerow([request.form["name"], request.form.get("email"), request.form.get("company")])
    return Response(buf.getvalue(), mimetype="text/csv")


@app.route("/survey/export", methods=["POST"])
def export_survey():
    answers = request.get_json()["answers"]
    rows = [(a["question"], a["answer"]) for a in answers]
    out = io.StringIO()
    sheet = csv.writer(out, delimiter=";")
    # expect: csv-injection
    sheet.writerows(rows)
    return Response(out.getvalue(), mimetype="text/csv")


@app.route("/labels/<label>.csv")
def export_label(label):
    out = io.StringIO()
    w = csv.writer(out)
    # expect: csv-injection
    w.writerow(["label", label])
    return Response(out.getvalue(), mimetype="text/csv")


@app.route("/feedback/export", methods=["POST"])
def export_feedback():
    out = io.StringIO()
    fields = ["user", "comment"]
    dict_writer = csv.DictWriter(out, fieldnames=fields)
    dict_writer.writeheader()
    comment = request.values.get("comment", "")
    # expect: csv-injection
    dict_writer.writerow({"user": request.cookies.get("display_name"), "comment": comment})
    return Response(out.getvalue(), mimetype="text/csv")


@app.route("/contacts/export-safe", methods=["POST"])
def export_contacts_safe():
    buf = io.StringIO()
    writer = defusedcsv.writer(buf)
    writer.writerow([request.form["name"], request.form.get("email")])
    return Response(buf.getvalue(), mimetype="text/csv")


@app.route("/survey/export-clean", methods=["POST"])
def export_survey_clean():
    answers = request.get_json()["answers"]
    out = io.StringIO()
    sheet = csv.writer(out)
    sheet.writerow(["question", "answer"])
    sheet.writerows([(neutralise(a["question"]), neutralise(a["answer"])) for a in answers])
    return Response(out.getvalue(), mimetype="text/csv")
