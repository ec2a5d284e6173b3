from flask import Blueprint, abort, current_app, g, jsonify, redirect, request, session, url_for
from markupsafe import escape

from ..auth import require_partner
from ..utils.request import get_param, int_param, json_field
from .service import CatalogService

bp = Blueprint("catalog", __name__, url_prefix="/catalog")
service = CatalogService()


@bp.get("/search")
def search():
    term = get_param("q")
    rows = service.search(term, g.tenant)
    current_app.logger.debug("audit rows: %d", service.audit_count())
    # expect: trust-boundary
    session["last_search"] = term
    return jsonify(rows)


@bp.get("/search/v2")
def search_v2():
    term = get_param("q")
    session["last_search_len"] = len(term)
    return jsonify(service.search_bound(term, g.tenant))


@bp.get("/tenant")
def tenant_products():
    return jsonify(service.for_tenant(g.tenant))


@bp.get("/sorted")
def sorted_products():
    return jsonify(service.sorted_products(g.sort_key, g.tenant))


@bp.get("/page")
def page():
    return jsonify(service.repository.page(int_param("page", 1)))


@bp.post("/tags")
@require_partner
def bulk_tag():
    ids = json_field("ids", [])
    tags = json_field("tags", [])
    count = service.tag_products(ids, tags)
    service.notify_partner(g.partner_callback, {"tagged": count})
    return jsonify({"tagged": count})


@bp.post("/tags/v2")
@require_partner
def bulk_tag_v2():
    count = service.tag_products(json_field("ids", []), json_field("tags", []), safe=True)
    service.notify_partner_hook(json_field("hook", "tags"), {"tagged": count})
    return jsonify({"tagged": count})


@bp.get("/continue")
def continue_shopping():
    target = request.args.get("next", "")
    if not target:
        target = url_for("catalog.search")
    # expect: open-redirect
    return redirect(target)


@bp.get("/return")
def return_to():
    target = request.args.get("next", "/")
    if target not in current_app.config["ALLOWED_RETURN_PATHS"]:
        abort(400)
    return redirect(target)


@bp.get("/banner")
def banner():
    name = get_param("name") or "guest"
    html = "<section class='banner'>"
    html += "<h1>Deals picked for " + name + "</h1>"
    html += "</section>"
    # expect: xss
    return html


@bp.get("/banner/v2")
def banner_v2():
    name = escape(get_param("name") or "guest")
    html = "<section class='banner'>"
    html += f"<h1>Deals picked for {name}</h1>"
    html += "</section>"
    return html
