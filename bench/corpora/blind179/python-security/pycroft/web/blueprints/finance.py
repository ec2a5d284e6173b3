"""Finance blueprint: bank account imports and exports of the ledger."""
import os
import uuid

from flask import Blueprint, abort, current_app, flash, redirect, request, send_file, send_from_directory, url_for
from werkzeug.utils import secure_filename

from pycroft.model import session
from pycroft.model.finance import BankAccount
from pycroft.task import import_bank_statement
from web.blueprints.access import BlueprintAccess

bp = Blueprint("finance", __name__)
access = BlueprintAccess(bp, required_properties=["finance_show"])

ALLOWED_STATEMENT_SUFFIXES = {".sta", ".mt940", ".txt"}


def _export_dir() -> str:
    return current_app.config["FINANCE_EXPORT_DIR"]


@bp.route("/bank-accounts/<int:account_id>/import", methods=["POST"])
@access.require("finance_change")
def bank_account_import(account_id):
    """Save the uploaded MT940 statement and let the worker book it."""
    account = session.session.get(BankAccount, account_id)
    if account is None:
        abort(404)
    upload = request.files.get("statement")
    if upload is None or not upload.filename:
        abort(400)
    suffix = os.path.splitext(upload.filename)[1].lower()
    if suffix not in ALLOWED_STATEMENT_SUFFIXES:
        flash("Unsupported statement format.", "error")
        return redirect(url_for(".bank_accounts"))
    stored_name = f"{uuid.uuid4().hex}{suffix}"
    upload.save(os.path.join(current_app.config["STATEMENT_INBOX"], stored_name))
    import_bank_statement.delay(account_id=account.id, stored_name=stored_name)
    flash("Statement queued for import.", "info")
    return redirect(url_for(".bank_accounts"))


@bp.route("/bank-accounts")
@access.require("finance_show")
def bank_accounts():
    return "bank accounts"


@bp.route("/exports/<path:filename>")
@access.require("finance_show")
def download_export(filename):
    """Exports written by the nightly job; send_from_directory keeps us inside the folder."""
    return send_from_directory(_export_dir(), filename, as_attachment=True)


@bp.route("/exports/csv")
@access.require("finance_show")
def download_csv():
    """The semester CSV the treasurer asks for; the name comes from the export list page."""
    name = request.args.get("file", "")
    if not name.endswith(".csv"):
        abort(400)
    # expect: path-traversal
    return send_file(os.path.join(_export_dir(), name), mimetype="text/csv", as_attachment=True)


@bp.route("/exports/statement")
@access.require("finance_show")
def download_statement():
    """A single imported statement, by the name it was given when uploaded."""
    name = secure_filename(request.args.get("file", ""))
    if not name:
        abort(400)
    path = os.path.join(current_app.config["STATEMENT_INBOX"], name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
