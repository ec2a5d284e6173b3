# library: Flask + render_template_string
"""render_template_string: value from request (files[..].filename)."""
from flask import Blueprint, render_template_string, request


bp = Blueprint("xss_note_17", __name__)


@bp.route("/note", methods=["POST"])
def note_17():
    upload = request.files["file"]
    param = upload.filename or ""
    bar = param.strip()
    # expect: xss
    return render_template_string("<div class='note'>" + bar + "</div>")
