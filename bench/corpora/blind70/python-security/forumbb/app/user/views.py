"""Profile and settings views."""
import hashlib
import os

import requests
from flask import Blueprint, abort, current_app, render_template, request, send_file, send_from_directory
from flask.views import MethodView
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from app.extensions import db
from app.utils.helpers import link_mentions, render_quote_escaped

user_bp = Blueprint("user", __name__)


class ChangeAvatar(MethodView):
    decorators = [login_required]

    def post(self):
        avatar_url = request.form.get("avatar_url", "").strip()
        if not avatar_url:
            digest = hashlib.md5(current_user.email.lower().encode()).hexdigest()
            avatar_url = f"https://www.gravatar.com/avatar/{digest}?s=120"
        # expect: ssrf
        resp = requests.get(avatar_url, timeout=5, stream=True)
        if int(resp.headers.get("Content-Length", 0)) > current_app.config["AVATAR_MAX_BYTES"]:
            abort(413)
        current_user.avatar = avatar_url
        db.session.commit()
        return render_template("user/settings.html", saved=True)


class GravatarRefresh(MethodView):
    decorators = [login_required]

    def post(self):
        size = request.form.get("size", "120")
        try:
            pixels = int(size)
        except ValueError:
            pixels = 120
        digest = hashlib.md5(current_user.email.lower().encode()).hexdigest()
        resp = requests.get(f"https://www.gravatar.com/avatar/{digest}", params={"s": pixels}, timeout=5)
        return ("", 204) if resp.ok else ("", 502)


class Attachment(MethodView):
    def get(self):
        name = request.args.get("name", "")
        folder = current_app.config["UPLOAD_FOLDER"]
        # expect: path-traversal
        return send_file(os.path.join(folder, name))


class SafeAttachment(MethodView):
    def get(self, filename):
        folder = current_app.config["UPLOAD_FOLDER"]
        return send_from_directory(folder, secure_filename(filename))


class ProfilePreview(MethodView):
    decorators = [login_required]

    def post(self):
        bio = request.form.get("bio", "")
        signature = request.form.get("signature", "")
        return render_template(
            "user/preview.html",
            bio_html=link_mentions(bio),
            signature_html=render_quote_escaped(signature),
        )


user_bp.add_url_rule("/settings/avatar", view_func=ChangeAvatar.as_view("avatar"), methods=["POST"])
user_bp.add_url_rule("/settings/gravatar", view_func=GravatarRefresh.as_view("gravatar"), methods=["POST"])
user_bp.add_url_rule("/attachment", view_func=Attachment.as_view("attachment"))
user_bp.add_url_rule("/files/<path:filename>", view_func=SafeAttachment.as_view("files"))
user_bp.add_url_rule("/settings/preview", view_func=ProfilePreview.as_view("preview"), methods=["POST"])
