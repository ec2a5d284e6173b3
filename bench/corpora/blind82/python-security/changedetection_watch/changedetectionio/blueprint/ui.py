import os

from flask import Blueprint, abort, flash, redirect, request, url_for
from markupsafe import escape

from ..notification import create_notification_parameters, preview_notification
from ..processors.text_json_diff import perform_site_check
from ..store import datastore

ui = Blueprint("ui", __name__)


@ui.route("/api/add", methods=["POST"])
def form_quick_watch_add():
    url = request.form.get("url", "").strip()
    tag = request.form.get("tags", "").strip()
    extras = {"headers": {"User-Agent": request.form.get("user_agent") or "changedetection.io"}}
    uuid = datastore.add_watch(url, tag, extras)
    flash(f"Watch added: {escape(url)}")
    return redirect(url_for("ui.preview_page", uuid=uuid))


@ui.route("/preview/<string:uuid>", methods=["GET"])
def preview_page(uuid):
    watch = datastore.get(uuid)
    if watch is None:
        abort(404)
    timestamp = request.args.get("timestamp", "latest")
    if timestamp == "latest":
        return perform_site_check(datastore, uuid).call_browser()
    # expect: path-traversal
    with open(os.path.join(watch.data_dir, timestamp + ".txt")) as fh:
        return fh.read()


@ui.route("/preview/<string:uuid>/snapshot", methods=["GET"])
def preview_snapshot(uuid):
    watch = datastore.get(uuid) or abort(404)
    try:
        ts = int(request.args.get("timestamp", "0"))
    except ValueError:
        abort(400)
    with open(os.path.join(watch.data_dir, f"{ts}.txt")) as fh:
        return fh.read()


@ui.route("/preview/<string:uuid>/live", methods=["GET"])
def preview_live(uuid):
    if datastore.get(uuid) is None:
        abort(404)
    return perform_site_check(datastore, uuid).preview_fetch()


@ui.route("/notification/test/<string:uuid>", methods=["POST"])
def notification_test(uuid):
    watch = datastore.get(uuid) or abort(404)
    body = request.form.get("notification_body") or datastore.data["settings"]["application"]["notification_body"]
    if request.form.get("engine") == "legacy":
        return preview_notification(watch, body)
    return create_notification_parameters(watch, body)


@ui.route("/edit/<string:uuid>/done")
def edit_done(uuid):
    next_url = request.args.get("next", "")
    # expect: open-redirect
    return redirect(next_url or url_for("ui.preview_page", uuid=uuid))
