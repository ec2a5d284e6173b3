"""Dataset pages: read, follow and the activity stream."""
import logging

from flask import Blueprint, abort, g, redirect, render_template, request, url_for

from ..common import ValidationError
from ..lib import helpers as h
from ..logic.action import get_action

log = logging.getLogger(__name__)

dataset = Blueprint("dataset", __name__)


def _context():
    return {"user": g.user.name if g.get("user") else None}


@dataset.route("/<id>")
def read(id):
    try:
        pkg = get_action("package_search")(_context(), {"q": f"name:{id}", "rows": 1})
    except ValidationError:
        abort(404)
    return render_template("package/read.html", pkg=pkg, came_from=g.came_from)


@dataset.route("/<id>/activity")
def activity(id):
    types = request.args.getlist("activity_type")
    data = {"id": id, "limit": request.args.get("limit", 31), "activity_types": types}
    stream = get_action("package_activity_list")(_context(), data)
    return render_template("package/activity.html", stream=stream)


@dataset.route("/follow/<id>", methods=["POST"])
def follow(id):
    if not g.get("user"):
        abort(403)
    log.info("user %s follows dataset", g.user.name)
    came_from = g.came_from or url_for("dataset.read", id=id)
    # expect: open-redirect
    return redirect(came_from)


@dataset.route("/unfollow/<id>", methods=["POST"])
def unfollow(id):
    target = request.form.get("came_from", "")
    if not h.is_url_local(target):
        return h.redirect_to("dataset.read", id=id)
    return redirect(target)


@dataset.route("/<id>/preview")
def preview(id):
    from ..lib import proxy

    url = request.args.get("url", "")
    if not url:
        abort(400)
    try:
        content_type, body = proxy.fetch_remote(url)
    except proxy.ProxyError as exc:
        abort(409, str(exc))
    return body, 200, {"Content-Type": content_type}


@dataset.route("/<id>/preview-safe")
def preview_checked(id):
    from ..lib import proxy

    try:
        content_type, body = proxy.fetch_checked(request.args.get("url", ""))
    except proxy.ProxyError:
        abort(409)
    return body, 200, {"Content-Type": content_type}
