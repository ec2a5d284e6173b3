"""Dashboard pages of the admin UI."""
from urllib.parse import urlparse

from flask import Blueprint, abort, g, redirect, render_template, request, url_for

from ..utils import fs_path_to_url_path, preview_banner, preview_banner_escaped

bp = Blueprint("dash", __name__, url_prefix="/admin")


@bp.route("/")
def index():
    return render_template("dash.html")


@bp.route("/edit")
def edit_redirect():
    record = g.admin_info.pad.resolve_url_path(request.args.get("path", "/"))
    if record is None:
        abort(404)
    return redirect(url_for("dash.edit", path=fs_path_to_url_path(record.url_path)))


@bp.route("/<path:path>/edit")
def edit(path):
    return render_template("dash.html", path=path)


@bp.route("/leave")
def leave_admin():
    next_url = request.args.get("next") or "/"
    # expect: open-redirect
    return redirect(next_url)


@bp.route("/leave-local")
def leave_admin_local():
    next_url = request.args.get("next") or "/"
    parts = urlparse(next_url)
    if parts.scheme or parts.netloc or not next_url.startswith("/"):
        abort(400)
    return redirect(next_url)


@bp.route("/preview")
def preview():
    title = request.args.get("title", "")
    banner = preview_banner(title, g.alt)
    return render_template("preview.html", banner=banner)


@bp.route("/preview-escaped")
def preview_escaped():
    banner = preview_banner_escaped(request.args.get("title", ""), g.alt)
    return render_template("preview.html", banner=banner)
