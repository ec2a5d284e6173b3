"""CSV/Excel export endpoints."""

from __future__ import annotations

import csv
import io
import subprocess

from flask import Blueprint, Response, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("exports", __name__)
COLUMNS = {"id", "email", "created_at", "plan"}


def requested(req) -> dict:
    return {"cols": req.args.get("cols", "id,email"), "plan": req.args.get("plan", "free"),
            "sheet": req.args.get("sheet", "Users")}


@bp.get("/export.csv")
def export_csv():
    opts = requested(request)
    cols = [c for c in opts["cols"].split(",") if c in COLUMNS] or ["id"]
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {', '.join(cols)} FROM users WHERE plan = :plan"),
                            {"plan": opts["plan"]}).all()
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return Response(buf.getvalue(), mimetype="text/csv")


@bp.get("/export-raw.csv")
def export_raw():
    opts = requested(request)
    cols = opts["cols"]
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(text("SELECT " + cols + " FROM users")).all()
    return Response("\n".join(",".join(map(str, r)) for r in rows), mimetype="text/csv")


@bp.get("/export.xlsx")
def export_xlsx():
    opts = requested(request)
    sheet = opts["sheet"]
    # expect: command-injection
    subprocess.run("csv2xlsx --sheet '%s' /tmp/export.csv /tmp/export.xlsx" % sheet, shell=True, check=True)
    with open("/tmp/export.xlsx", "rb") as fh:
        return Response(fh.read(), mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
