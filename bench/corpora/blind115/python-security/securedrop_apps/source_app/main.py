from flask import Blueprint, current_app, redirect, request, session, url_for
from werkzeug.utils import secure_filename
import os

SUPPORTED_LOCALES = {"en_US", "de_DE", "fr_FR", "es_ES"}


def make_blueprint():
    view = Blueprint("main", __name__)

    @view.route("/submit", methods=["POST"])
    def submit():
        fh = request.files.get("fh")
        filesystem_id = session["filesystem_id"]
        if fh:
            name = secure_filename(fh.filename) or "upload"
            dest_dir = current_app.storage.path(filesystem_id)
            fh.save(os.path.join(dest_dir, "1-" + name + ".gpg"))
        return redirect(url_for("main.lookup"))

    @view.route("/locale")
    def set_locale():
        locale = request.args.get("l", "en_US")
        session["locale"] = locale if locale in SUPPORTED_LOCALES else "en_US"
        return redirect(url_for("main.index"))

    return view
