# library: Flask + open(w) with %
"""open(w) with %: value from request (view_args)."""
import os

from flask import Blueprint, request


bp = Blueprint("pathtraver_report_11", __name__)

REPORT_DIR = "/var/app/reports"


@bp.get("/report/<file>")
def report_11(file):
    param = request.view_args["file"]
    mapping = {}
    mapping["keyA"] = "readme.txt"
    mapping["keyB"] = param
    mapping["keyC"] = "terms.txt"
    bar = mapping["keyA"]
    rows = ["id,total", "1,10"]
    with open("%s/%s.csv" % (REPORT_DIR, bar), "w") as fh:
        fh.write("\n".join(rows))
    return {"written": True}
