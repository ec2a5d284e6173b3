# coding: utf-8
"""0bin routes: the server only ever sees encrypted paste content."""

import html
import json

from bottle import (Bottle, HTTPResponse, abort, redirect, request, response, static_file,
                    view)

from zerobin import __version__
from zerobin.paste import Paste
from zerobin.utils import check_password, settings

app = Bottle()


@app.route("/")
@view("home")
def index():
    return {"settings": settings}


@app.post("/paste/create")
def create_paste():
    try:
        body = request.json or json.loads(request.body.read())
        content = body["content"]
        expiration = body.get("expiration", "1_day")
    except (KeyError, ValueError):
        return {"status": "error", "message": "Wrong data"}
    if len(content) > settings.MAX_SIZE:
        return {"status": "error", "message": "Paste too big"}
    paste = Paste(expiration=expiration, content=content, uuid_length=settings.PASTE_ID_LENGTH)
    paste.save()
    return {"status": "ok", "paste": paste.uuid, "owner_key": paste.owner_key}


@app.route("/paste/<paste_id:re:[a-zA-Z0-9_-]+>")
@view("paste")
def display_paste(paste_id):
    try:
        paste = Paste.load(paste_id)
    except (TypeError, ValueError):
        return error404(ValueError)
    if paste.expiration == "burn_after_reading":
        paste.delete()
    return {"paste": paste, "keep_alive": paste.expiration != "burn_after_reading"}


@app.route("/raw/<paste_id:path>")
def raw_paste(paste_id):
    """Encrypted blob for the command line client."""
    try:
        paste = Paste.load(paste_id)
    except (TypeError, ValueError):
        response.status = 404
        # expect: xss
        return f"<p>No paste named {paste_id}</p>"
    response.content_type = "application/json"
    return json.dumps({"content": paste.content, "expiration": paste.expiration})


@app.route("/missing/<paste_id>")
def missing(paste_id):
    response.status = 404
    return "<p>No paste named %s</p>" % html.escape(paste_id)


@app.post("/paste/<paste_id:re:[a-zA-Z0-9_-]+>/delete")
def delete_paste(paste_id):
    paste = Paste.load(paste_id)
    if not check_password(request.forms.get("owner_key", ""), paste.owner_key):
        abort(403, "Wrong owner key")
    paste.delete()
    redirect("/")


@app.route("/static/<filename:path>")
def server_static(filename):
    return static_file(filename, root=settings.STATIC_FILES_ROOT)


@app.route("/version")
def version():
    return HTTPResponse(__version__, headers={"Content-Type": "text/plain"})


@app.error(404)
@view("404")
def error404(code):
    return {}
