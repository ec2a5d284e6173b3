# library: Flask + render_template_string
"""render_template_string: value from request (helper get_json_field)."""
from flask import Blueprint, render_template_string, request

from .helpers.params import get_json_field


bp = Blueprint("xss_note_10", __name__)


@bp.post("/note")
def note_10():
    param = get_json_field(request, "msg")
    bar = param
    # expect: xss
    return render_template_string("<div class='note'>" + bar + "</div>")
