from __future__ import annotations

import ldap3
from ldap3.utils.conv import escape_filter_chars
from quart import Blueprint, current_app, jsonify, redirect, render_template, render_template_string, request, url_for

forum = Blueprint("forum", __name__)
LDAP_BASE = "ou=people,dc=example,dc=org"


def ldap_conn() -> ldap3.Connection:
    server = ldap3.Server(current_app.config["LDAP_URL"], use_ssl=True)
    return ldap3.Connection(server, current_app.config["LDAP_BIND_DN"], current_app.config["LDAP_BIND_PW"], auto_bind=True)


@forum.route("/members/find")
async def find_member():
    uid = request.args.get("uid", "")
    conn = ldap_conn()
    search_filter = "(&(objectClass=person)(uid=%s))" % uid
    # expect: ldap-injection
    conn.search(LDAP_BASE, search_filter, attributes=["cn", "mail"])
    return jsonify([e.entry_to_json() for e in conn.entries])


@forum.route("/members/find-safe")
async def find_member_safe():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap_conn()
    conn.search(LDAP_BASE, f"(&(objectClass=person)(uid={uid}))", attributes=["cn", "mail"])
    return jsonify([e.entry_to_json() for e in conn.entries])


@forum.route("/signature", methods=["POST"])
async def signature_preview():
    form = await request.form
    sig = form.get("signature", "")
    # expect: template-injection
    return await render_template_string("<div class='sig'>" + sig + "</div>")


@forum.route("/signature-safe", methods=["POST"])
async def signature_preview_safe():
    form = await request.form
    return await render_template_string("<div class='sig'>{{ sig }}</div>", sig=form.get("signature", ""))


@forum.route("/thread/<int:thread_id>")
async def thread(thread_id: int):
    db = current_app.db
    rows = await db.fetch_all(f"SELECT * FROM posts WHERE thread_id = {thread_id} ORDER BY id")
    return await render_template("thread.html", posts=rows)


@forum.route("/threads/tagged")
async def tagged():
    tag = request.args["tag"]
    db = current_app.db
    # expect: sql-injection
    rows = await db.fetch_all("SELECT id, title FROM threads WHERE tags @> ARRAY['%s']" % tag)
    return jsonify([dict(r) for r in rows])


@forum.route("/threads/tagged-safe")
async def tagged_safe():
    tag = request.args["tag"]
    db = current_app.db
    rows = await db.fetch_all("SELECT id, title FROM threads WHERE tags @> ARRAY[:tag]", values={"tag": tag})
    return jsonify([dict(r) for r in rows])


@forum.route("/logout")
async def logout():
    nxt = request.args.get("next") or url_for("forum.index")
    # expect: open-redirect
    return redirect(nxt)


@forum.route("/")
async def index():
    return await render_template("index.html")
