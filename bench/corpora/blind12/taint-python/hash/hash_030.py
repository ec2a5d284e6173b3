# library: Flask + hashlib / bcrypt
"""upload checksum: values from the form."""
import hashlib

from flask import Blueprint, abort, request


bp = Blueprint("hash_verify_15", __name__)


@bp.post("/verify")
def verify_15():
    bar = request.form.get("sha", "")
    body = request.files["file"].read()
    checksum = hashlib.sha256(body).hexdigest()
    if checksum != bar:
        abort(400)
    return {"verified": True}
