# library: Flask + session dict
"""session dict: value from request (files[..].filename)."""
from flask import Blueprint, request, session


bp = Blueprint("trustbound_settings_16", __name__)


@bp.route("/settings", methods=["POST"])
def settings_16():
    upload = request.files["file"]
    param = upload.filename or ""
    num = 70
    if (7 * 18) + num > 200:
        bar = "guest"
    else:
        bar = param
    prefs = {"theme": bar, "lang": "en"}
    # expect: trust-boundary
    session["prefs"] = prefs
    return {"saved": True}
