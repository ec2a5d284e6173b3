# library: Flask (view returning an HTML string built from request data)
"""Small HTML endpoints of the status site."""
from flask import Blueprint, jsonify, make_response, render_template, request
from markupsafe import escape

bp = Blueprint("status", __name__)


@bp.get("/greet")
def greet():
    name = request.args.get("name", "friend")
    # expect: xss
    return f"<h1>Hello, {name}!</h1>"


@bp.get("/greet-safe")
def greet_safe():
    return f"<h1>Hello, {escape(request.args.get('name', 'friend'))}!</h1>"


@bp.get("/incident/<incident_id>")
def incident(incident_id):
    # expect: xss
    return "<p>No incident %s</p>" % incident_id, 404


@bp.get("/incident-json/<incident_id>")
def incident_json(incident_id):
    return jsonify({"error": f"no incident {incident_id}"}), 404


@bp.get("/banner")
def banner():
    msg = request.args.get("msg", "")
    # expect: xss
    return make_response("<div class='banner'>{}</div>".format(msg))


@bp.get("/banner-text")
def banner_text():
    resp = make_response(request.args.get("msg", ""))
    resp.mimetype = "text/plain"
    return resp


@bp.get("/page")
def page():
    return render_template("page.html", title=request.args.get("title", ""))
