#!/usr/bin/env python3
"""Lookyloo web interface: capture submission, trees, and small JSON helpers."""

from __future__ import annotations

import logging

import flask_login
from flask import Flask, Response, flash, redirect, render_template, request, send_file, url_for
from markupsafe import Markup

from lookyloo import Lookyloo
from lookyloo.capture_store import CaptureStore
from lookyloo.default import get_config

from .helpers import capture_file, get_secret_key, is_same_site, src_request_ip

app: Flask = Flask(__name__)
app.config["SECRET_KEY"] = get_secret_key()
app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
app.debug = False

login_manager = flask_login.LoginManager()
login_manager.init_app(app)

lookyloo: Lookyloo = Lookyloo()
store = CaptureStore()
logger = logging.getLogger("lookyloo.web")


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    username = request.form["username"]
    if not lookyloo.check_password(username, request.form["password"]):
        flash("Bad credentials", "error")
        return redirect(url_for("login"))
    flask_login.login_user(lookyloo.user(username))
    next_page = request.args.get("next")
    if next_page and is_same_site(next_page):
        return redirect(next_page)
    return redirect(url_for("index"))


@app.route("/logout")
def logout():
    flask_login.logout_user()
    back = request.args.get("back", "")
    # expect: open-redirect
    return redirect(back or url_for("index"))


@app.route("/submit", methods=["POST"])
def submit():
    to_query = request.get_json(force=True)
    settings = {
        "url": to_query.get("url"),
        "listing": bool(to_query.get("listing", True)),
        "user_agent": to_query.get("user_agent"),
        "webhook": to_query.get("notify_url"),
    }
    uuid = store.enqueue(settings, source=src_request_ip(request))
    return Response(uuid, mimetype="text/plain")


@app.route("/tree/<string:tree_uuid>/screenshot")
def screenshot(tree_uuid: str):
    capture_dir = lookyloo.capture_dir(tree_uuid)
    return send_file(capture_dir / "0.png", mimetype="image/png")


@app.route("/tree/<string:tree_uuid>/file/<path:name>")
def capture_extra_file(tree_uuid: str, name: str):
    return send_file(capture_file(tree_uuid, name), as_attachment=True, download_name=name)


@app.route("/tree/<string:tree_uuid>/host/<string:node_uuid>/popup")
def hostnode_popup(tree_uuid: str, node_uuid: str):
    hostnode = lookyloo.get_hostnode_from_tree(tree_uuid, node_uuid)
    title = Markup("<b>{}</b> ({} urls)").format(hostnode.name, len(hostnode.urls))
    return render_template("hostname_popup.html", title=title, hostnode=hostnode)


@app.route("/tree/<string:tree_uuid>/host/<string:node_uuid>/title")
def hostnode_title(tree_uuid: str, node_uuid: str):
    hostnode = lookyloo.get_hostnode_from_tree(tree_uuid, node_uuid)
    first_url = hostnode.urls[0]
    # expect: xss
    return Markup(f"<span class='title'>{first_url.name}</span>")


@app.route("/tree/<string:tree_uuid>/redirects")
def redirects(tree_uuid: str):
    cache = lookyloo.capture_cache(tree_uuid)
    if not cache.redirects:
        return Response("No redirects.", mimetype="text/plain")
    return Response("\n".join(cache.redirects), mimetype="text/plain")


@app.route("/tree/<string:tree_uuid>/misp_push", methods=["POST"])
@flask_login.login_required
def misp_push(tree_uuid: str):
    event = lookyloo.misp_export(tree_uuid)
    lookyloo.misp.push(event)
    return redirect(url_for("tree", tree_uuid=tree_uuid))


@app.route("/tree/<string:tree_uuid>")
def tree(tree_uuid: str):
    ct = lookyloo.get_crawled_tree(tree_uuid)
    return render_template("tree.html", tree_json=ct.to_json(), tree_uuid=tree_uuid,
                           public=get_config("generic", "public_instance"))
