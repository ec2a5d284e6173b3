from flask import Blueprint, current_app, g, render_template, request
from markupsafe import Markup, escape

from ..middleware import current_region, raw_region
from ..utils.request import get_param, int_param
from .service import ReportFilter, ReportService

bp = Blueprint("reports", __name__)


def _filter_from_request():
    return ReportFilter(
        region=current_region(),
        sort=get_param("sort", "revenue"),
        group_by=get_param("group", "region"),
        days=int_param("days", current_app.config["DEFAULT_RANGE_DAYS"], maximum=365),
    )


@bp.get("/customers")
def top_customers():
    flt = _filter_from_request()
    rows = ReportService().top_customers(flt, limit=int_param("limit", 50, maximum=500))
    return render_template("reports/customers.html", rows=rows, flt=flt)


@bp.get("/grouped")
def grouped():
    flt = _filter_from_request()
    rows = ReportService().grouped_revenue(flt)
    return render_template("reports/grouped.html", rows=rows, group=flt.group_by)


@bp.get("/grouped-safe")
def grouped_checked():
    flt = _filter_from_request()
    rows = ReportService().grouped_revenue_checked(flt)
    return render_template("reports/grouped.html", rows=rows, group=flt.group_by)


@bp.get("/region-orders")
def region_orders():
    rows = ReportService().region_orders(raw_region())
    return render_template("reports/orders.html", rows=rows)


@bp.get("/region-orders/known")
def known_region_orders():
    rows = ReportService().known_region_orders(current_region())
    return render_template("reports/orders.html", rows=rows)


@bp.get("/banner")
def banner():
    label = g.label
    if not label:
        label = "Revenue overview"
    heading = "<h2 class='report-title'>" + label + "</h2>"
    # expect: xss
    return Markup(heading)


@bp.get("/banner-escaped")
def banner_escaped():
    label = g.label or "Revenue overview"
    return Markup("<h2 class='report-title'>{}</h2>").format(label)


@bp.get("/note")
def note():
    note_text = request.args.get("note", "")
    return f"<p class='note'>{escape(note_text)}</p>"
