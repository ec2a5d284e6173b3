"""National Day photo album: upload, browse, search."""
import os
import uuid

from flask import Flask, abort, jsonify, render_template, request, send_from_directory
from markupsafe import Markup, escape
from werkzeug.utils import secure_filename

import album_db
import imaging

app = Flask(__name__)
app.config["ALBUM_DB"] = os.environ.get("ALBUM_DB", "album.db")
UPLOADS = os.environ.get("UPLOAD_DIR", "uploads")
ALLOWED = {".jpg", ".jpeg", ".png"}


def caption_badge(caption):
    # expect: xss
    return Markup(f"<span class='caption'>{caption}</span>")


def caption_badge_safe(caption):
    return Markup("<span class='caption'>{}</span>").format(caption)


@app.route("/", methods=["GET", "POST"])
def home():
    if request.method == "POST" and "photo" in request.files:
        photo = request.files["photo"]
        filename = secure_filename(photo.filename)
        if os.path.splitext(filename)[1].lower() not in ALLOWED:
            abort(400)
        stored = f"{uuid.uuid4().hex}_{filename}"
        path = os.path.join(UPLOADS, stored)
        photo.save(path)
        imaging.make_thumbnail_checked(path, stored, request.form.get("size", "320x320"))
        album_db.add_photo(stored, request.form.get("caption", ""), request.form.get("author", ""))
    return render_template("index.html")


@app.route("/legacy/upload", methods=["POST"])
def legacy_upload():
    photo = request.files["photo"]
    path = os.path.join(UPLOADS, photo.filename)
    # expect: path-traversal
    photo.save(path)
    imaging.make_thumbnail(path, photo.filename, request.form.get("size", "320x320"))
    album_db.add_photo(photo.filename, request.form.get("caption", ""), "legacy")
    return jsonify(ok=True)


@app.route("/view")
def view():
    pics = album_db.list_photos(request.args.get("sort", "new"))
    return render_template("view.html", pics=pics)


@app.route("/search")
def search():
    rows = album_db.search_captions(request.args.get("q", ""))
    items = [caption_badge(r["caption"]) for r in rows]
    return render_template("search.html", items=items, q=request.args.get("q", ""))


@app.route("/by/<author>")
def by_author(author):
    rows = album_db.photos_by_author(author)
    items = [caption_badge_safe(r["caption"]) for r in rows]
    return render_template("search.html", items=items, q=escape(author))


@app.route("/photos/<filename>")
def get_file(filename):
    return send_from_directory(UPLOADS, filename)
