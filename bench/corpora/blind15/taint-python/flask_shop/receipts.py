# library: flask (HTML built from form data)
from markupsafe import escape

from flask import Blueprint, make_response, render_template, request

bp = Blueprint("receipts", __name__)


def _line(item: dict) -> str:
    return f"<li>{item['name']} x {item['qty']}</li>"


@bp.post("/receipt/preview")
def preview():
    note = request.form.get("note") or ""
    items = [{"name": n, "qty": q} for n, q in zip(request.form.getlist("name"), request.form.getlist("qty"))]
    body = "<ul>" + "".join(_line(i) for i in items) + "</ul>"
    html = f"<h2>Receipt</h2>{body}<p>{note}</p>"
    # expect: xss
    return make_response(html)


@bp.post("/receipt/preview/v2")
def preview_escaped():
    note = escape(request.form.get("note") or "")
    items = [{"name": escape(n), "qty": escape(q)} for n, q in zip(request.form.getlist("name"), request.form.getlist("qty"))]
    body = "<ul>" + "".join(_line(i) for i in items) + "</ul>"
    return make_response(f"<h2>Receipt</h2>{body}<p>{note}</p>")


@bp.post("/receipt/preview/v3")
def preview_template():
    return render_template("receipt.html", note=request.form.get("note", ""), names=request.form.getlist("name"))
