"""CSV exports of the volunteer sign-up sheets (opened by coordinators in Excel)."""
import csv
import io

from flask import Blueprint, Response, request
from flask_login import login_required

from .models import Shift, Signup

bp = Blueprint("exports", __name__, url_prefix="/exports")

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _csv_response(buf, name):
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename={name}.csv"})


@bp.route("/signups/<int:shift_id>.csv")
@login_required
def signups(shift_id):
    shift = Shift.query.get_or_404(shift_id)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "email", "phone", "note"])
    for s in Signup.query.filter_by(shift_id=shift.id):
        writer.writerow([_cell(s.name), _cell(s.email), _cell(s.phone), _cell(s.note)])
    return _csv_response(buf, f"shift-{shift.id}")


@bp.route("/quick", methods=["POST"])
@login_required
def quick_export():
    """Coordinators paste a list of names from the public sign-up form into a sheet."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["name", "comment"])
    for name, comment in zip(request.form.getlist("name"), request.form.getlist("comment")):
        # expect: csv-injection
        writer.writerow([name, comment])
    return _csv_response(buf, "quick")


@bp.route("/walk-in")
def walk_in():
    buf = io.StringIO()
    writer = csv.writer(buf)
    # expect: csv-injection
    writer.writerow([request.args.get("name", ""), request.args.get("shift", ""), request.args.get("note", "")])
    return _csv_response(buf, "walk-in")


@bp.route("/shifts.csv")
@login_required
def shifts():
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "starts", "capacity"])
    writer.writerows((s.id, s.starts_at.isoformat(), s.capacity) for s in Shift.query.all())
    return _csv_response(buf, "shifts")
