import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file

from portal.helpers.params import get_param, int_param

bp = Blueprint("reports", __name__)

REPORT_ROOT = Path("/srv/portal/reports")


@bp.route("/reports/open")
def open_report():
    name = request.args.get("name")
    if not name:
        name = ""
    # expect: path-traversal
    with open(f"/srv/portal/reports/{name}") as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}


@bp.route("/reports/exists")
def report_exists():
    name = get_param(request, "name")
    # expect: path-traversal
    return {"exists": os.path.exists(os.path.join(REPORT_ROOT, name))}


@bp.route("/reports/download")
def download():
    name = request.args.get("name", "summary.csv")
    target = (REPORT_ROOT / name).resolve()
    if not target.is_relative_to(REPORT_ROOT):
        abort(404)
    return send_file(target)


@bp.route("/reports/by-year")
def by_year():
    year = int_param(request, "year", 2024)
    path = REPORT_ROOT / f"{year}.csv"
    return send_file(path) if path.exists() else abort(404)


@bp.route("/reports/archive")
def archive():
    sub = request.args.get("dir", "")
    # expect: path-traversal
    entries = sorted(p.name for p in (REPORT_ROOT / "archive" / sub).iterdir())
    return {"entries": entries}


@bp.route("/reports/basename")
def by_basename():
    name = Path(request.args.get("name", "")).name
    if not name:
        abort(400)
    return send_file(REPORT_ROOT / name)


@bp.route("/reports/delete", methods=["POST"])
def delete_report():
    name = request.form.get("name") or ""
    if name.startswith("tmp-"):
        # expect: path-traversal
        os.remove(REPORT_ROOT.joinpath("tmp", name))
    return {"ok": True}
