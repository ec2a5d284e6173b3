import csv
import io
import logging
import os
from datetime import date

from flask import Blueprint, abort, current_app, render_template, request, send_file, send_from_directory

from ..reports.service import ReportFilter, ReportService
from ..utils.request import get_param, json_field
from .pdf import html_to_pdf, html_to_pdf_args, html_to_pdf_quoted

bp = Blueprint("exports", __name__)
log = logging.getLogger(__name__)


def _rows():
    return ReportService().top_customers(ReportFilter(region=""), limit=current_app.config["MAX_ROWS"])


@bp.get("/customers.csv")
def customers_csv():
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["customer_name", "order_count", "total_revenue"])
    writer.writeheader()
    writer.writerows(_rows())
    filename = get_param("filename", f"customers-{date.today()}.csv")
    headers = {"Content-Type": "text/csv; charset=utf-8"}
    # expect: header-injection
    headers["Content-Disposition"] = "attachment; filename=" + filename
    return buf.getvalue(), 200, headers


@bp.get("/customers-fixed.csv")
def customers_csv_fixed():
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["customer_name", "order_count", "total_revenue"])
    writer.writeheader()
    writer.writerows(_rows())
    return buf.getvalue(), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": f"attachment; filename=customers-{date.today()}.csv",
    }


@bp.post("/customers.pdf")
def customers_pdf():
    title = json_field("title", "Customer revenue")
    html = render_template("exports/customers.html", rows=_rows())
    out = os.path.join(current_app.config["EXPORT_DIR"], f"customers-{date.today()}.pdf")
    html_to_pdf(html, title, out)
    return send_file(out, mimetype="application/pdf")


@bp.post("/customers-args.pdf")
def customers_pdf_args():
    title = json_field("title", "Customer revenue")
    html = render_template("exports/customers.html", rows=_rows())
    out = os.path.join(current_app.config["EXPORT_DIR"], f"customers-args-{date.today()}.pdf")
    html_to_pdf_args(html, title, out)
    html_to_pdf_quoted(html, title, out + ".bak")
    return send_file(out, mimetype="application/pdf")


@bp.get("/download")
def download():
    name = request.args.get("file", "")
    path = os.path.join(current_app.config["EXPORT_DIR"], name)
    # expect: path-traversal
    return send_file(path, as_attachment=True)


@bp.get("/download-safe")
def download_safe():
    name = request.args.get("file", "")
    if not name.endswith((".csv", ".pdf")):
        abort(404)
    return send_from_directory(current_app.config["EXPORT_DIR"], name, as_attachment=True)


@bp.get("/download-checked")
def download_checked():
    root = os.path.realpath(current_app.config["EXPORT_DIR"])
    target = os.path.realpath(os.path.join(root, request.args.get("file", "")))
    if os.path.commonpath([root, target]) != root:
        abort(404)
    return send_file(target, as_attachment=True)
