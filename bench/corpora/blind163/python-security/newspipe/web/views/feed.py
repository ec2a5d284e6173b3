"""Feed views: the bookmarklet, the add form, OPML import and icon refresh."""
import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_login import current_user, login_required

from newspipe.controllers import FeedController
from newspipe.lib.feed_utils import construct_feed_from, fetch_favicon
from newspipe.lib.opml import import_opml, import_opml_strict
from newspipe.web.forms import AddFeedForm

logger = logging.getLogger(__name__)
feed_bp = Blueprint("feed", __name__, url_prefix="/feed")
feeds_bp = Blueprint("feeds", __name__, url_prefix="/feeds")


@feed_bp.route("/bookmarklet", methods=["GET", "POST"])
@login_required
def bookmarklet():
    feed_contr = FeedController(current_user.id)
    url = (request.args if request.method == "GET" else request.form).get("url", None)
    if not url:
        flash(gettext("Couldn't add feed: url missing."), "danger")
        return redirect(url_for("home"))
    existing = feed_contr.read(link=url).first()
    if existing is not None:
        flash(gettext("Couldn't add feed: feed already exists."), "warning")
        return redirect(url_for("feed.form", feed_id=existing.id))
    feed = construct_feed_from(url)
    if not feed.get("link"):
        flash(gettext("Impossible to find a feed at this address."), "warning")
        return redirect(url_for("home"))
    feed = feed_contr.create(**feed)
    flash(gettext("Feed was successfully created."), "success")
    return redirect(url_for("feed.form", feed_id=feed.id))


@feed_bp.route("/create", methods=["GET", "POST"])
@login_required
def form():
    form = AddFeedForm()
    if request.method == "GET" or not form.validate():
        return render_template("edit_feed.html", form=form)
    feed = FeedController(current_user.id).create(
        title=form.title.data, link=form.link.data, site_link=form.site_link.data
    )
    return redirect(url_for("feed.form", feed_id=feed.id))


@feed_bp.route("/<int:feed_id>/icon", methods=["POST"])
@login_required
def refresh_icon(feed_id):
    feed_contr = FeedController(current_user.id)
    feed = feed_contr.get(id=feed_id)
    icon_url = fetch_favicon(feed.site_link or feed.link)
    feed_contr.update({"id": feed.id}, {"icon_url": icon_url})
    return redirect(url_for("feed.form", feed_id=feed.id))


@feeds_bp.route("/import", methods=["POST"])
@login_required
def import_feeds():
    upload = request.files.get("opmlfile")
    if upload is None or not upload.filename:
        flash(gettext("File not allowed."), "danger")
        return redirect(url_for("user.management"))
    created = import_opml(current_user.id, upload.read())
    flash(gettext("%(nb)d feeds imported.", nb=created), "success")
    return redirect(url_for("user.management"))


@feeds_bp.route("/api/import", methods=["POST"])
@login_required
def api_import_feeds():
    created = import_opml_strict(current_user.id, request.get_data())
    return {"created": created}, 201
