"""Challenge listing and challenge file downloads."""
from flask import Blueprint, abort, g, redirect, render_template, request, url_for

from flagboard.models import Challenges
from flagboard.utils.decorators import authed_only
from flagboard.utils.decorators import is_safe_url
from flagboard.utils.uploads import get_uploader

challenges = Blueprint("challenges", __name__)


@challenges.route("/challenges", methods=["GET"])
@authed_only
def listing():
    category = request.args.get("category")
    query = Challenges.query.filter_by(state="visible")
    if category:
        query = query.filter_by(category=category)
    return render_template("challenges.html", challenges=query.all(), category=category)


@challenges.route("/files/<path:path>")
@authed_only
def files(path):
    uploader = get_uploader()
    if path.startswith("public/"):
        return uploader.download_public(path)
    return uploader.download(path)


@challenges.route("/challenges/back")
@authed_only
def back():
    target = g.return_to
    if not target or not is_safe_url(target):
        return redirect(url_for("challenges.listing"))
    return redirect(target)


@challenges.route("/challenges/<int:challenge_id>")
@authed_only
def detail(challenge_id):
    challenge = Challenges.query.filter_by(id=challenge_id, state="visible").first()
    if challenge is None:
        abort(404)
    return render_template("challenge.html", challenge=challenge)
