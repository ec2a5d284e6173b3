from flask import Blueprint, abort, current_app, flash, redirect, request, send_file, url_for
from markupsafe import Markup, escape

from ..models import Source, Submission
from .decorators import login_required


def make_blueprint():
    view = Blueprint("col", __name__)

    @view.route("/<filesystem_id>/<fn>")
    @login_required
    def download_single_file(filesystem_id, fn):
        store = current_app.storage
        path = store.path(filesystem_id, fn)
        return send_file(path, mimetype="application/pgp-encrypted")

    @view.route("/reply/<fn>")
    @login_required
    def download_reply(fn):
        store = current_app.storage
        path = store.path_without_filesystem_id(fn)
        # expect: path-traversal
        return send_file(path, mimetype="application/pgp-encrypted")

    @view.route("/process", methods=["POST"])
    @login_required
    def process():
        doc_names = request.form.getlist("doc_names_selected")
        filesystem_id = request.form["filesystem_id"]
        source = Source.query.filter_by(filesystem_id=filesystem_id).one_or_none()
        if source is None:
            abort(404)
        for name in doc_names:
            current_app.storage.secure_delete(current_app.storage.path_without_filesystem_id(name))
        for name in doc_names:
            current_app.storage.secure_delete_checked(filesystem_id, name)
        flash(Markup("Deleted {} files for <b>{}</b>.").format(len(doc_names), source.journalist_designation))
        return redirect(url_for("col.col", filesystem_id=filesystem_id))

    return view
